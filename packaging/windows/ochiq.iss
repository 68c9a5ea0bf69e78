; Ochiq's Windows installer (Inno Setup 6). Built by .github/workflows/release.yml:
;   iscc /DAppVersion=0.1.0 /DBinary=path\to\ochiq.exe /Odist packaging\windows\ochiq.iss
; It installs for the current user without administrator rights (ministry laptops rarely
; give them), or for all users when the steward chooses so and may; adds a Start-menu entry;
; and offers Ochiq in "Open with" for CSV and Excel files (.csv, .xlsx, .xls) without taking
; them from Excel. Paths are relative to this file. Not yet run on a Windows machine by the
; project: see docs/BUILDING.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef Binary
  #define Binary "..\..\target\x86_64-pc-windows-msvc\release\ochiq.exe"
#endif

[Setup]
AppId={{85747285-E130-4CDC-8D60-54E9C1D1E1AF}
AppName=Ochiq
AppVersion={#AppVersion}
AppVerName=Ochiq {#AppVersion}
AppPublisher=The Ochiq authors
DefaultDirName={autopf}\Ochiq
DefaultGroupName=Ochiq
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\assets\icon\ochiq.ico
UninstallDisplayIcon={app}\ochiq.exe
UninstallDisplayName=Ochiq
OutputBaseFilename=ochiq-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Binary}"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\README.md"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "..\..\assets\fonts\OFL.txt"; DestDir: "{app}"; DestName: "OFL-fonts.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Ochiq"; Filename: "{app}\ochiq.exe"; Comment: "Prepare, check and publish open datasets for data.egov.uz"
Name: "{autodesktop}\Ochiq"; Filename: "{app}\ochiq.exe"; Tasks: desktopicon

[Registry]
; One kind of document for the three extensions: "Open with → Ochiq" runs `ochiq open FILE`.
Root: HKA; Subkey: "Software\Classes\Ochiq.Table"; ValueType: string; ValueName: ""; ValueData: "Table (Ochiq)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Ochiq.Table\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ochiq.exe,0"
Root: HKA; Subkey: "Software\Classes\Ochiq.Table\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ochiq.exe"" open ""%1"""
; Offered for each extension in "Open with", beside whatever opens it now.
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithProgids"; ValueType: string; ValueName: "Ochiq.Table"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "Ochiq.Table"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.xls\OpenWithProgids"; ValueType: string; ValueName: "Ochiq.Table"; ValueData: ""; Flags: uninsdeletevalue
; The program's own entry, so "Open with" names it and lists the types it reads.
Root: HKA; Subkey: "Software\Classes\Applications\ochiq.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "Ochiq"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\ochiq.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ochiq.exe"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\ochiq.exe\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\ochiq.exe\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\ochiq.exe\SupportedTypes"; ValueType: string; ValueName: ".xls"; ValueData: ""

[Run]
Filename: "{app}\ochiq.exe"; Description: "{cm:LaunchProgram,Ochiq}"; Flags: nowait postinstall skipifsilent

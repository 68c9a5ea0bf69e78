//! Embeds Ochiq's icon and version details into `ochiq.exe` when building on Windows for
//! Windows (a resource, which Explorer, the task bar and the installer show). Does nothing
//! anywhere else: the window's own icon is set at run time on every platform
//! (`src/ui/mod.rs`), and Linux desktops take theirs from the installed icon files.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icon/ochiq.ico");
    #[cfg(windows)]
    windows_resource();
}

/// The resource, when the program being built is for Windows. `winresource` finds the
/// Windows SDK's `rc.exe` (MSVC) or `windres` (GNU) itself.
#[cfg(windows)]
fn windows_resource() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/icon/ochiq.ico")
        .set("ProductName", "Ochiq")
        .set("FileDescription", "Ochiq")
        .set("LegalCopyright", "The Ochiq authors, MIT licence");
    if let Err(e) = resource.compile() {
        println!("cargo:warning=cannot embed the icon into ochiq.exe: {e}");
        std::process::exit(1);
    }
}

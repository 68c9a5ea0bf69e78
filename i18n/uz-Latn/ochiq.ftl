# Ochiq — oʻzbek tili (lotin yozuvi). Asosiy til va barcha identifikatorlar: en/ochiq.ftl.

## Yuqori panel
menu-open = Ochish…
menu-open-tooltip = CSV, TSV, Excel, ODS yoki portal JSON faylini ochish ({ $shortcut })
menu-recent = Soʻnggi fayllar
menu-recent-empty = Soʻnggi fayllar yoʻq
menu-recent-clear = Roʻyxatni tozalash
menu-language = Til
menu-language-tooltip = Interfeys tili; tanlov eslab qolinadi

## Dialog oynalari
dialog-open-title = Maʼlumotlar faylini ochish
dialog-open-filter = Maʼlumotlar fayllari
dialog-workspace-title = Ishchi maydon papkasini tanlang
drop-hint = Ochish uchun faylni qoʻyib yuboring

## Boʻsh holat
empty-title = Hech qanday fayl ochilmagan
empty-hint = Faylni quyidagi tugma yoki Ctrl+O orqali oching, uni shu yerga sudrab olib keling yoki chapdagi ishchi maydondan tanlang.

## Ishchi maydon paneli
workspace-title = Ishchi maydon
workspace-demo = Namunaviy ishchi maydon
workspace-none = Ishchi maydon ochilmagan.
workspace-files = { $count ->
    [0] Maʼlumotlar fayllari yoʻq
    [one] Bitta maʼlumotlar fayli
   *[other] { $count } ta maʼlumotlar fayli
}
workspace-empty = Maʼlumotlar fayllarini { $folder } papkasiga joylang yoki istalgan joydan fayl oching.
workspace-choose = Ishchi maydonni tanlash…
workspace-choose-tooltip = Boshqa papkani ishchi maydon sifatida ishlatish; Ochiq unda kerakli narsalarni oʻzi yaratadi
workspace-open-demo = Namunaviy ishchi maydonni ochish

## Manba paneli
source-reading = Oʻqilmoqda…
source-detected = { $value } (avtomatik aniqlangan)
source-encoding = Kodlash
source-encoding-tooltip = Harflar notoʻgʻri koʻrinsa, boshqa kodlashni tanlang — fayl qayta oʻqiladi
source-delimiter = Ajratuvchi
source-quote = Qoʻshtirnoq
source-quote-tooltip = Ajratuvchi belgisi bor qiymatlarni oʻrab turuvchi belgi
source-sheet = Varaq
source-header-row = Sarlavha qatori
source-header-row-tooltip = Ustun nomlari joylashgan qator; undan yuqoridagi qatorlar hujjat sarlavhasi hisoblanadi
source-has-header = Sarlavha qatori bor
source-preamble = Jadvaldan yuqorida: { $text }
source-loading = Yuklanmoqda… hozircha { $rows } qator
source-cancel = Bekor qilish
source-cancel-tooltip = Oʻqishni toʻxtatish; oʻqilgan qatorlar ekranda qoladi
source-size = { $rows } qator × { $columns } ustun
source-cancelled = Yuklash toʻxtatildi: { $rows } qator koʻrsatildi, faylning qolgan qismi oʻqilmadi
source-failed = Faylni oʻqib boʻlmadi

## Formatlar va ajratuvchilar
format-delimited = Ajratuvchili matn
format-portal-json = Portal JSON
delimiter-semicolon = Nuqtali vergul ;
delimiter-comma = Vergul ,
delimiter-tab = Tabulyatsiya
delimiter-pipe = Vertikal chiziq |
delimiter-none = Yoʻq (bitta ustun)

## Jadval
table-unnamed-column = { $n }-ustun
table-extra-column = Qoʻshimcha { $n }
table-column-tooltip = { $name }: ustun tahlilini koʻrish uchun bosing
table-scrollbar = Qatorlar

## Ustunlar paneli
columns-title = Ustunlar
columns-profiling = Ustunlar tahlil qilinmoqda…
columns-waiting = Tahlil natijasi fayl oʻqib boʻlingach chiqadi.
columns-filled = Toʻldirilgan
columns-empty = Boʻsh
columns-distinct = Takrorlanmas
columns-distinct-more = { $n } dan ortiq
columns-min = Eng kichik
columns-max = Eng katta
columns-top = Eng koʻp uchraydiganlar
kind-empty = boʻsh
kind-integer = butun son
kind-number = son
kind-date = sana
kind-boolean = ha/yoʻq
kind-code = kod
kind-text = matn

## Holat paneli
status-ready = Tayyor
status-cell = { $row }-qator, { $column }:

## Xabarlar
notice-dismiss = Yopish
file-error-not-found = { $name } topilmadi. U koʻchirilgan yoki oʻchirilgan boʻlishi mumkin.
file-error-permission = Ochiq dasturiga { $name } faylini oʻqishga ruxsat berilmagan. Fayl ruxsatlarini tekshiring.
file-error-io = { $name } faylini oʻqib boʻlmadi.
file-error-empty = { $name } fayli boʻsh: koʻrsatadigan hech narsa yoʻq.
file-error-binary = { $name } jadval emas: unda ikkilik maʼlumotlar bor. CSV, Excel, ODS yoki portal JSON faylini oching.
file-error-unsupported = { $name } — .{ $ext } fayli, Ochiq bunday fayllarni oʻqimaydi. CSV, Excel, ODS yoki portal JSON faylini oching.
file-error-workbook = { $name } shikastlangan yoki haqiqiy ishchi kitob emas. Uni Excel yoki LibreOffice dasturida ochib, qaytadan saqlang.
file-error-no-sheet = { $name } faylida “{ $sheet }” nomli varaq yoʻq.
file-error-no-sheets = { $name } faylida varaqlar yoʻq.
file-error-json = { $name } yaroqli JSON emas; fayl toʻliq boʻlmasligi mumkin.
file-error-json-not-rows = { $name } JSON formatida, lekin portal eksport qiladigan qatorlar roʻyxati emas.
file-error-delimited = { $name } faylini matnli jadval sifatida oʻqib boʻlmadi.
file-error-cancelled = { $name } faylini oʻqish toʻxtatildi.
workspace-error-io = { $path } ishchi maydon papkasidan foydalanib boʻlmaydi.
workspace-error-corrupt = { $path } ishchi maydon fayli shikastlangan. Ochiq uni oʻzgartirmadi; uni zaxira nusxadan tiklang yoki boshqa papka tanlang.
workspace-error-not-workspace = { $path } Ochiq ishchi maydoni emas.
workspace-error-no-data-dir = Bu kompyuterda dastur maʼlumotlari uchun papka yoʻq; ishchi maydon papkasini tanlang.
job-error-lost = Fon vazifasi kutilmaganda toʻxtadi. Qaytadan urinib koʻring; bu yana takrorlansa, iltimos, xabar bering.
prefs-error-not-saved = Sozlamalaringizni saqlab boʻlmadi.

## Datasets: tabs and saving
tab-table = Table
tab-passport = Passport
tab-schema = Schema
dataset-new = New dataset, not saved yet
dataset-saving = Saving…
dataset-unsaved = Unsaved changes
dataset-saved = Saved
dataset-save = Save
dataset-save-tooltip = Save the passport and schema as datapackage.json in the workspace ({ $shortcut })
describe-title = This file is not described as a dataset yet
describe-hint = Ochiq infers the schema from the table (types, date and number formats, codes); you then complete the passport and the titles in four languages.
describe-button = Describe as a dataset
workspace-datasets = { $count ->
    [one] One dataset
   *[other] { $count } datasets
}
dialog-structure-title = Choose the published structure (GetById answer or a downloaded portal file)
dialog-structure-filter = Portal files
dataset-error-unreadable = The dataset description (datapackage.json) next to this file cannot be read.
dataset-error-save = The dataset could not be saved.
dataset-error-import = The file holds no published structure Ochiq can read.

## Passport
passport-complete = The passport is complete in all four languages.
passport-incomplete = { $count ->
    [one] One item is missing: { $list }
   *[other] { $count } items are missing: { $list }
}
passport-gap-langs = { $field } ({ $langs })
passport-code = Portal code
passport-code-format = A portal code looks like 1-001-0008
passport-portal-id = Portal id
passport-sphere = Sphere
passport-periodicity = Periodicity
passport-licence = Licence
passport-contact = Responsible person
passport-contact-name = Name
passport-contact-phone = Phone
passport-contact-email = E-mail
passport-coverage = Territory (SOATO)
passport-coverage-hint = 17 for the whole country
passport-none = — none —
passport-title = Title
passport-description = Description
passport-keywords = Keywords
passport-organisation = Organisation
translit-to-cyrillic = Fill the Cyrillic text from the Latin one
translit-to-latin = Fill the Latin text from the Cyrillic one
lang-uz-latn = Uzbek (Latin)
lang-uz-cyrl = Uzbek (Cyrillic)
lang-ru = Russian
lang-en = English
periodicity-daily = Daily
periodicity-weekly = Weekly
periodicity-monthly = Monthly
periodicity-quarterly = Quarterly
periodicity-semiannual = Half-yearly
periodicity-annual = Yearly
periodicity-irregular = Irregular
periodicity-one-off = One-off

## Schema
schema-infer = Infer again from the table
schema-infer-tooltip = Types and formats are read from the data again; titles, constraints and bindings you wrote are kept
schema-import = Import published structure…
schema-import-tooltip = Take field names and titles from the portal: a GetById answer or a file downloaded from data.egov.uz
schema-none = This dataset has no table schema.
schema-summary = { $fields } fields; titles missing in some language for { $missing }
schema-select-hint = Click a field's titles count (n/4) to edit its titles, description and constraints.
schema-edit-titles = Edit this field's titles, description and constraints
schema-any-level = any level
schema-col-name = Name
schema-col-type = Type
schema-col-format = Format
schema-col-decimal = Decimal
schema-col-group = Thousands
schema-col-required = Required
schema-col-unique = Unique
schema-col-key = Key
schema-col-classifier = Classifier
schema-col-level = Level
schema-col-parent = Inside field
schema-col-titles = Titles
schema-field-title = Title
schema-field-description = Description
constraint-minimum = Minimum
constraint-maximum = Maximum
constraint-min-length = Shortest length
constraint-max-length = Longest length
constraint-pattern = Pattern
constraint-enum = Allowed values
constraint-enum-hint = comma-separated

# Ochiq — ўзбек тили (кирилл ёзуви). Асосий тил ва барча идентификаторлар: en/ochiq.ftl.

## Юқори панель
menu-open = Очиш…
menu-open-tooltip = CSV, TSV, Excel, ODS ёки портал JSON файлини очиш ({ $shortcut })
menu-recent = Сўнгги файллар
menu-recent-empty = Сўнгги файллар йўқ
menu-recent-clear = Рўйхатни тозалаш
menu-language = Тил
menu-language-tooltip = Интерфейс тили; танлов эслаб қолинади

## Диалог ойналари
dialog-open-title = Маълумотлар файлини очиш
dialog-open-filter = Маълумотлар файллари
dialog-workspace-title = Ишчи майдон папкасини танланг
drop-hint = Очиш учун файлни қўйиб юборинг

## Бўш ҳолат
empty-title = Ҳеч қандай файл очилмаган
empty-hint = Файлни қуйидаги тугма ёки Ctrl+O орқали очинг, уни шу ерга судраб олиб келинг ёки чапдаги ишчи майдондан танланг.

## Ишчи майдон панели
workspace-title = Ишчи майдон
workspace-demo = Намунавий ишчи майдон
workspace-none = Ишчи майдон очилмаган.
workspace-files = { $count ->
    [0] Маълумотлар файллари йўқ
    [one] Битта маълумотлар файли
   *[other] { $count } та маълумотлар файли
}
workspace-empty = Маълумотлар файлларини { $folder } папкасига жойланг ёки исталган жойдан файл очинг.
workspace-choose = Ишчи майдонни танлаш…
workspace-choose-tooltip = Бошқа папкани ишчи майдон сифатида ишлатиш; Ochiq унда керакли нарсаларни ўзи яратади
workspace-open-demo = Намунавий ишчи майдонни очиш

## Манба панели
source-reading = Ўқилмоқда…
source-detected = { $value } (автоматик аниқланган)
source-encoding = Кодлаш
source-encoding-tooltip = Ҳарфлар нотўғри кўринса, бошқа кодлашни танланг — файл қайта ўқилади
source-delimiter = Ажратувчи
source-quote = Қўштирноқ
source-quote-tooltip = Ажратувчи белгиси бор қийматларни ўраб турувчи белги
source-sheet = Варақ
source-header-row = Сарлавҳа қатори
source-header-row-tooltip = Устун номлари жойлашган қатор; ундан юқоридаги қаторлар ҳужжат сарлавҳаси ҳисобланади
source-has-header = Сарлавҳа қатори бор
source-preamble = Жадвалдан юқорида: { $text }
source-loading = Юкланмоқда… ҳозирча { $rows } қатор
source-cancel = Бекор қилиш
source-cancel-tooltip = Ўқишни тўхтатиш; ўқилган қаторлар экранда қолади
source-size = { $rows } қатор × { $columns } устун
source-cancelled = Юклаш тўхтатилди: { $rows } қатор кўрсатилди, файлнинг қолган қисми ўқилмади
source-failed = Файлни ўқиб бўлмади

## Форматлар ва ажратувчилар
format-delimited = Ажратувчили матн
format-portal-json = Портал JSON
delimiter-semicolon = Нуқтали вергул ;
delimiter-comma = Вергул ,
delimiter-tab = Табуляция
delimiter-pipe = Вертикал чизиқ |
delimiter-none = Йўқ (битта устун)

## Жадвал
table-unnamed-column = { $n }-устун
table-extra-column = Қўшимча { $n }
table-column-tooltip = { $name }: устун таҳлилини кўриш учун босинг
table-scrollbar = Қаторлар

## Устунлар панели
columns-title = Устунлар
columns-profiling = Устунлар таҳлил қилинмоқда…
columns-waiting = Таҳлил натижаси файл ўқиб бўлингач чиқади.
columns-filled = Тўлдирилган
columns-empty = Бўш
columns-distinct = Такрорланмас
columns-distinct-more = { $n } дан ортиқ
columns-min = Энг кичик
columns-max = Энг катта
columns-top = Энг кўп учрайдиганлар
kind-empty = бўш
kind-integer = бутун сон
kind-number = сон
kind-date = сана
kind-boolean = ҳа/йўқ
kind-code = код
kind-text = матн

## Ҳолат панели
status-ready = Тайёр
status-cell = { $row }-қатор, { $column }:

## Хабарлар
notice-dismiss = Ёпиш
file-error-not-found = { $name } топилмади. У кўчирилган ёки ўчирилган бўлиши мумкин.
file-error-permission = Ochiq дастурига { $name } файлини ўқишга рухсат берилмаган. Файл рухсатларини текширинг.
file-error-io = { $name } файлини ўқиб бўлмади.
file-error-empty = { $name } файли бўш: кўрсатадиган ҳеч нарса йўқ.
file-error-binary = { $name } жадвал эмас: унда иккилик маълумотлар бор. CSV, Excel, ODS ёки портал JSON файлини очинг.
file-error-unsupported = { $name } — .{ $ext } файли, Ochiq бундай файлларни ўқимайди. CSV, Excel, ODS ёки портал JSON файлини очинг.
file-error-workbook = { $name } шикастланган ёки ҳақиқий ишчи китоб эмас. Уни Excel ёки LibreOffice дастурида очиб, қайтадан сақланг.
file-error-no-sheet = { $name } файлида «{ $sheet }» номли варақ йўқ.
file-error-no-sheets = { $name } файлида варақлар йўқ.
file-error-json = { $name } яроқли JSON эмас; файл тўлиқ бўлмаслиги мумкин.
file-error-json-not-rows = { $name } JSON форматида, лекин портал экспорт қиладиган қаторлар рўйхати эмас.
file-error-delimited = { $name } файлини матнли жадвал сифатида ўқиб бўлмади.
file-error-cancelled = { $name } файлини ўқиш тўхтатилди.
workspace-error-io = { $path } ишчи майдон папкасидан фойдаланиб бўлмайди.
workspace-error-corrupt = { $path } ишчи майдон файли шикастланган. Ochiq уни ўзгартирмади; уни захира нусхадан тикланг ёки бошқа папка танланг.
workspace-error-not-workspace = { $path } Ochiq ишчи майдони эмас.
workspace-error-no-data-dir = Бу компьютерда дастур маълумотлари учун папка йўқ; ишчи майдон папкасини танланг.
job-error-lost = Фон вазифаси кутилмаганда тўхтади. Қайтадан уриниб кўринг; бу яна такрорланса, илтимос, хабар беринг.
prefs-error-not-saved = Созламаларингизни сақлаб бўлмади.

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

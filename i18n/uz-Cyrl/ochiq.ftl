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

## Маълумотлар тўпламлари: ёрлиқлар ва сақлаш
tab-table = Жадвал
tab-passport = Паспорт
tab-schema = Схема
dataset-new = Янги маълумотлар тўплами, ҳали сақланмаган
dataset-saving = Сақланмоқда…
dataset-unsaved = Сақланмаган ўзгаришлар бор
dataset-saved = Сақланди
dataset-save = Сақлаш
dataset-save-tooltip = Паспорт ва схемани ишчи майдонда datapackage.json сифатида сақлаш ({ $shortcut })
switch-unsaved = Бу файлнинг паспорти ёки схемасида сақланмаган ўзгаришлар бор. { $name } очилсинми?
switch-save = Сақлаб, кейин очиш
switch-discard = Сақламасдан очиш
switch-stay = Шу ерда қолиш
describe-title = Бу файл ҳали маълумотлар тўплами сифатида тавсифланмаган
describe-hint = Ochiq схемани жадвалдан аниқлайди (турлар, сана ва сон форматлари, кодлар); сўнг сиз паспортни ва тўрт тилдаги сарлавҳаларни тўлдирасиз.
describe-button = Маълумотлар тўплами сифатида тавсифлаш
workspace-datasets = { $count ->
    [one] Битта маълумотлар тўплами
   *[other] { $count } та маълумотлар тўплами
}
dialog-structure-title = Эълон қилинган тузилмани танланг (GetById жавоби ёки порталдан юклаб олинган файл)
dialog-structure-filter = Портал файллари
dataset-error-unreadable = Бу файл ёнидаги маълумотлар тўплами тавсифини (datapackage.json) ўқиб бўлмайди.
dataset-error-save = Маълумотлар тўпламини сақлаб бўлмади.
dataset-error-import = Файлда Ochiq ўқий оладиган эълон қилинган тузилма йўқ.

## Паспорт
passport-complete = Паспорт тўртала тилда ҳам тўлиқ тўлдирилган.
passport-incomplete = { $count ->
    [one] Битта банд тўлдирилмаган: { $list }
   *[other] { $count } та банд тўлдирилмаган: { $list }
}
passport-gap-langs = { $field } ({ $langs })
passport-code = Портал коди
passport-code-format = Портал коди 1-001-0008 кўринишида бўлади
passport-portal-id = Порталдаги ID
passport-sphere = Соҳа
passport-periodicity = Даврийлик
passport-licence = Лицензия
passport-contact = Масъул шахс
passport-contact-name = Ф.И.Ш.
passport-contact-phone = Телефон
passport-contact-email = Электрон почта
passport-coverage = МҲОБТ (СОАТО) бўйича ҳудуд
passport-coverage-hint = Бутун мамлакат учун 17
passport-coverage-unknown = МҲОБТ (СОАТО) коди эмас
passport-none = — йўқ —
passport-title = Сарлавҳа
passport-description = Тавсиф
passport-keywords = Калит сўзлар
passport-organisation = Ташкилот
translit-to-cyrillic = Кирилл ёзувидаги матнни лотин ёзувидаги матндан тўлдириш
translit-to-latin = Лотин ёзувидаги матнни кирилл ёзувидаги матндан тўлдириш
lang-uz-latn = Ўзбекча (лотин)
lang-uz-cyrl = Ўзбекча (кирилл)
lang-ru = Русча
lang-en = Инглизча
periodicity-daily = Кунлик
periodicity-weekly = Ҳафталик
periodicity-monthly = Ойлик
periodicity-quarterly = Чораклик
periodicity-semiannual = Ярим йиллик
periodicity-annual = Йиллик
periodicity-irregular = Номунтазам
periodicity-one-off = Бир марталик

## Схема
schema-infer = Жадвал асосида қайта аниқлаш
schema-infer-tooltip = Турлар ва форматлар маълумотлардан қайта аниқланади; сиз ёзган сарлавҳалар, чекловлар ва боғланишлар сақланиб қолади
schema-import = Эълон қилинган тузилмани импорт қилиш…
schema-import-tooltip = Устун номлари ва сарлавҳаларини порталдан олиш: GetById жавоби ёки data.egov.uz сайтидан юклаб олинган файл
schema-none = Бу маълумотлар тўпламида жадвал схемаси йўқ.
schema-summary = { $fields } та устун; { $missing } тасида баъзи тилларда сарлавҳа йўқ
schema-select-hint = Устун сарлавҳалари, тавсифи ва чекловларини таҳрирлаш учун унинг сарлавҳалар сонини (n/4) босинг.
schema-missing-empty = Бўш катак — маълумот йўқ
schema-missing-others = «Маълумот йўқ»нинг бошқа белгилари
schema-missing-tooltip = Барча устунларда «маълумот йўқ»ни билдирувчи қийматлар, масалан статистик чизиқча; бўш жой билан ажратинг
schema-edit-titles = Бу устуннинг сарлавҳалари, тавсифи ва чекловларини таҳрирлаш
schema-any-level = исталган даража
group-space = бўш жой
group-nbsp = узилмас бўш жой
schema-col-name = Номи
schema-col-type = Тури
schema-col-format = Формат
schema-col-decimal = Каср белгиси
schema-col-group = Минглик ажратувчи
schema-col-required = Мажбурий
schema-col-unique = Такрорланмас
schema-col-key = Калит
schema-col-classifier = Классификатор
schema-col-level = Даража
schema-col-parent = Юқори даражали устун
schema-col-titles = Сарлавҳалар
schema-field-title = Сарлавҳа
schema-field-description = Тавсиф
constraint-minimum = Энг кичик қиймат
constraint-maximum = Энг катта қиймат
constraint-min-length = Энг кам узунлик
constraint-max-length = Энг кўп узунлик
constraint-pattern = Шаблон
constraint-enum = Рухсат этилган қийматлар
constraint-enum-hint = вергул билан ажратилган

## Классификаторлар
menu-classifiers = Классификаторлар
menu-classifiers-tooltip = МҲОБТ (СОАТО) ва портал соҳалари каби классификаторларни кўриш ҳамда ўз кодлар рўйхатларингизни импорт қилиш
dialog-code-list-title = Импорт қилиш учун кодлар рўйхатини танланг (CSV ёки Excel)
classifiers-title = Классификаторлар маълумотномаси
classifiers-import = Кодлар рўйхатини импорт қилиш…
classifiers-import-tooltip = CSV ёки Excel файлини ўқиб, код, юқори даражали код, даража ва номлар қайси устунларда жойлашганини танлаш
classifiers-close = Файлга қайтиш
classifiers-bundled = Ochiq билан бирга келади
classifiers-imported = бу ишчи майдонга импорт қилинган
classifiers-entries = { $count ->
    [one] битта код
   *[other] { $count } та код
}
classifiers-about = { $id }, версия { $version }, { $count } та код
classifiers-search = Код ёки ном бўйича қидириш (лотин ёки кирилл ёзувида)
classifiers-shown = Кўрсатилган: { $count }
classifiers-import-file = { $name }: { $rows } қатор
classifiers-col-code = Код устуни
classifiers-col-parent = Юқори даражали код устуни
classifiers-col-level = Даража устуни
classifiers-col-name = Ном устуни, { $lang }
classifiers-id = Идентификатор
classifiers-version = Версия
classifiers-source = Манба
classifiers-name = Номи, { $lang }
classifiers-import-do = Импорт қилиш
classifiers-import-cancel = Бекор қилиш
classifier-error-empty-code = { $row }-қаторда код йўқ.
classifier-error-duplicate = { $row }-қаторда { $first }-қатордаги { $code } коди такрорланган.
classifier-error-parent = { $row }-қатор: { $code } кодининг юқори даражали коди { $parent } рўйхатда йўқ.
classifier-error-cycle = { $row }-қатор: { $code } коди ўзининг юқори даражали кодлари орасида учрайди.
classifier-error-no-rows = Файлда қаторлар йўқ.
classifier-error-id = «{ $id }» идентификатор бўла олмайди: фақат кичик лотин ҳарфлари, рақамлар, - _ ва нуқтадан фойдаланинг.
classifier-error-version = «{ $version }» версия бўла олмайди: фақат лотин ҳарфлари, рақамлар, - _ ва нуқтадан фойдаланинг.
classifier-error-exists = { $id } (версия { $version }) ишчи майдонда аллақачон бор; янгиси учун бошқа версия кўрсатинг.
classifier-error-other = Кодлар рўйхатини импорт қилиб бўлмади: { $detail }

## Текширув натижалари
finding-blank-label = { $column }-устуннинг номи йўқ.
finding-duplicate-label = «{ $value }» устун номи такрорланган.
finding-missing-label = Схемадаги «{ $field }» устуни файлда йўқ.
finding-extra-label = Файлда «{ $value }» устуни бор, лекин у схемада йўқ.
finding-incorrect-label = { $column }-устун «{ $value }» деб номланган, схема бўйича эса «{ $field }» бўлиши керак.
finding-incorrect-label-moved = { $column }-устун «{ $value }» деб номланган, схема бўйича бу ерда «{ $field }» бўлиши керак: устунлар бошқа тартибда жойлашган.
finding-incorrect-label-renamed = { $column }-устун «{ $value }» деб номланган, схема бўйича эса «{ $field }» бўлиши керак: устун қайта номланганга ўхшайди.
finding-blank-row = { $row }-қатор бўш.
finding-extra-cell = { $row }-қаторда охирги устундан кейин «{ $value }» қиймати бор.
finding-missing-cell = { $row }-қаторда «{ $field }» учун қиймат йўқ.
finding-type-error = { $row }-қатор, «{ $field }»: «{ $value }» { $kind } турига мос эмас.
finding-constraint-error = { $row }-қатор, «{ $field }»: «{ $value }» «{ $constraint }» қоидасига мос келмайди.
finding-constraint-required = { $row }-қатор: «{ $field }» устуни тўлдирилиши шарт.
finding-unique-error = { $row }-қатор, «{ $field }»: «{ $value }» такрорланган, бу устундаги қийматлар такрорланмас бўлиши керак.
finding-primary-key = { $row }-қатор: «{ $value }» калити юқоридаги қаторлардан бирида аллақачон бор.
finding-foreign-key = { $row }-қатор, «{ $field }»: «{ $value }» қиймати { $reference } таркибида йўқ.
finding-hierarchy-error = { $row }-қатор, «{ $field }»: { $value } { $parent } («{ $parentfield }») таркибига кирмайди.
finding-footnote-row = { $row }-қатор маълумот эмас, изоҳ: «{ $value }».
finding-spacer-row = { $row }-қаторда фақат бўш жойлар бор.
finding-period-in-header = Даврлар устун номлари сифатида ишлатилган ({ $labels }); портал давр устунини кутади.
finding-schema-error = «{ $field }» учун схема қоидасини қўллаб бўлмайди: { $detail }
finding-passport-missing = Паспорт: «{ $field }» банди тўлдирилмаган.
finding-passport-language = Паспорт: «{ $field }» бандида қуйидаги тилларда матн йўқ: { $languages }.

## Буйруқ сатри
cli-valid = Хатолар йўқ: { $rows } та қатор текширилди.
cli-invalid = Хатолар бор: { $rows } та қатор текширилди, { $errors } та хато топилди.
cli-count = { $code }: { $count }
cli-shown = Ҳар бир турдан дастлабки { $shown } та камчилик кўрсатилди; сақланган барча камчиликлар учун --json параметридан фойдаланинг.
cli-cannot-read = { $path } файлини ўқиб бўлмади: { $detail }

## Текширув
tab-checks = Текширув
checks-run = Жадвални текшириш
checks-run-again = Қайта текшириш
checks-run-tooltip = Ҳар бир қаторни маълумотлар тўплами схемаси ва классификаторлар бўйича текшириш (файл ҳали тавсифланмаган бўлса, Ochiq аниқлаган схема бўйича)
checks-running = Текширилмоқда…
checks-export = Ҳисоботни сақлаш…
checks-export-tooltip = Топилган барча хатоларни изоҳи билан сақлаш: хато катаклари белгиланган Excel китоби, CSV ёки JSON кўринишида
checks-inferred = Бу файл ҳали маълумотлар тўплами сифатида тавсифланмаган: у Ochiq файл асосида аниқлаган схема бўйича текширилади.
checks-none-yet = Ҳали текширилмаган.
checks-valid = Хатолар йўқ: { $rows } та қатор текширилди.
checks-invalid = { $rows } та қаторда { $errors } та хато.
checks-by-kind = Турлар бўйича
checks-by-column = Устунлар бўйича
checks-show-rows = Қаторларни кўрсатиш
checks-show-rows-tooltip = Жадвалда фақат шу турдаги камчилик бор қаторларни кўрсатиш
checks-kept = Устунлар бўйича ҳисобда ҳар бир турдан фақат дастлабки { $limit } та камчилик ҳисобга олинган.
checks-go-tooltip = Жадвалда шу катакка ўтиш
checks-suggested = Таклиф: { $values }
table-filtered = Фақат «{ $kind }» камчилиги бор қаторлар кўрсатилмоқда: { $rows }
table-show-all = Барча қаторларни кўрсатиш
table-previous-error = ‹ Олдинги хато
table-next-error = Кейинги хато ›
code-blank-label = Номсиз устун
code-duplicate-label = Такрорланган устун номи
code-missing-label = Устун йўқ
code-extra-label = Устун схемада йўқ
code-incorrect-label = Нотўғри устун номи
code-blank-row = Бўш қатор
code-extra-cell = Охирги устундан кейинги қиймат
code-missing-cell = Қатор охирида қиймат йўқ
code-type-error = Нотўғри тур ёки формат
code-constraint-error = Қоида бузилган
code-unique-error = Такрорланган қиймат
code-primary-key = Такрорланган калит
code-foreign-key = Классификатор ёки маълумотномада йўқ
code-hierarchy-error = Юқори даражали ҳудуддан ташқарида
code-footnote-row = Изоҳ маълумот сифатида юкланган
code-spacer-row = Бўш жойлардан иборат қатор
code-period-in-header = Даврлар устун номи сифатида
code-schema-error = Схема қоидасини қўллаб бўлмайди
code-passport-missing = Паспорт банди тўлдирилмаган
code-passport-language = Паспорт: барча тилларда эмас

## Fixes and the recipe
fixes-title = Таклиф этилган тузатишлар
fixes-check-first = Нимани тузатиш мумкинлигини кўриш учун жадвални текширинг.
fixes-none = Автоматик тузатиладиган нарса йўқ.
fix-all = Ҳаммасини тузатиш
fix-all-tooltip = Бу тузатишни барча қаторларга қўллаш ва уни рецепт қадами сифатида ёзиб қўйиш
fix-one = Қўллаш
fix-one-tooltip = Фақат шу қийматни ўзгартириш (рецепт қадами сифатида ёзилади)
fix-values = Қийматлар
fix-col-now = Ҳозир
fix-col-becomes = Бўлади
fix-col-rows = Қаторлар
fix-counts = Катаклар: { $cells }; турли қийматлар: { $distinct }
fix-more = Кўрсатилмаган яна { $count } та қиймат («Ҳаммасини тузатиш» уларни ҳам ўзгартиради).
fix-codes-choose = Ҳеч бир номга аниқ битта код мос келмади: ҳар бир қиймат учун кодни танланг.
fix-choose-code = Кодни танланг
fix-kind-remove-rows = Маълумот бўлмаган қаторларни ўчириш
fix-kind-trim = { $field } устунидаги ортиқча бўш жойларни олиб ташлаш
fix-kind-numbers = { $field } устунидаги сонларни схемадагидек ёзиш
fix-kind-dates = { $field } устунидаги саналарни схемадагидек ёзиш
fix-kind-codes = { $field } устунидаги номларни классификатор кодлари билан алмаштириш
fix-kind-to-latin = { $field } устунини лотин ёзувида ёзиш
fix-kind-to-cyrillic = { $field } устунини кирилл ёзувида ёзиш
row-class-blank = Бўш қаторлар
row-class-spacer = Фақат бўш жойдан иборат қаторлар
row-class-footnote = Изоҳлар ва ҳаволалар
recipe-title = Рецепт
recipe-steps = Қадамлар: { $count }
recipe-empty = Ҳозирча қадам йўқ. Сиз қабул қилган ҳар бир тузатиш шу ерга ёзилади, маълумотлар тўплами билан бирга сақланади ва кейинги ой файлида қайта қўлланиши мумкин.
recipe-not-applied = бу файлга ҳали қўлланмаган
recipe-skipped = ўтказиб юборилди: бу файлда бундай устун йўқ
recipe-apply = Сақланган қадамларни қўллаш ({ $count })
recipe-apply-tooltip = Рецепт қадамларини шу файлда қайта бажариш
recipe-undo = Охирги қадамни бекор қилиш
recipe-undo-tooltip = Охирги қадамни рецептдан олиб ташлаш ва жадвални файлдан қайта қуриш
recipe-save-data = Маълумотларни сақлаш…
recipe-save-data-tooltip = Жадвални ҳозирги ҳолида (тузатишлар билан) UTF-8 кодлашдаги CSV ёки Excel китоби сифатида сақлаш
recipe-applying = Қадамлар қўлланмоқда…
recipe-last-change = Охирги ўзгариш: ўзгарган катаклар — { $cells }, ўчирилган қаторлар — { $rows }.
step-trim = { $field } устунидаги ортиқча бўш жойларни олиб ташлаш
step-numbers = { $field } устунидаги сонлар схемадагидек ёзилди
step-dates = { $field } устунидаги саналар схемадагидек ёзилди
step-to-latin = { $field } устуни лотин ёзувида
step-to-cyrillic = { $field } устуни кирилл ёзувида
step-replace-one = { $field } устунида «{ $from }» қийматини «{ $to }» билан алмаштириш
step-replace = { $field } устунида алмаштириладиган қийматлар: { $count }
step-remove-rows = Қаторларни ўчириш: { $kinds }

## The report as an Excel workbook
xlsx-findings-sheet = Хатолар
xlsx-data-sheet = Маълумотлар
xlsx-col-code = Код
xlsx-col-kind = Тури
xlsx-col-row = Қатор
xlsx-col-column = Устун
xlsx-col-field = Майдон
xlsx-col-value = Қиймат
xlsx-col-message = Хабар
xlsx-col-suggestions = Таклиф этилган қийматлар

## Нашр қилиш: хатолар, чиқувчилар, манзиллар ва буйруқ сатри
publish-error-bad-token = Портал бу ҳисобнинг токенини қабул қилмаяпти. Токенни текширинг (Манзиллар → Токенни киритиш) ва қайта уриниб кўринг.
publish-error-no-credentials = Бу ҳисоб учун токен сақланмаган. Уни «Манзиллар» бўлимида қўшинг.
publish-error-not-allowed = Бу ҳисоб у ерга нашр қила олмайди: { $detail }
publish-error-too-large = Файл портал қабул қиладиганидан катта. Маълумотлар тўпламини бўлинг ёки портал маъмурларидан чегарани оширишни сўранг.
publish-error-network = Порталга уланиб бўлмади ({ $detail }). Нашр чиқувчиларда кутади ва алоқа тикланганда юборилади.
publish-error-refused = Портал рад этди: { $detail }
publish-error-protocol = Портал кутилмаган жавоб берди ({ $detail }). Кейинроқ қайта уриниб кўрилади.
publish-error-file = { $path } ўқиб бўлмади: { $detail }
publish-error-not-confirmed = Портал юборилганини кўрсатмаяпти: { $detail }
publish-error-cancelled = Тўхтатилди. Нашр чиқувчиларда кутади.
publish-error-unsupported = Бу портал буни қўллаб-қувватламайди.
outbox-error-no-job = Чиқувчиларда { $job }-топшириқ йўқ.
outbox-error-busy = { $job }-топшириқни ҳозир бошқа ойна ёки буйруқ юбормоқда.
outbox-error-db = Иш папкасининг чиқувчиларини очиб бўлмади: { $detail }
job-queued = навбатда
job-sending = юборилмоқда
job-sent = юборилди, портал тасдиғини кутмоқда
job-confirmed = портал тасдиқлади
job-failed = хато
job-paused = тўхтатиб турилган
job-cancelled = бекор қилинган
push-no-dataset = Бу иш папкасида «{ $dataset }» маълумотлар тўплами йўқ.
push-no-target = Бу иш папкасида «{ $target }» манзили йўқ. Қаранг: ochiq target list
push-queued = { $job }-топшириқ: { $dataset }, { $period } даври, { $target } учун навбатга қўйилди.
push-manual = Файлни маълумотлар тўплами саҳифасида юкланг: { $url }  (файл: { $file })
target-no-token-given = Стандарт киришда токен берилмади.
target-keychain-failed = Токенни тизим пароллар омборига сақлаб бўлмади: { $detail }
target-bad-kind = Номаълум манзил тури «{ $kind }»: folder, ckan ёки egov дан фойдаланинг.
target-exists = «{ $id }» манзили аллақачон бор.
target-ok = { $user } сифатида уланилди. Нашр қилиш мумкин: { $organisations }
menu-publishing = Нашр қилиш
menu-publishing-waiting = Нашр қилиш ({ $count })
menu-publishing-tooltip = Маълумотлар тўпламларини порталга нашр қилиш, чиқувчилар, тарих ва нашр манзилларини кўриш
publish-title = Нашр қилиш
publish-tab-publish = Нашр қилиш
publish-tab-outbox = Чиқувчилар ({ $count })
publish-tab-history = Тарих
publish-tab-targets = Манзиллар
publish-no-datasets = Бу иш папкасида ҳали маълумотлар тўплами йўқ. Аввал маълумотлар файлини очинг ва уни тўплам сифатида тавсифланг.
publish-choose-dataset = Маълумотлар тўпламини танланг
publish-choose-target = Манзилни танланг
publish-dataset = Маълумотлар тўплами
publish-target = Манзил
publish-period = Давр
publish-period-tooltip = Маълумотлар қамраб олган ҳисобот даври, масалан 2026-10, 2026-Q3 ёки 2025. Тарихга ёзилади ва тақвимда ишлатилади.
publish-check = Нашрдан олдин текшириш
publish-check-tooltip = Маълумотларни схема бўйича текшириш ва манзилдан тўпламни қабул қилишини сўраш; ҳеч нарса юборилмайди
publish-send = Ҳозир нашр қилиш
publish-send-tooltip = Тўпламни чиқувчиларга қўйиш ва ҳозир юбориш; тармоқ бўлмаса, у тикланганда юборилади
publish-send-disabled = Аввал «Нашрдан олдин текшириш»ни бажаринг; манзилда эътироз бўлмаса, нашр очилади
publish-stop = Тўхтатиш
publish-checking = Текширилмоқда…
publish-checks-heading = Нашрдан олдин
publish-data-valid = Маълумотлар тўғри: { $rows } қатор.
publish-data-invalid = Маълумотларда { $rows } қаторда { $errors } та хато бор. Барибир нашр қилиш мумкин, лекин портал уларни кўрсатади.
publish-preflight-ok = Манзил тўпламни қабул қилади: ҳисоб, ташкилот, мажбурий майдонлар ва ҳажм жойида.
preflight-no-organisation = «{ $organisation }» ташкилоти порталда йўқ ёки бу ҳисоб унга нашр қила олмайди.
preflight-missing = Паспортнинг «{ $field }» банди бўш; портал уни талаб қилади.
preflight-too-large = Файл ҳажми { $size } МБ; портал кўпи билан { $limit } МБ қабул қилади.
publish-manual-upload = Бу порталда юклаш API си йўқ: унинг саҳифаси браузерда очилди. Шу файлни ўша ерда юкланг; Ochiq каталогни кузатади ва янгиланиш кўринганда тасдиқлайди:
publish-open-page = Маълумотлар тўплами саҳифасини очиш
outbox-send-due = Вақти келганларини ҳозир юбориш
outbox-send-due-tooltip = Вақти келган барча топшириқларни юбориш ва кутилаётган тасдиқларни сўраш
outbox-import = Папкадан пакетни импорт қилиш…
outbox-import-tooltip = Бошқа Ochiq папкага ёки флешкага ёзган пакетни шу ердан юбориш учун қабул қилиш
outbox-refresh = Янгилаш
outbox-empty = Чиқувчилар бўш. Нашрлар портал тасдиқлагунча шу ерда кутади.
outbox-retry = Ҳозир юбориш
outbox-pause = Тўхтатиб туриш
outbox-cancel = Бекор қилиш
outbox-col-job = Топшириқ
outbox-col-dataset = Маълумотлар тўплами
outbox-col-period = Давр
outbox-col-target = Манзил
outbox-col-state = Ҳолат
outbox-col-updated = Янгиланган
outbox-col-actions = Амаллар
history-filter = Маълумотлар тўплами
history-filter-hint = кодда бор…
history-failures = Фақат хатолар
history-empty = Ҳали ҳеч нарса ёзилмаган. Текширувлар ва нашрлар шу ерда рўйхатланади.
history-col-when = Қачон
history-col-what = Нима
history-col-dataset = Маълумотлар тўплами
history-col-period = Давр
history-col-target = Манзил
history-col-detail = Тафсилот
history-kind-check = текширилди
history-kind-queued = навбатга қўйилди
history-kind-sent = юборилди
history-kind-already-there = порталда бор, қайта юборилмади
history-kind-confirmed = тасдиқланди
history-kind-waiting = тасдиқ кутилмоқда
history-kind-retrying = қайта уриниб кўрилади
history-kind-failed = хато
history-kind-paused = тўхтатиб турилди
history-kind-resumed = давом эттирилди
history-kind-cancelled = бекор қилинди
history-kind-imported = папкадан импорт қилинди
history-kind-marked-done = қўлда бажарилди деб белгиланди
keychain-ok = Токенлар тизим пароллар омборида сақланади.
keychain-checking = Тизим пароллар омбори текширилмоқда…
keychain-unavailable = Тизим пароллар омборидан бу ерда фойдаланиб бўлмайди. Токенларни бу компьютерда сақлаб бўлмайди.
keychain-use-session = Токенларни шу сеанс давомида хотирада сақлаш
keychain-use-session-tooltip = Киритилган токенлар фақат Ochiq ёпилгунча сақланади ва дискка ҳеч қачон ёзилмайди; кейинги сафар уларни қайта киритасиз
keychain-session-only = Токенлар фақат хотирада, Ochiq ёпилгунча сақланади.
target-kind-folder = Папка ёки флешка
target-kind-ckan = CKAN портали
target-kind-egov = data.egov.uz
target-test = Уланишни текшириш
target-test-tooltip = Манзилдан бу ҳисоб кимники эканини ва қаерга нашр қила олишини сўраш
target-remove = Олиб ташлаш
target-add-heading = Манзил қўшиш
target-kind = Тури
target-id = Номи
target-url = Портал манзили
target-folder = Папка
target-organisation = Ташкилот
target-token = API токени
target-token-tooltip = Тизим пароллар омборида сақланади, ҳеч қачон файлда эмас
target-max-upload = Юклаш чегараси, МБ
target-add = Манзил қўшиш
preflight-no-dataset = Порталда бу ташкилот каталогида { $dataset } маълумотлар тўплами йўқ. Паспортдаги портал коди ва идентификаторини текширинг (Тузилмани порталдан импорт қилиш).
preflight-columns = Устунлар нашр қилинган тузилмадан фарқ қилади:
preflight-columns-missing = йўқ: { $columns }
preflight-columns-extra = нашр қилинмаган: { $columns }
preflight-columns-repeated = такрорланган: { $columns }
compare-published = Нашр қилинган: { $code }, янгиланган { $updated }, { $rows } қатор.
compare-same = Янги версияда худди шу устунлар ва қаторлар бор.
compare-rows = Қаторлар: { $added } қўшилган, { $removed } олиб ташланган, { $changed } ўзгарган, { $same } ўзгармаган.
compare-columns-added = Қўшилган устунлар: { $columns }
compare-columns-removed = Олиб ташланган устунлар: { $columns }
publish-tab-catalogue = Каталог
catalogue-refresh = Каталогни ўқиш
catalogue-refresh-tooltip = Манзилдан ташкилотнинг маълумотлар тўпламларини сўраш: қаторлар, охирги янгиланиш ва кечиккан кунлар
catalogue-empty = Портал ташкилотингиз учун нимани кўрсатаётганини кўриш учун манзил каталогини ўқинг.
catalogue-col-code = Код
catalogue-col-title = Номи
catalogue-col-rows = Қаторлар
catalogue-col-updated = Янгиланган
catalogue-col-late = Кечиккан кунлар
publish-compare = Нашр қилинган маълумотлар билан солиштириш
publish-compare-tooltip = Манзил бу тўплам учун нашр қилганини юклаб олиш ва янги версия қўшадиган, олиб ташлайдиган ёки ўзгартирадиган қатор ва устунларни кўрсатиш

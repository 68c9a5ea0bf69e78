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

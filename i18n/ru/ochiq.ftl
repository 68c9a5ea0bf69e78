# Ochiq — русский язык. Исходный язык и полный список идентификаторов: en/ochiq.ftl.

## Верхняя панель
menu-open = Открыть…
menu-open-tooltip = Открыть файл CSV, TSV, Excel, ODS или JSON портала ({ $shortcut })
menu-recent = Недавние
menu-recent-empty = Нет недавних файлов
menu-recent-clear = Очистить список
menu-language = Язык
menu-language-tooltip = Язык интерфейса; выбор сохраняется

## Диалоги
dialog-open-title = Открыть файл данных
dialog-open-filter = Файлы данных
dialog-workspace-title = Выберите рабочую папку
drop-hint = Отпустите файл, чтобы открыть его

## Пустое состояние
empty-title = Файл не открыт
empty-hint = Откройте файл кнопкой ниже или клавишами Ctrl+O, перетащите его сюда или выберите в рабочей папке слева.

## Панель рабочей папки
workspace-title = Рабочая папка
workspace-demo = Демонстрационная рабочая папка
workspace-none = Рабочая папка не открыта.
workspace-files = { $count ->
    [0] Нет файлов данных
    [one] { $count } файл данных
    [few] { $count } файла данных
    [many] { $count } файлов данных
   *[other] { $count } файла данных
}
workspace-empty = Поместите файлы данных в { $folder } или откройте файл из любого места.
workspace-choose = Выбрать рабочую папку…
workspace-choose-tooltip = Сделать рабочей другую папку; Ochiq создаст в ней всё необходимое
workspace-open-demo = Открыть демонстрационную рабочую папку

## Панель источника
source-reading = Чтение…
source-detected = { $value } (определена автоматически)
source-encoding = Кодировка
source-encoding-tooltip = Если буквы отображаются неправильно, выберите другую кодировку — файл будет прочитан заново
source-delimiter = Разделитель
source-quote = Кавычка
source-quote-tooltip = Символ, в который заключены значения, содержащие разделитель
source-sheet = Лист
source-header-row = Строка заголовка
source-header-row-tooltip = Строка с названиями столбцов; строки выше неё считаются заголовком документа
source-has-header = Есть строка заголовка
source-preamble = Над таблицей: { $text }
source-loading = Загрузка… прочитано строк: { $rows }
source-cancel = Отмена
source-cancel-tooltip = Остановить чтение; уже прочитанные строки останутся на экране
source-size = Строк: { $rows }, столбцов: { $columns }
source-cancelled = Загрузка остановлена. Показано строк: { $rows }; остальная часть файла не прочитана
source-failed = Не удалось прочитать файл

## Форматы и разделители
format-delimited = Текст с разделителями
format-portal-json = JSON портала
delimiter-semicolon = Точка с запятой ;
delimiter-comma = Запятая ,
delimiter-tab = Табуляция
delimiter-pipe = Вертикальная черта |
delimiter-none = Нет (один столбец)

## Таблица
table-unnamed-column = Столбец { $n }
table-extra-column = Доп. { $n }
table-column-tooltip = { $name }: нажмите, чтобы увидеть анализ столбца
table-scrollbar = Строки

## Панель столбцов
columns-title = Столбцы
columns-profiling = Анализ столбцов…
columns-waiting = Анализ появится, когда файл будет прочитан.
columns-filled = Заполнено
columns-empty = Пусто
columns-distinct = Уникальных
columns-distinct-more = более { $n }
columns-min = Наименьшее
columns-max = Наибольшее
columns-top = Наиболее частые
kind-empty = пусто
kind-integer = целое число
kind-number = число
kind-date = дата
kind-boolean = да/нет
kind-code = код
kind-text = текст

## Строка состояния
status-ready = Готово
status-cell = Строка { $row }, { $column }:

## Сообщения
notice-dismiss = Закрыть
file-error-not-found = Файл { $name } не найден. Возможно, он был перемещён или удалён.
file-error-permission = У Ochiq нет прав на чтение файла { $name }. Проверьте права доступа к файлу.
file-error-io = Не удалось прочитать файл { $name }.
file-error-empty = Файл { $name } пуст: показывать нечего.
file-error-binary = Файл { $name } не является таблицей: он содержит двоичные данные. Откройте файл CSV, Excel, ODS или JSON портала.
file-error-unsupported = { $name } — файл формата .{ $ext }, Ochiq такие файлы не читает. Откройте файл CSV, Excel, ODS или JSON портала.
file-error-workbook = Файл { $name } повреждён или не является рабочей книгой. Откройте его в Excel или LibreOffice и сохраните заново.
file-error-no-sheet = В файле { $name } нет листа «{ $sheet }».
file-error-no-sheets = В файле { $name } нет листов.
file-error-json = Файл { $name } не является корректным JSON; возможно, файл неполный.
file-error-json-not-rows = Файл { $name } в формате JSON, но это не список строк в том виде, в каком их выгружает портал.
file-error-delimited = Не удалось прочитать файл { $name } как текстовую таблицу.
file-error-cancelled = Чтение файла { $name } остановлено.
workspace-error-io = Невозможно использовать рабочую папку { $path }.
workspace-error-corrupt = Файл рабочей папки { $path } повреждён. Ochiq его не изменял; восстановите его из резервной копии или выберите другую папку.
workspace-error-not-workspace = { $path } не является рабочей папкой Ochiq.
workspace-error-no-data-dir = На этом компьютере нет папки для данных приложений; выберите рабочую папку.
job-error-lost = Фоновая задача неожиданно прервалась. Повторите попытку; если ошибка повторится, сообщите о ней.
prefs-error-not-saved = Не удалось сохранить настройки.

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

# Ochiq — русский язык. Исходный язык и полный список идентификаторов: en/ochiq.ftl.
#
# Глоссарий (один термин на понятие во всём файле): workspace — рабочая папка; dataset — набор
# данных (кратко: набор); approved list — утверждённый перечень; passport — паспорт; schema —
# схема; classifier — классификатор; code list — справочник кодов; check — проверка; finding —
# замечание; error — ошибка; fix — исправление; recipe — рецепт; publish — публиковать,
# публикация; target — цель (публикации); outbox — исходящие; history — история; deadline —
# срок; period — период; periodicity — периодичность; overdue — просрочено; row — строка;
# column, field — столбец; cell — ячейка; calendar — календарь; token — токен; system
# keychain — системное хранилище паролей. Кавычки «ёлочки». Числа со словами — через
# { $n -> [one] … [few] … [many] … *[other] … } или в виде «Строк: 5».

## Верхняя панель
menu-open = Открыть…
menu-open-tooltip = Открыть файл CSV, TSV, Excel, ODS или JSON портала
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
source-detected = { $value } (определено автоматически)
source-encoding-switch = { $from } → { $to } со строки { $line }
source-encoding-switch-tooltip = До строки { $line } в файле только латинские буквы и цифры, одинаковые в обеих кодировках; со строки { $line } байты не являются текстом в { $from }, поэтому остаток файла прочитан как { $to }
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

## Наборы данных: вкладки и сохранение
tab-table = Таблица
tab-passport = Паспорт
tab-schema = Схема
dataset-new = Новый набор данных, ещё не сохранён
dataset-saving = Сохранение…
dataset-unsaved = Есть несохранённые изменения
dataset-saved = Сохранено
dataset-save = Сохранить
dataset-save-tooltip = Сохранить паспорт и схему в datapackage.json в рабочей папке
switch-unsaved = В паспорте или схеме этого файла есть несохранённые изменения. Всё равно открыть { $name }?
switch-save = Сохранить и открыть
switch-discard = Открыть без сохранения
switch-stay = Остаться
describe-title = Этот файл ещё не описан как набор данных
describe-hint = Ochiq определит схему по таблице (типы, форматы дат и чисел, коды); затем вы заполните паспорт и заголовки на четырёх языках.
describe-button = Описать как набор данных
workspace-datasets = { $count ->
    [one] { $count } набор данных
    [few] { $count } набора данных
    [many] { $count } наборов данных
   *[other] { $count } набора данных
}
dialog-structure-title = Выберите опубликованную структуру (ответ GetById или файл, скачанный с портала)
dialog-structure-filter = Файлы портала
dataset-error-unreadable = Не удаётся прочитать описание набора данных (datapackage.json) рядом с этим файлом.
dataset-error-save = Не удалось сохранить набор данных.
dataset-error-import = В файле нет опубликованной структуры, которую Ochiq может прочитать.

## Паспорт
passport-complete = Паспорт заполнен на всех четырёх языках.
passport-incomplete = { $count ->
    [one] Не заполнен { $count } пункт: { $list }
    [few] Не заполнены { $count } пункта: { $list }
    [many] Не заполнено { $count } пунктов: { $list }
   *[other] Не заполнено { $count } пункта: { $list }
}
passport-gap-langs = { $field } ({ $langs })
passport-code = Код на портале
passport-code-format = Код на портале имеет вид 1-001-0008
passport-portal-id = ID на портале
passport-sphere = Сфера
passport-periodicity = Периодичность
passport-licence = Лицензия
passport-contact = Ответственное лицо
passport-contact-name = ФИО
passport-contact-phone = Телефон
passport-contact-email = Эл. почта
passport-coverage = Территория (СОАТО)
passport-coverage-hint = 17 — вся страна
passport-coverage-unknown = не код СОАТО
passport-none = — нет —
passport-title = Название
passport-description = Описание
passport-keywords = Ключевые слова
passport-organisation = Организация
translit-to-cyrillic = Заполнить текст на кириллице по тексту на латинице
translit-to-latin = Заполнить текст на латинице по тексту на кириллице
lang-uz-latn = Узбекский (латиница)
lang-uz-cyrl = Узбекский (кириллица)
lang-ru = Русский
lang-en = Английский
periodicity-daily = Ежедневно
periodicity-weekly = Еженедельно
periodicity-monthly = Ежемесячно
periodicity-quarterly = Ежеквартально
periodicity-semiannual = Раз в полгода
periodicity-annual = Ежегодно
periodicity-irregular = Нерегулярно
periodicity-one-off = Однократно

## Схема
schema-infer = Определить заново по таблице
schema-infer-tooltip = Типы и форматы будут заново определены по данным; введённые вами заголовки, ограничения и привязки сохранятся
schema-import = Импортировать опубликованную структуру…
schema-import-tooltip = Взять названия и заголовки столбцов с портала: ответ GetById или файл, скачанный с data.egov.uz
schema-none = У этого набора данных нет схемы таблицы.
schema-summary = Столбцов: { $fields }; без заголовка на каком-либо из языков: { $missing }
schema-select-hint = Нажмите на счётчик заголовков столбца (n/4), чтобы изменить его заголовки, описание и ограничения.
schema-missing-empty = Пустая ячейка — нет данных
schema-missing-others = Другие обозначения «нет данных»
schema-missing-tooltip = Значения, означающие «нет данных» во всех столбцах, например статистический прочерк; разделяйте пробелами
schema-edit-titles = Изменить заголовки, описание и ограничения этого столбца
schema-any-level = любой уровень
group-space = пробел
group-nbsp = неразрывный пробел
schema-col-name = Название
schema-col-type = Тип
schema-col-format = Формат
schema-col-decimal = Десятичный разделитель
schema-col-group = Разделитель разрядов
schema-col-required = Обязательный
schema-col-unique = Уникальный
schema-col-key = Ключ
schema-col-classifier = Классификатор
schema-col-level = Уровень
schema-col-parent = Родительский столбец
schema-col-titles = Заголовки
schema-field-title = Заголовок
schema-field-description = Описание
constraint-minimum = Минимум
constraint-maximum = Максимум
constraint-min-length = Минимальная длина
constraint-max-length = Максимальная длина
constraint-pattern = Шаблон
constraint-enum = Допустимые значения
constraint-enum-hint = через запятую

## Классификаторы
menu-classifiers = Классификаторы
menu-classifiers-tooltip = Просмотреть справочные классификаторы (СОАТО, сферы портала) и импортировать свои справочники кодов
dialog-code-list-title = Выберите справочник кодов для импорта (CSV или Excel)
classifiers-title = Справочные классификаторы
classifiers-import = Импортировать справочник кодов…
classifiers-import-tooltip = Прочитать файл CSV или Excel и указать, в каких столбцах находятся код, родительский код, уровень и названия
classifiers-close = Вернуться к файлу
classifiers-bundled = поставляется с Ochiq
classifiers-imported = импортирован в эту рабочую папку
classifiers-entries = { $count ->
    [one] { $count } код
    [few] { $count } кода
    [many] { $count } кодов
   *[other] { $count } кода
}
classifiers-about = { $id }, версия { $version }, кодов: { $count }
classifiers-search = Поиск по коду или по названию на латинице или кириллице
classifiers-shown = Показано: { $count }
classifiers-import-file = { $name } — строк: { $rows }
classifiers-col-code = Столбец кода
classifiers-col-parent = Столбец родительского кода
classifiers-col-level = Столбец уровня
classifiers-col-name = Столбец названия, { $lang }
classifiers-id = Идентификатор
classifiers-version = Версия
classifiers-source = Источник
classifiers-name = Название, { $lang }
classifiers-import-do = Импортировать
classifiers-import-cancel = Отмена
classifier-error-empty-code = В строке { $row } нет кода.
classifier-error-duplicate = В строке { $row } повторяется код { $code } из строки { $first }.
classifier-error-parent = Строка { $row }: родительского кода { $parent } для кода { $code } нет в списке.
classifier-error-cycle = Строка { $row }: код { $code } встречается среди собственных вышестоящих кодов.
classifier-error-no-rows = В файле нет строк.
classifier-error-id = «{ $id }» не может быть идентификатором: используйте только строчные латинские буквы, цифры, - _ и точку.
classifier-error-version = «{ $version }» не может быть версией: используйте только латинские буквы, цифры, - _ и точку.
classifier-error-exists = { $id } версии { $version } уже есть в рабочей папке; укажите для нового другую версию.
classifier-error-other = Не удалось импортировать справочник кодов: { $detail }

## Замечания проверки
finding-blank-label = У столбца { $column } нет названия.
finding-duplicate-label = Название столбца «{ $value }» повторяется.
finding-missing-label = Столбца «{ $field }» из схемы нет в файле.
finding-extra-label = В файле есть столбец «{ $value }», которого нет в схеме.
finding-incorrect-label = Столбец { $column } называется «{ $value }», а по схеме должен быть «{ $field }».
finding-incorrect-label-moved = Столбец { $column } называется «{ $value }», а по схеме здесь должен быть «{ $field }»: столбцы расположены в другом порядке.
finding-incorrect-label-renamed = Столбец { $column } называется «{ $value }», а по схеме должен быть «{ $field }»: похоже, столбец переименован.
finding-blank-row = Строка { $row } пуста.
finding-extra-cell = В строке { $row } есть значение «{ $value }» за последним столбцом.
finding-missing-cell = В строке { $row } нет значения для «{ $field }».
finding-type-error = Строка { $row }, «{ $field }»: «{ $value }» — не { $kind }.
finding-constraint-error = Строка { $row }, «{ $field }»: «{ $value }» не соответствует правилу «{ $constraint }».
finding-constraint-required = Строка { $row }: столбец «{ $field }» должен быть заполнен.
finding-unique-error = Строка { $row }, «{ $field }»: «{ $value }» повторяется, а значения в этом столбце должны быть уникальными.
finding-primary-key = Строка { $row }: ключ «{ $value }» уже встречался в одной из строк выше.
finding-foreign-key = Строка { $row }, «{ $field }»: значение «{ $value }» не найдено в { $reference }.
finding-hierarchy-error = Строка { $row }, «{ $field }»: { $value } не входит в { $parent } («{ $parentfield }»).
finding-footnote-row = Строка { $row } — примечание, а не данные: «{ $value }».
finding-spacer-row = Строка { $row } содержит только пробелы.
finding-period-in-header = Периоды использованы как названия столбцов ({ $labels }); портал ожидает столбец периода.
finding-schema-error = Правило схемы для «{ $field }» не удаётся применить: { $detail }
finding-encoding-error = Строка { $row }, столбец { $column }: байты { $bytes } — не текст в кодировке { $encoding }; в ячейке они показаны шестнадцатеричными кодами.
finding-no-data-rows = На листе «{ $sheet }» нет строк данных; данные на листах: { $sheets }.
finding-no-data-rows-file = В файле нет строк данных под заголовком.
finding-merged-cells = Строки { $first }–{ $last }, «{ $field }»: «{ $value }» — одна ячейка, объединённая над этими строками; значение есть только в первой строке.
finding-total-mismatch = Строка { $row }, «{ $field }»: итог { $total } по { $code } не равен сумме его частей ({ $parts }): { $sum } (разница { $difference }).
finding-total-mismatch-in = Строка { $row }, «{ $field }», { $period }: итог { $total } по { $code } не равен сумме его частей ({ $parts }): { $sum } (разница { $difference }).
finding-total-words = В строках { $rows } стоят не числа, а { $words }; они не вошли в сумму.
finding-total-repeated = Строка { $row }: итог { $code } в том же периоде указан повторно (впервые в строке { $first }); ни один из них не сверяется с частями.
finding-value-jump = Строка { $row }, «{ $field }» ({ $key }): { $old } → { $new }, { $change } по сравнению с опубликованной версией.
finding-value-jump-sign = Строка { $row }, «{ $field }» ({ $key }): { $old } → { $new }, знак изменился по сравнению с опубликованной версией.
finding-passport-missing = Паспорт: не заполнен пункт «{ $field }».
finding-passport-language = Паспорт: в пункте «{ $field }» нет текста на языках: { $languages }.

## Командная строка
cli-valid = Ошибок нет. Проверено строк: { $rows }.
cli-invalid = Есть ошибки. Проверено строк: { $rows }, ошибок: { $errors }.
cli-count = { $code }: { $count }
cli-shown = Для каждого вида показаны первые замечания (не более { $shown }); все сохранённые замечания выводятся с параметром --json.
cli-cannot-read = Не удалось прочитать файл { $path }: { $detail }
cli-bad-encoding = Ochiq не читает кодировку «{ $name }»; укажите { $names }.
cli-bad-delimiter = «{ $value }» не может быть разделителем; укажите ; , | или табуляцию.
cli-source-sheet = лист «{ $sheet }»
cli-source-header = { $count ->
    [one] заголовок в строке { $rows }
    [few] заголовок в строках { $rows }
    [many] заголовок в строках { $rows }
   *[other] заголовок в строках { $rows }
}
source-encoding-switched = Прочитано как { $from } до строки { $line }, где начинаются байты не в { $from }; дальше — как { $to }.

## Проверка
tab-checks = Проверка
checks-run = Проверить таблицу
checks-run-again = Проверить снова
checks-run-tooltip = Проверить каждую строку по схеме набора данных и классификаторам (а если файл ещё не описан — по схеме, которую определяет Ochiq)
checks-running = Проверка…
checks-export = Сохранить отчёт…
checks-export-tooltip = Сохранить все замечания с пояснениями: в книгу Excel, где ячейки с замечаниями отмечены в данных, в CSV или в JSON
checks-inferred = Этот файл ещё не описан как набор данных: он проверяется по схеме, которую Ochiq определяет по самому файлу.
checks-none-yet = Проверка ещё не выполнялась.
checks-valid = Ошибок нет. Проверено строк: { $rows }.
checks-invalid = Ошибок: { $errors }; проверено строк: { $rows }.
checks-by-kind = По видам
checks-by-column = По столбцам
checks-show-rows = Показать строки
checks-show-rows-tooltip = Показать в таблице только строки с замечаниями этого вида
checks-kept = В подсчёте по столбцам учтены только первые замечания каждого вида (не более { $limit }).
checks-go-tooltip = Перейти к этой ячейке в таблице
checks-suggested = Предлагается: { $values }
table-previous-error = ‹ Предыдущая ошибка
table-next-error = Следующая ошибка ›
code-blank-label = Столбец без названия
code-duplicate-label = Повторяющееся название столбца
code-missing-label = Нет столбца
code-extra-label = Столбца нет в схеме
code-incorrect-label = Неверное название столбца
code-blank-row = Пустая строка
code-extra-cell = Значение за последним столбцом
code-missing-cell = Нет значения в конце строки
code-type-error = Неверный тип или формат
code-constraint-error = Нарушено правило
code-unique-error = Повторяющееся значение
code-primary-key = Повторяющийся ключ
code-foreign-key = Нет в классификаторе или справочнике
code-hierarchy-error = Вне вышестоящей территории
code-footnote-row = Примечание загружено как данные
code-spacer-row = Строка из пробелов
code-period-in-header = Периоды как названия столбцов
code-schema-error = Правило схемы неприменимо
code-encoding-error = Байты, не являющиеся текстом
code-no-data-rows = Нет строк данных
code-merged-cells = Объединённая подпись над строками
code-total-mismatch = Итог не равен сумме частей
code-total-repeated = Итог указан дважды
code-value-jump = Резкое изменение относительно опубликованного
code-passport-missing = Пункт паспорта не заполнен
code-passport-language = Паспорт: не на всех языках

## Исправления и рецепт
fixes-title = Предлагаемые исправления
fixes-check-first = Проверьте таблицу, чтобы увидеть, что можно исправить.
fixes-none = Автоматически исправлять нечего.
fix-all = Исправить все
fix-all-tooltip = Применить это исправление ко всем строкам и записать его шагом рецепта
fix-one = Применить
fix-one-tooltip = Изменить только это значение (записывается шагом рецепта)
fix-values = Значения
fix-col-now = Сейчас
fix-col-becomes = Станет
fix-col-rows = Строк
fix-counts = Ячеек: { $cells }; разных значений: { $distinct }
fix-more = Не показано значений: { $count } («Исправить все» изменит и их).
fix-codes-choose = Ни одному названию не соответствует однозначный код: выберите код для каждого значения.
fix-choose-code = Выберите код
fix-kind-remove-rows = Удалить строки, не содержащие данных
fix-kind-trim = Убрать лишние пробелы в столбце { $field }
fix-kind-fill-down = Заполнить столбец { $field } вниз из объединённых ячеек
fix-kind-numbers = Записать числа в столбце { $field } так, как требует схема
fix-kind-dates = Записать даты в столбце { $field } так, как требует схема
fix-kind-codes = Заменить названия кодами классификатора в столбце { $field }
fix-kind-to-latin = Записать столбец { $field } латиницей
fix-kind-to-cyrillic = Записать столбец { $field } кириллицей
row-class-blank = Пустые строки
row-class-spacer = Строки из пробелов
row-class-footnote = Примечания и сноски
fix-kind-unpivot = Превратить периоды в заголовке в строки
fix-kind-totals = Удалить итоговые строки (Итого, Всего, Жами …)
row-class-total = Итоговые строки
fix-kind-mark-totals = Оставить итоговые строки и отметить их (столбец да/нет первым)
step-mark-totals = Отметить итоговые строки в { $field }
step-unpivot = Периоды из столбцов в строки ({ $period }, { $value }; столбцов: { $count })
unpivot-rows = Строк: { $before } → { $after }
unpivot-periods = Столбцы периодов и записываемый период:
unpivot-first-rows = Первые строки результата:
unpivot-empty = Пустые ячейки, строк не дают: { $count }
unpivot-added = Взяты новые столбцы периодов: { $labels }
unpivot-row-pair = { $first } и { $second }
unpivot-refused-rows = Отклонено: в строках { $pairs } одно и то же «{ $key }» и у каждой есть значение за один и тот же период, одно значение потерялось бы (совпадающих строк: { $count }).
unpivot-refused-columns = Отклонено: столбцы «{ $first }» и «{ $second }» дают один и тот же период { $period }, одно значение потерялось бы.
recipe-refused = отклонён: { $reason }
recipe-title = Рецепт
recipe-steps = Шагов: { $count }
recipe-empty = Шагов пока нет. Каждое принятое исправление записывается сюда, сохраняется вместе с набором данных, и его можно повторить на файле следующего месяца.
recipe-not-applied = ещё не применён к этому файлу
recipe-skipped = пропущен: в этом файле нет такого столбца
recipe-apply = Применить сохранённые шаги ({ $count })
recipe-apply-tooltip = Повторить шаги рецепта на этом файле
recipe-undo = Отменить последний шаг
recipe-undo-tooltip = Убрать последний шаг из рецепта и заново построить таблицу из файла
recipe-save-data = Сохранить данные как…
recipe-save-data-tooltip = Сохранить таблицу в текущем виде (с исправлениями) в CSV в кодировке UTF-8 или в книгу Excel
recipe-applying = Применение шагов…
recipe-last-change = Последнее изменение: ячеек изменено — { $cells }, строк удалено — { $rows }.
step-trim = Убрать лишние пробелы в столбце { $field }
step-fill-down = Заполнить пустые ячейки столбца { $field } значением сверху
step-numbers = Числа в столбце { $field } записаны по схеме
step-dates = Даты в столбце { $field } записаны по схеме
step-to-latin = Столбец { $field } латиницей
step-to-cyrillic = Столбец { $field } кириллицей
step-replace-one = В столбце { $field } заменить «{ $from }» на «{ $to }»
step-replace = В столбце { $field } заменить значений: { $count }
step-remove-rows = Удалить строки: { $kinds }

## Отчёт в виде книги Excel
xlsx-findings-sheet = Замечания
xlsx-data-sheet = Данные
xlsx-col-code = Код
xlsx-col-kind = Вид
xlsx-col-row = Строка
xlsx-col-column = Столбец
xlsx-col-field = Поле
xlsx-col-value = Значение
xlsx-col-message = Сообщение
xlsx-col-suggestions = Предлагаемые значения

## Публикация: ошибки, исходящие, цели и командная строка
publish-error-bad-token = Портал не принимает токен этой учётной записи. Удалите цель в разделе «Публикация → Цели», добавьте её заново с правильным токеном и повторите попытку.
publish-error-no-credentials = Для этой учётной записи не сохранён токен. Удалите цель в разделе «Публикация → Цели» и добавьте её заново с токеном.
publish-error-not-allowed = Этой учётной записи нельзя публиковать туда: { $detail }
publish-error-too-large = Файл больше, чем принимает портал. Разделите набор данных или попросите администраторов портала увеличить лимит.
publish-error-network = Портал недоступен ({ $detail }). Публикация ждёт в исходящих и будет отправлена, когда связь восстановится.
publish-error-refused = Портал отказал: { $detail }
publish-error-protocol = Портал ответил неожиданно ({ $detail }). Попытка будет повторена позже.
publish-error-file = Не удаётся прочитать { $path }: { $detail }
publish-error-not-confirmed = Портал не показывает отправленное: { $detail }
publish-error-cancelled = Остановлено. Публикация ждёт в исходящих.
publish-error-unsupported = Этот портал этого не поддерживает.
publish-error-plain-http = Токен передаётся только по зашифрованному соединению, а { $url } — это незашифрованный http. Укажите адрес портала, начинающийся с https://. (Простой http допускается только для этого компьютера: http://localhost, http://127.0.0.1, http://[::1].)
publish-error-address-credentials = В адресе портала указаны имя пользователя или пароль. Запишите адрес без них: токен хранится в системном хранилище паролей.
publish-error-address-invalid = Это не веб-адрес вида https://data.example.uz ({ $detail }).
publish-error-redirected = Портал перенаправил запрос на { $url } — другой адрес или незашифрованное соединение. Ochiq не отправил туда токен. Если это настоящий адрес портала, удалите цель и добавьте её заново с этим адресом.
outbox-error-no-job = В исходящих нет задания { $job }.
outbox-error-busy = Задание { $job } сейчас отправляет другое окно или команда.
outbox-error-db = Не удаётся открыть исходящие рабочей папки: { $detail }
job-queued = в очереди
job-sending = отправляется
job-sent = отправлено, ждёт подтверждения портала
job-confirmed = подтверждено порталом
job-failed = ошибка
job-paused = приостановлено
job-cancelled = отменено
push-no-dataset = В этой рабочей папке нет набора данных «{ $dataset }».
push-no-target = В этой рабочей папке нет цели «{ $target }». См.: ochiq target list
push-queued = Задание №{ $job }: { $dataset } за { $period } поставлено в очередь для { $target }.
push-manual = Загрузите файл на странице набора данных: { $url }  (файл: { $file })
target-no-token-given = Токен не передан на стандартный ввод.
target-keychain-failed = Не удалось сохранить токен в системном хранилище паролей: { $detail }
target-bad-kind = Неизвестный вид цели «{ $kind }»: используйте folder, ckan или egov.
target-bad-format = Неизвестный формат файла «{ $format }»: используйте csv, json или xlsx.
target-exists = Цель «{ $id }» уже существует.
target-ok = Подключено как { $user }. Можно публиковать в: { $organisations }
menu-publishing = Публикация
menu-publishing-waiting = Публикация ({ $count })
menu-publishing-tooltip = Публиковать наборы данных на портал, смотреть исходящие, историю и цели публикации
publish-title = Публикация
publish-tab-publish = Опубликовать
publish-tab-outbox = Исходящие ({ $count })
publish-tab-history = История
publish-tab-targets = Цели
publish-no-datasets = В этой рабочей папке пока нет наборов данных. Откройте файл данных и сначала опишите его как набор данных.
publish-choose-dataset = Выберите набор данных
publish-choose-target = Выберите цель
publish-dataset = Набор данных
publish-target = Цель
publish-period = Период
publish-period-tooltip = Отчётный период данных, например 2026-10, 2026-Q3 или 2025. Записывается в историю и используется календарём.
publish-check = Проверить перед публикацией
publish-check-tooltip = Проверить данные по схеме и спросить цель, примет ли она набор; ничего не отправляется
publish-send = Опубликовать сейчас
publish-send-tooltip = Поставить набор в исходящие и отправить сейчас; если сети нет, он уйдёт, когда она появится
publish-send-disabled = Сначала выполните «Проверить перед публикацией»; публикация доступна, когда у цели нет возражений
publish-stop = Остановить
publish-checking = Проверка…
publish-checks-heading = Перед публикацией
publish-data-valid = Данные верны: строк — { $rows }.
publish-data-invalid = Проверка нашла ошибки: { $errors } (проверено строк: { $rows }). Опубликовать данные всё равно можно, но портал покажет эти ошибки.
publish-jumps = { $count ->
    [one] { $count } число изменилось
    [few] { $count } числа изменились
    [many] { $count } чисел изменились
   *[other] { $count } числа изменились
} сильнее заданного множителя или сменили знак по сравнению с опубликованной версией (строки сопоставлены по: { $key }). Проверьте, не съехала ли десятичная запятая и верна ли единица измерения:
publish-jump-factor = Отмечать числа, изменившиеся относительно опубликованной версии более чем в ×
publish-jumps-none = Ни одно число не изменилось более чем в ×{ $factor } по сравнению с опубликованной версией.
publish-preflight-ok = Цель примет набор: учётная запись, организация, обязательные поля и размер в порядке.
preflight-no-organisation = Организации «{ $organisation }» нет на портале, или этой учётной записи нельзя в неё публиковать.
preflight-missing = Пункт паспорта «{ $field }» не заполнен, а портал требует его.
preflight-too-large = Файл занимает { $size } МБ; портал принимает не более { $limit } МБ.
publish-manual-upload = У этого портала нет API загрузки: его страница открыта в браузере. Загрузите там этот файл; Ochiq следит за каталогом и подтвердит, когда обновление появится:
publish-open-page = Открыть страницу набора данных
outbox-send-due = Отправить готовые задания
outbox-send-due-tooltip = Отправить все задания, чьё время пришло, и запросить ожидаемые подтверждения
outbox-import = Импортировать пакет из папки…
outbox-import-tooltip = Принять пакет, который другой Ochiq записал в папку или на флешку, чтобы отправить его отсюда
outbox-refresh = Обновить
outbox-empty = Исходящие пусты. Публикации ждут здесь, пока портал их не подтвердит.
outbox-retry = Отправить сейчас
outbox-pause = Приостановить
outbox-cancel = Отменить
outbox-col-job = Задание
outbox-col-dataset = Набор данных
outbox-col-period = Период
outbox-col-target = Цель
outbox-col-state = Состояние
outbox-col-updated = Обновлено
outbox-col-actions = Действия
history-filter = Набор данных
history-filter-hint = код содержит…
history-failures = Только ошибки
history-empty = Пока ничего не записано. Здесь перечисляются проверки и публикации.
history-col-when = Когда
history-col-what = Что
history-col-dataset = Набор данных
history-col-period = Период
history-col-target = Цель
history-col-detail = Подробности
history-kind-check = проверен
history-kind-queued = в очереди
history-kind-sent = отправлен
history-kind-already-there = уже на портале, повторно не отправлен
history-kind-confirmed = подтверждён
history-kind-waiting = ждёт подтверждения
history-kind-retrying = будет повторная попытка
history-kind-failed = ошибка
history-kind-paused = приостановлен
history-kind-resumed = возобновлён
history-kind-cancelled = отменён
history-kind-imported = импортирован из папки
history-kind-marked-done = отмечен выполненным вручную
keychain-ok = Токены хранятся в системном хранилище паролей.
keychain-checking = Проверка системного хранилища паролей…
keychain-unavailable = Системное хранилище паролей здесь недоступно. Токены нельзя сохранить на этом компьютере.
keychain-use-session = Хранить токены в памяти до конца сеанса
keychain-use-session-tooltip = Введённые токены хранятся только до закрытия Ochiq и никогда не записываются на диск; в следующий раз их нужно ввести снова
keychain-session-only = Токены хранятся только в памяти, до закрытия Ochiq.
target-kind-folder = Папка или флешка
target-kind-ckan = Портал CKAN
target-kind-egov = data.egov.uz
target-test = Проверить подключение
target-test-tooltip = Спросить цель, чья это учётная запись и куда ей можно публиковать
target-remove = Удалить
target-add-heading = Добавить цель
target-kind = Вид
target-id = Имя
target-url = Адрес портала
target-folder = Папка
target-organisation = Организация
target-token = API-токен
target-token-tooltip = Хранится в системном хранилище паролей, никогда в файле
target-max-upload = Лимит загрузки, МБ
target-format = Формат файла
target-format-tooltip = Какой готовый для портала файл получает эта цель: CSV, строки JSON, как их отдаёт портал, или книга Excel с жирным закреплённым заголовком, числами как числа и датами как даты.
target-add = Добавить цель
preflight-no-dataset = В каталоге этой организации на портале нет набора данных { $dataset }. Проверьте код и идентификатор портала в паспорте (Импорт структуры с портала).
preflight-columns = Столбцы отличаются от опубликованной структуры:
preflight-columns-missing = нет { $columns }
preflight-columns-extra = не опубликованы { $columns }
preflight-columns-repeated = повторяются { $columns }
compare-published = Опубликовано: { $code }, обновлено { $updated }, строк — { $rows }.
compare-same = Новая версия содержит те же столбцы и строки.
compare-rows = Строки: добавлено { $added }, удалено { $removed }, изменено { $changed }, без изменений { $same }.
compare-columns-added = Добавлены столбцы: { $columns }
compare-columns-removed = Удалены столбцы: { $columns }
publish-tab-catalogue = Каталог
catalogue-refresh = Прочитать каталог
catalogue-refresh-tooltip = Запросить у цели наборы данных организации: строки, последнее обновление и дни просрочки
catalogue-empty = Прочитайте каталог цели, чтобы увидеть, что портал показывает для вашей организации.
catalogue-col-code = Код
catalogue-col-title = Название
catalogue-col-rows = Строки
catalogue-col-updated = Обновлено
catalogue-col-late = Дней просрочки
publish-compare = Сравнить с опубликованными данными
publish-compare-tooltip = Загрузить то, что цель опубликовала для этого набора, и перечислить строки и столбцы, которые новая версия добавляет, удаляет или меняет

## Календарь: сроки, правила и праздники
calendar-title = Сроки
menu-calendar = Календарь
menu-calendar-attention = Календарь ({ $count })
menu-calendar-tooltip = Что и когда сдавать: каждый набор из утверждённого перечня, его ближайший срок и выполнен ли текущий период
calendar-tab-overview = Месяц
calendar-tab-overview-tooltip = Сроки месяца, что просрочено и что нужно сдать в ближайшие две недели
calendar-tab-inventory = Утверждённый перечень
calendar-tab-inventory-tooltip = Утверждённый перечень наборов данных организации: коды, периодичность, ответственные
calendar-tab-rules = Правила и праздники
calendar-tab-rules-tooltip = Как считаются сроки: дни после окончания периода, праздничные дни, напоминания
calendar-read-failed = Календарь не смог прочитать всё: { $detail }
calendar-not-saved = Не сохранено: { $detail }
calendar-empty-title = В утверждённом перечне пока нет наборов данных
calendar-empty-hint = Импортируйте утверждённый перечень организации из Excel, загрузите его с портала или добавьте наборы рабочей папки — тогда здесь появятся сроки.
calendar-go-inventory = Открыть утверждённый перечень
calendar-previous-month = Предыдущий месяц
calendar-next-month = Следующий месяц
calendar-previous-year = Предыдущий год
calendar-next-year = Следующий год
calendar-today = Сегодня
calendar-today-tooltip = Показать текущий месяц и сроки на сегодня
calendar-export-ics = Экспорт в календарь (.ics)…
calendar-export-ics-tooltip = Сохранить сроки с прошлого месяца на год вперёд в файл .ics для Outlook или Google Календаря; импорт более нового файла обновит события, а не продублирует их
calendar-ics-written = { $count ->
    [one] { $count } срок записан в { $path }
    [few] { $count } срока записаны в { $path }
    [many] { $count } сроков записано в { $path }
   *[other] { $count } сроков записано в { $path }
}
calendar-ics-name = Сроки открытых данных: { $organisation }
calendar-ics-summary = Срок: { $title }
calendar-ics-due = Срок — { $date }
calendar-month-1 = Январь
calendar-month-2 = Февраль
calendar-month-3 = Март
calendar-month-4 = Апрель
calendar-month-5 = Май
calendar-month-6 = Июнь
calendar-month-7 = Июль
calendar-month-8 = Август
calendar-month-9 = Сентябрь
calendar-month-10 = Октябрь
calendar-month-11 = Ноябрь
calendar-month-12 = Декабрь
calendar-of-month-1 = января
calendar-of-month-2 = февраля
calendar-of-month-3 = марта
calendar-of-month-4 = апреля
calendar-of-month-5 = мая
calendar-of-month-6 = июня
calendar-of-month-7 = июля
calendar-of-month-8 = августа
calendar-of-month-9 = сентября
calendar-of-month-10 = октября
calendar-of-month-11 = ноября
calendar-of-month-12 = декабря
calendar-date = { $day } { $month } { $year } г.
calendar-weekday-mon = Пн
calendar-weekday-tue = Вт
calendar-weekday-wed = Ср
calendar-weekday-thu = Чт
calendar-weekday-fri = Пт
calendar-weekday-sat = Сб
calendar-weekday-sun = Вс
calendar-saturday = суббота
calendar-sunday = воскресенье
holiday-new-year = Новый год
holiday-womens-day = Международный женский день
holiday-navruz = Навруз
holiday-remembrance-day = День памяти и почестей
holiday-independence-day = День независимости
holiday-teachers-day = День учителя и наставника
holiday-constitution-day = День Конституции
calendar-kind = Вид
calendar-kind-holiday = Праздничный день
calendar-kind-day-off = Выходной (перенос)
calendar-kind-working-day = Рабочий день (перенос)
calendar-status-done = выполнено
calendar-status-due-soon = скоро срок
calendar-status-overdue = просрочено
calendar-status-not-yet-due = срок не наступил
calendar-done-published = выполнено: опубликовано { $when } ({ $target })
calendar-done-later = выполнено: учтено обновлением за { $period }
calendar-done-marked = выполнено: отмечено вручную { $when }
calendar-done-portal = выполнено: на портале обновление от { $date }
calendar-due-today = срок сегодня
calendar-due-in = { $days ->
    [one] срок через { $days } день
    [few] срок через { $days } дня
    [many] срок через { $days } дней
   *[other] срок через { $days } дней
}
calendar-overdue = { $days ->
    [one] просрочено на { $days } день
    [few] просрочено на { $days } дня
    [many] просрочено на { $days } дней
   *[other] просрочено на { $days } дней
}
calendar-overdue-portal = { $days ->
    [one] просрочено на { $days } день
    [few] просрочено на { $days } дня
    [many] просрочено на { $days } дней
   *[other] просрочено на { $days } дней
} (по счёту портала — { $portal })
calendar-due-on = срок { $date }
calendar-rule-workspace = конец периода + { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дней
}, с переносом с выходных и праздников на следующий рабочий день (правило рабочей папки для периодичности «{ $periodicity }»; портал своё правило не публикует)
calendar-rule-own = конец периода + { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дней
}, с переносом с выходных и праздников на следующий рабочий день (собственное правило этого набора; портал своё правило не публикует)
calendar-moved = перенесён с { $date }: { $reasons }
calendar-deadline-title = { $code } { $title } — { $period }
calendar-responsible-is = Ответственный: { $name }
calendar-more = ещё { $count }
calendar-day-deadlines = { $count ->
    [one] { $count } срок
    [few] { $count } срока
    [many] { $count } сроков
   *[other] { $count } сроков
}
calendar-day-free = В этот день сроков нет.
calendar-overdue-heading = Просрочено ({ $count })
calendar-nothing-overdue = Ничего не просрочено.
calendar-next-heading = Сроки в ближайшие { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дней
}
calendar-nothing-next = В ближайшие две недели сроков нет.
calendar-open-dataset-tooltip = Открыть набор данных (или его строку в утверждённом перечне, если набор рабочей папки не привязан)
calendar-mark-done = Отметить выполненным
calendar-mark-done-tooltip = Обновление за этот период опубликовано вне Ochiq: записать в историю как выполненное
calendar-marked = { $title }, { $period }: отмечено выполненным
calendar-rules-intro = Срок периода — его последний день плюс указанное ниже число дней; срок, выпавший на субботу, воскресенье или праздник, переносится на следующий рабочий день. data.egov.uz не публикует своё правило, поэтому укажите то, которому следует ваша организация; у набора в утверждённом перечне может быть собственное правило.
calendar-days-after = Дней после окончания периода
calendar-days-after-tooltip = N в формуле «конец периода + N дней»
calendar-example = Пример
calendar-example-text = { $period } → { $date }
calendar-track-from = Учитывать сроки с
calendar-track-from-hint = Сроки до этой даты не показываются как просроченные. Пусто — последние двенадцать месяцев.
calendar-bad-date = Это не дата: «{ $text }». Напишите как 2026-03-20 или 20.03.2026.
calendar-remind-days = Напоминать о сроках в пределах
calendar-remind-days-tooltip = При запуске и пока Ochiq открыт, уведомление показывает просроченное и то, что нужно сдать в пределах этого числа дней
calendar-holidays = Праздничные дни
calendar-holidays-fixed = Ежегодные (встроены):
calendar-holidays-listed = Праздники и переносы этого года:
calendar-holidays-hint = Дни Хайита и переносы выходных объявляются каждый год: добавьте их здесь или импортируйте список (таблица со столбцом дат и, по желанию, названием и видом дня).
calendar-holidays-import = Импортировать список праздников…
calendar-holidays-import-tooltip = Прочитать даты из таблицы CSV или Excel: столбец дат (2026-03-20 или 20.03.2026), название и вид (праздник, выходной, рабочий день)
calendar-holidays-files = Таблицы
calendar-holidays-none = На { $year } год праздники и переносы не указаны.
calendar-holidays-imported = Список праздников импортирован: добавлено { $added }, изменено { $changed }.
calendar-holidays-not-imported = { $count ->
    [one] Список не импортирован: { $count } строку не удалось прочитать.
    [few] Список не импортирован: { $count } строки не удалось прочитать.
    [many] Список не импортирован: { $count } строк не удалось прочитать.
   *[other] Список не импортирован: { $count } строк не удалось прочитать.
}
calendar-holidays-bad-date = Строка { $row }: «{ $text }» — не дата.
calendar-holidays-bad-kind = Строка { $row }: «{ $text }» — не вид дня (праздник, выходной, рабочий день).
calendar-holiday-date = Дата
calendar-holiday-name = Название
calendar-holiday-add = Добавить
calendar-holiday-remove = Убрать этот день из списка
reminder-text = Сроки: просрочено — { $overdue }, нужно сдать в ближайшие { $days } дн. — { $soon }.
reminder-open = Открыть календарь
reminder-dismiss-tooltip = Скрыть напоминание, пока не наступит новый срок
cli-calendar-range = Сроки с { $from } по { $to }:
cli-calendar-summary = Сроков: { $total }; просрочено: { $overdue }, скоро срок: { $soon }, выполнено: { $done }.
calendar-earlier-open = { $count ->
    [one] и ещё { $count } более ранний период не выполнен ({ $first }); публикация последнего обычно закрывает и его
    [few] и ещё { $count } более ранних периода не выполнены (с { $first }); публикация последнего обычно закрывает и их
    [many] и ещё { $count } более ранних периодов не выполнены (с { $first }); публикация последнего обычно закрывает и их
   *[other] и ещё { $count } более ранних периодов не выполнены (с { $first }); публикация последнего обычно закрывает и их
}

## Утверждённый перечень наборов данных организации (экран календаря, вкладка перечня)
inventory-empty-title = Утверждённый перечень пуст
inventory-empty-hint = В утверждённом перечне — все наборы данных, которые организация обязана публиковать, их периодичность и ответственные; по нему календарь считает сроки. Импортируйте перечень министерства из Excel, синхронизируйте его с каталогом портала, добавьте наборы рабочей папки или внесите наборы вручную.
inventory-import = Импорт из Excel/CSV…
inventory-import-tooltip = Прочитать утверждённый перечень из файла Excel или CSV: вы укажете, какой столбец что содержит, и увидите строки до того, как что-либо будет добавлено
inventory-import-dialog = Выберите утверждённый перечень (Excel или CSV)
inventory-import-filter = Файлы Excel и CSV
inventory-reading = Чтение файла…
inventory-reading-cancel-tooltip = Прекратить чтение файла
inventory-sync-target = Источник
inventory-sync-target-tooltip = Портал (или папка), чей каталог заполняет перечень: коды, идентификаторы на портале, названия, последнее обновление и дни просрочки
inventory-sync-no-target = нет цели с каталогом
inventory-sync = Синхронизировать с порталом
inventory-sync-tooltip = Прочитать каталог цели и добавить его наборы в перечень; наборы, которые уже есть в перечне, получат идентификатор портала, названия, дату последнего обновления и дни просрочки
inventory-sync-disabled = Ни одна цель не предоставляет каталог: добавьте цель data.egov.uz в разделе «Публикация → Цели»
inventory-syncing = Чтение каталога…
inventory-synced = { $target }: в каталоге { $listed ->
    [one] { $listed } набор
    [few] { $listed } набора
    [many] { $listed } наборов
   *[other] { $listed } наборов
}; добавлено в перечень: { $added }, обновлено: { $updated }
inventory-add-datasets = Добавить наборы рабочей папки
inventory-add-datasets-tooltip = Добавить описанные наборы рабочей папки, которых ещё нет в перечне, и связать записи перечня с наборами по их коду
inventory-add-datasets-none = В рабочей папке пока нет описанных наборов
inventory-datasets-added = Добавлено в перечень: { $added }, связано или обновлено: { $updated }
inventory-add = Добавить вручную
inventory-add-tooltip = Внести набор в перечень, указав его код, названия и периодичность
inventory-dismiss-tooltip = Скрыть это сообщение
inventory-save-failed = Не удалось сохранить перечень: { $detail }
inventory-filter = Фильтр
inventory-filter-hint = код, название, ответственный…
inventory-filter-tooltip = Показывать только наборы, в коде, названиях, ответственном, связанном наборе или примечании которых есть этот текст
inventory-filter-nothing = Ни один набор перечня не подходит под фильтр.
inventory-count = { $count ->
    [one] { $count } набор в перечне
    [few] { $count } набора в перечне
    [many] { $count } наборов в перечне
   *[other] { $count } наборов в перечне
}
inventory-col-code = Код
inventory-col-code-tooltip = Код набора на портале, например 1-104-0012
inventory-col-title = Название
inventory-col-title-tooltip = Название на языке интерфейса, а если его нет — на другом языке из перечня
inventory-col-periodicity = Периодичность
inventory-col-periodicity-tooltip = Как часто набор нужно обновлять
inventory-col-rule = Срок
inventory-col-rule-tooltip = Дней после окончания периода: жирным — собственное правило набора, серым — правило рабочей папки для его периодичности
inventory-col-responsible = Ответственный
inventory-col-responsible-tooltip = Кто готовит набор
inventory-col-dataset = Набор
inventory-col-dataset-tooltip = Набор рабочей папки, в котором хранятся его схема и данные
inventory-col-updated = Обновление на портале
inventory-col-updated-tooltip = Когда портал в последний раз обновил набор (по последней синхронизации)
inventory-col-late = Дней просрочки
inventory-col-late-tooltip = Собственный счётчик просрочки портала (по последней синхронизации)
inventory-rule-days = { $days ->
    [one] +{ $days } день
    [few] +{ $days } дня
    [many] +{ $days } дней
   *[other] +{ $days } дней
}
inventory-rule-none = Срока нет: набор обновляется по мере необходимости или однократно
inventory-synced-from = Из каталога { $target }
inventory-select-hint = Щёлкните набор в таблице, чтобы изменить его.
inventory-edit-heading = Выбранный набор
inventory-new-heading = Новый набор
inventory-new-hint = Набор попадёт в перечень, как только у него будет код или название и вы покинете поле.
inventory-new-cancel = Отменить
inventory-new-cancel-tooltip = Не добавлять этот набор
inventory-field-code = Код
inventory-field-code-tooltip = Код набора на портале, например 1-104-0012; в перечне не повторяется
inventory-field-portal-id = ID на портале
inventory-field-portal-id-tooltip = Собственный идентификатор портала (data.egov.uz — 24-символьный structId, CKAN — имя набора); заполняется при синхронизации
inventory-field-title-uz-latn = Название (узбекский, латиница)
inventory-field-title-uz-cyrl = Название (узбекский, кириллица)
inventory-field-title-ru = Название (русский)
inventory-field-title-en = Название (английский)
inventory-field-title-tooltip = Название набора на этом языке, как в утверждённом перечне
inventory-field-periodicity = Периодичность
inventory-field-periodicity-tooltip = Как часто набор нужно обновлять; от неё зависят отчётные периоды и их сроки
inventory-field-days = Дней после окончания периода
inventory-field-days-tooltip = Срок — последний день периода плюс столько дней, с переносом с выходных и праздников
inventory-own-rule = Своё правило
inventory-own-rule-tooltip = Задать этому набору своё число дней вместо правила рабочей папки для его периодичности
inventory-days-suffix = { " " }дн.
inventory-workspace-rule = правило рабочей папки: { $days ->
    [one] +{ $days } день
    [few] +{ $days } дня
    [many] +{ $days } дней
   *[other] +{ $days } дней
}
inventory-field-responsible = Ответственный
inventory-field-responsible-tooltip = Кто готовит набор: фамилия, а также должность или телефон, как в перечне
inventory-field-dataset = Связанный набор
inventory-field-dataset-tooltip = Набор рабочей папки, в котором хранятся схема и данные этого набора
inventory-open-dataset = Открыть набор
inventory-open-dataset-tooltip = Открыть файл данных связанного набора в таблице
inventory-open-dataset-disabled = Сначала свяжите набор рабочей папки с файлом данных
inventory-field-note = Примечание
inventory-field-note-tooltip = Всё, что стоит помнить об этом наборе
inventory-portal-state = На портале
inventory-portal-updated = обновлён { $date }
inventory-portal-late = { $days ->
    [one] просрочен на { $days } день
    [few] просрочен на { $days } дня
    [many] просрочен на { $days } дней
   *[other] просрочен на { $days } дней
}
inventory-portal-open = Открыть на портале
inventory-code-taken = В перечне уже есть набор с кодом { $code }.
inventory-delete = Удалить…
inventory-delete-tooltip = Убрать набор из утверждённого перечня (потребуется подтверждение)
inventory-delete-confirm = Убрать { $name } из утверждённого перечня? Его сроки исчезнут из календаря; набор рабочей папки и история останутся.
inventory-delete-yes = Убрать из перечня
inventory-delete-yes-tooltip = Убрать сейчас
inventory-delete-no = Оставить
inventory-delete-no-tooltip = Не убирать набор
inventory-deleted = { $name } убран из перечня
inventory-import-heading = Импорт утверждённого перечня из { $name }
inventory-import-hint = Проверьте, какой столбец что содержит (Ochiq определил это по заголовкам и ячейкам), и просмотрите строки ниже; ничего не добавится, пока вы не нажмёте «Импортировать».
inventory-sheet-tooltip = Лист, на котором находится перечень
inventory-mapping-heading = Какой столбец что содержит
inventory-mapping-tooltip = Столбец файла с этим полем или «нет в файле»
inventory-column-none = — нет в файле —
inventory-mapping-incomplete = Укажите хотя бы столбец кодов или названий.
inventory-import-summary = Будет импортировано наборов: { $items }; пропущено строк: { $skipped }; замечаний: { $problems }.
inventory-import-go = Импортировать
inventory-import-go-tooltip = Добавить наборы в перечень или обновить те, что уже в нём есть (незаполненное в файле сохраняется), и сохранить
inventory-import-cancel = Отмена
inventory-import-cancel-tooltip = Закрыть файл, ничего не импортируя
inventory-preview-heading = { $rows ->
    [one] Первая { $rows } строка
    [few] Первые { $rows } строки
    [many] Первые { $rows } строк
   *[other] Первые { $rows } строк
} в том виде, в каком они будут импортированы
inventory-preview-row = Строка
inventory-preview-problems = Замечания
inventory-preview-skipped = пропущена
inventory-imported = Импорт завершён: добавлено { $added }, обновлено { $updated }, пропущено строк: { $skipped }
inventory-import-problems = Замечаний в файле: { $count }
inventory-problem-at = Строка { $row }: { $problem }
inventory-problem-periodicity = периодичность «{ $text }» Ochiq не знает; у набора остаётся периодичность из перечня (у нового — ежемесячно): выберите её в редакторе
inventory-problem-no-periodicity = периодичность не указана, принята ежемесячная: выберите её в редакторе
inventory-problem-days = «{ $text }» — не число дней от 0 до 366; действует правило рабочей папки
inventory-problem-empty = нет ни кода, ни названия; строка пропущена
inventory-problem-no-code = у «{ $title }» нет кода, и в перечне такого набора ещё нет; строка пропущена (впишите код в файл или добавьте набор вручную)
inventory-problem-duplicate = код { $code } уже есть в строке { $first }; строка пропущена
calendar-n-days = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дней
}
inventory-sync-network = Портал недоступен ({ $detail }). Повторите попытку, когда связь восстановится.
inventory-column-taken = { $column } (сейчас: { $field })
inventory-sheet-empty = На этом листе под заголовком нет строк: выберите лист с перечнем или строку заголовка.

## Размеры файлов (I18n::size)
size-bytes = { $value } Б
size-kb = { $value } КБ
size-mb = { $value } МБ
size-gb = { $value } ГБ

## Типы Table Schema и строгие границы: в замечаниях и редакторе схемы
field-type-string = текст
field-type-number = число
field-type-integer = целое число
field-type-boolean = логическое значение (да/нет)
field-type-object = объект
field-type-array = массив
field-type-list = список
field-type-datetime = дата и время
field-type-date = дата
field-type-time = время
field-type-year = год
field-type-yearmonth = год и месяц
field-type-duration = длительность
field-type-geopoint = географическая точка
field-type-geojson = объект GeoJSON
field-type-any = любое значение
finding-type-with-format = { $kind } в формате { $format }
constraint-exclusive-minimum = Нижняя граница (не включая)
constraint-exclusive-maximum = Верхняя граница (не включая)

## Первый запуск, меню «Вид», сочетания клавиш, сброс демо для тренера
welcome-title = Добро пожаловать в Ochiq
welcome-intro = Ochiq готовит открытые наборы данных вашей организации, проверяет их по единой структуре и классификаторам, публикует их и следит за сроками. Всё работает без интернета.
welcome-language = Язык интерфейса
welcome-demo-title = Сначала осмотреться
welcome-demo-text = Демонстрационная рабочая папка — условное министерство с десятком наборов данных, ошибками для поиска и исправления, просроченными сроками и историей публикаций. Ничего не покидает этот компьютер.
welcome-demo-button = Открыть демонстрационную папку
welcome-demo-tooltip = Закрыть этот экран и работать в демонстрационной папке; свою рабочую папку можно настроить позже на левой панели
welcome-own-title = Настроить рабочую папку организации
welcome-own-text = Рабочая папка хранит ваши наборы данных, справочники, очередь публикаций и историю. Выберите её на этом компьютере или на общем диске.
welcome-organisation = Организация
welcome-organisation-hint = например, Министерство дошкольного образования
welcome-organisation-tooltip = Название организации, как на портале
welcome-folder = Папка
welcome-folder-choose = Выбрать…
welcome-folder-tooltip = Выбрать папку на диске; существующая рабочая папка Ochiq откроется как есть
welcome-create = Создать рабочую папку
welcome-create-tooltip = Создать рабочую папку в выбранном месте и открыть её
welcome-create-disabled = Сначала укажите название организации и выберите папку
welcome-later = Всё это можно изменить позже: язык — на верхней панели, рабочую папку — на левой. { $help } показывает сочетания клавиш.
demo-reset = Сбросить демо…
demo-reset-tooltip = Вернуть демонстрационную папку к исходному виду — для следующего занятия
demo-reset-title = Сбросить демонстрационную папку?
demo-reset-question = Все изменения в демонстрационной папке (паспорта, принятые исправления, публикации, импортированные списки) будут удалены, а исходное демо распаковано заново. Ваши рабочие папки не затрагиваются.
demo-reset-yes = Сбросить демо
demo-reset-no = Отмена
workspace-open-demo-tooltip = Открыть встроенную демонстрационную папку — условное министерство для практики
menu-recent-tooltip = Недавно открытые файлы
menu-view = Вид
menu-view-tooltip = Масштаб, цвета, размер текста и режим презентации
view-zoom = Масштаб: { $percent } %
view-theme = Цвета
theme-system = Как в системе
theme-light = Светлые
theme-dark = Тёмные
theme-high-contrast = Высокий контраст
view-text-size = Размер текста
text-size-normal = Обычный
text-size-large = Крупный
text-size-projector = Для проектора
view-presentation = Режим презентации
view-presentation-tooltip = Высокий контраст и текст для проектора на занятии; выключите, чтобы вернуться к своим настройкам
view-shortcuts = Сочетания клавиш
view-shortcuts-tooltip = Показать сочетания клавиш
shortcuts-title = Сочетания клавиш
shortcut-open = Открыть файл
shortcut-save = Сохранить набор данных
shortcut-check = Проверить таблицу
shortcut-next-error = Следующая ошибка в таблице
shortcut-previous-error = Предыдущая ошибка в таблице
shortcut-tabs = Вкладки «Таблица», «Паспорт», «Схема», «Проверка», «График»
shortcut-calendar = Календарь
shortcut-publishing = Публикация
shortcut-classifiers = Классификаторы
shortcut-zoom-in = Увеличить
shortcut-zoom-out = Уменьшить
shortcut-zoom-reset = Исходный масштаб
shortcut-presentation = Включить или выключить режим презентации
shortcut-focus = Перейти к следующему или предыдущему элементу
shortcut-focus-keys = Tab / Shift+Tab
shortcut-press = Нажать выбранную кнопку
shortcut-press-keys = Enter / Пробел
shortcut-help = Этот список
table-previous-error-tooltip = Перейти к предыдущей ячейке с ошибкой
table-next-error-tooltip = Перейти к следующей ячейке с ошибкой
tab-table-tooltip = Данные в виде таблицы
tab-passport-tooltip = Паспорт набора данных: названия, описание, периодичность, ответственный
tab-schema-tooltip = Типы, форматы, ограничения и классификаторы столбцов
tab-checks-tooltip = Проверить таблицу и исправить найденное
notice-dismiss-tooltip = Скрыть это сообщение
switch-save-tooltip = Сохранить изменения набора данных и открыть другой файл
switch-discard-tooltip = Открыть другой файл, отказавшись от несохранённых изменений
switch-stay-tooltip = Остаться в этом файле
describe-button-tooltip = Определить схему по таблице и начать паспорт
calendar-go-inventory-tooltip = Перейти к утверждённому перечню: импортировать его, взять с портала или добавить наборы вручную
calendar-kind-of = Вид дня { $date }
calendar-kind-tooltip = Праздник или перенесённый выходной сдвигает сроки на следующий рабочий день; перенесённый рабочий день считается рабочим
calendar-holiday-remove-named = Убрать { $date }
calendar-holiday-date-tooltip = День, который нужно добавить: 2026-03-20 или 20.03.2026
calendar-holiday-name-tooltip = Название дня, как оно будет показано в календаре (можно не заполнять)
calendar-holiday-add-tooltip = Добавить день в список; сроки, выпадающие на него, сразу сдвинутся
calendar-track-from-tooltip = Дата, с которой учитываются сроки, в виде 2026-01-01; пусто — последние двенадцать месяцев
table-resize-column = Ширина столбца { $name }
columns-card = Столбец { $name }: { $kind }
columns-card-tooltip = Выделить этот столбец в таблице
lang-box-tooltip = Текст на языке: { $language }
lang-box-missing-tooltip = Не заполнено ({ $language }): портал требует все четыре языка
passport-code-tooltip = Код набора на data.egov.uz, например 1-001-0008
passport-portal-id-tooltip = Внутренний ID набора на портале; заполняется после первой публикации или из каталога
passport-sphere-tooltip = Сфера портала, в которой значится набор
passport-periodicity-tooltip = Как часто обновляются данные; по ней календарь считает сроки
passport-licence-tooltip = Условия, на которых другие могут использовать данные
passport-contact-tooltip = Кто отвечает на вопросы о данных; показывается на портале
passport-coverage-tooltip = Код СОАТО территории, которую охватывают данные: 17 — вся страна, 1703 — Андижанская область
schema-missing-empty-tooltip = Считать пустую ячейку отсутствием данных: в обязательных полях она всё равно будет отмечена
schema-col-name-tooltip = Название поля, как в заголовке файла; при переименовании ключи и ссылки на него сохраняются
schema-col-type-tooltip = Какие значения в поле: текст, целые числа, числа, даты…; проверка отметит значения другого типа
schema-col-format-tooltip = Как записаны даты, например %d.%m.%Y для 31.12.2026
schema-col-decimal-tooltip = Знак между целой и дробной частью: точка или запятая
schema-col-group-tooltip = Знак между разрядами тысяч, например пробел в 1 000 000
schema-col-required-tooltip = В каждой строке здесь должно быть значение
schema-col-unique-tooltip = Значения здесь не должны повторяться
schema-col-key-tooltip = Часть первичного ключа: поля, которые вместе различают строки
schema-col-classifier-tooltip = Справочник, из которого должны быть значения, например СОАТО для территорий
schema-col-level-tooltip = Принимаются только коды этого уровня справочника (области, районы…)
schema-col-parent-tooltip = Поле уровнем выше: каждый код здесь должен входить в код того поля в той же строке
constraint-minimum-tooltip = Наименьшее допустимое значение (число или дата); пусто — без ограничения
constraint-maximum-tooltip = Наибольшее допустимое значение (число или дата); пусто — без ограничения
constraint-min-length-tooltip = Наименьшее число знаков в значении; пусто — без ограничения
constraint-max-length-tooltip = Наибольшее число знаков в значении; пусто — без ограничения
constraint-pattern-tooltip = Регулярное выражение, которому должно соответствовать каждое значение, например ^17[0-9]{"{"}5{"}"}$
constraint-enum-tooltip = Единственные допустимые значения через запятую; пусто — любое значение
calendar-dismiss-tooltip = Скрыть это сообщение
classifiers-close-tooltip = Закрыть классификаторы и вернуться к открытому файлу
classifiers-none-imported = В этой рабочей папке пока нет своих справочников, только поставляемые с Ochiq. Импортируйте справочник своего министерства из файла CSV или Excel.
classifiers-import-own = Импортировать свой справочник…
classifiers-search-name = Поиск по кодам
classifiers-search-tooltip = Введите первые цифры кода или название латиницей или кириллицей; находятся и близкие написания
classifiers-nothing-found = Ничего не найдено: попробуйте меньше цифр кода или более короткую часть названия.
classifiers-col-code-tooltip = Столбец, в котором записан код каждой позиции
classifiers-col-optional-tooltip = Столбец с этими сведениями, если он есть в файле
classifiers-id-tooltip = Короткое имя справочника латиницей без пробелов; по нему на справочник ссылаются схемы
classifiers-version-tooltip = Какая это редакция справочника, например 2026-01; прежние версии остаются доступны
classifiers-source-tooltip = Откуда взят справочник: постановление, сайт, файл
classifiers-name-tooltip = Название справочника на этом языке, как его покажет редактор схемы
classifiers-import-do-tooltip = Проверить коды и добавить справочник в эту рабочую папку
classifiers-import-cancel-tooltip = Закрыть файл, ничего не импортируя
checks-cancel-tooltip = Остановить проверку; ничего не изменится
checks-empty-hint = Проверьте таблицу, чтобы увидеть, какие строки портал не примет и почему; исправления найденного появятся справа.
checks-valid-next = Исправлять нечего: набор можно опубликовать на экране публикации.
fix-choice-name = Код для { $value }
fix-choice-tooltip = Коды классификатора с названиями, наиболее близкими к этому значению; лучшие сверху
fix-one-choose-first = Сначала выберите код для этого значения
fix-busy = Дождитесь, пока файл прочитается и закончится проверка или применение шагов
recipe-undo-disabled = Ни один шаг рецепта ещё не изменил эту таблицу
publish-target-tooltip = Куда отправляется набор: data.egov.uz, портал CKAN или папка либо флешка
publish-dataset-tooltip = Набор рабочей папки, который нужно опубликовать, с его паспортом и схемой
publish-tab-publish-tooltip = Проверить набор и отправить его в цель
publish-tab-outbox-tooltip = Публикации, ожидающие отправки или подтверждения портала
publish-tab-history-tooltip = Все проверки и публикации, записанные в этой рабочей папке
publish-tab-catalogue-tooltip = Что портал показывает по вашей организации и насколько это актуально
publish-tab-targets-tooltip = Порталы и папки, в которые публикует эта рабочая папка, и их токены
publish-stop-tooltip = Остановить отправку; задание останется в исходящих, его можно отправить снова
outbox-refresh-tooltip = Перечитать исходящие с изменениями из командной строки или другого окна
outbox-go-publish = Опубликовать набор
outbox-job-action = { $action }: задание { $job }
outbox-retry-tooltip = Отправить это задание сейчас, не дожидаясь следующей попытки
outbox-pause-tooltip = Держать задание в исходящих и не отправлять, пока вы не отправите его сами
outbox-cancel-tooltip = Отменить задание; по нему больше ничего не отправляется
history-filter-tooltip = Показать только записи, код набора которых содержит этот текст
history-failures-tooltip = Показать только неудачные проверки и публикации
history-nothing-matches = Ни одна запись не подходит под фильтр: очистите поле набора или снимите флажок «Только ошибки».
target-remove-named = Удалить цель { $target }
target-test-named = Проверить подключение к { $target }
calendar-mark-done-named = Отметить выполненным: { $deadline }
target-remove-tooltip = Убрать цель из списка; опубликованное остаётся на портале
source-delimiter-tooltip = Знак между ячейками строки; при выборе другого файл читается заново
source-sheet-tooltip = Лист книги, который нужно прочитать; строка заголовка ищется заново
source-has-header-tooltip = Снимите флажок, если первая строка уже содержит данные: тогда столбцы нумеруются

## Первые шаги в новой рабочей папке
start-title = С чего начать
start-intro = Рабочая папка готова. Четыре шага сделают её рабочим местом вашей организации:
start-list = Импортировать утверждённый перечень…
start-list-text = Перечень наборов данных, которые организация обязана публиковать, — из файла Excel министерства или с портала; их сроки появятся в календаре.
start-open = Открыть файл данных…
start-open-text = Файл CSV, Excel или выгрузку портала ({ $shortcut }) или перетащите файл в окно; затем опишите его как набор данных и проверьте.
start-target = Добавить, куда публиковать…
start-target-text = data.egov.uz или портал CKAN, токен хранится в хранилище паролей системы; для папки или флешки учётная запись не нужна.
start-demo = Сначала потренироваться на демо
start-demo-text = Условное министерство с ошибками для исправления и сроками; ваша рабочая папка останется как есть.

## Подробности в истории публикаций
history-detail-checked = { $rows ->
    [one] { $rows } строка
    [few] { $rows } строки
    [many] { $rows } строк
   *[other] { $rows } строки
}, { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
    [many] { $errors } ошибок
   *[other] { $errors } ошибки
}
history-detail-folder = { $path } ({ $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байта
    [many] { $bytes } байт
   *[other] { $bytes } байта
}, SHA-256 { $sha }…)
history-detail-portal-file = { $bytes ->
    [one] { $bytes } байт
    [few] { $bytes } байта
    [many] { $bytes } байт
   *[other] { $bytes } байта
} по адресу { $url }
history-detail-portal-updated = обновлён на портале { $updated }
history-detail-portal-waiting = на портале ещё не обновлён: последнее обновление { $updated }, при публикации было { $noted }
history-detail-rows = { $rows ->
    [one] { $rows } строка
    [few] { $rows } строки
    [many] { $rows } строк
   *[other] { $rows } строки
}
history-detail-late = { $days ->
    [one] опоздание на { $days } день
    [few] опоздание на { $days } дня
    [many] опоздание на { $days } дней
   *[other] опоздание на { $days } дня
}
publish-unconfirmed-dataset-missing = на портале нет такого набора данных
publish-unconfirmed-title = название на портале: «{ $found }»
publish-unconfirmed-file-missing = у набора на портале нет файла данных
publish-unconfirmed-size = на портале у файла { $found ->
    [one] { $found } байт
    [few] { $found } байта
    [many] { $found } байт
   *[other] { $found } байта
}, а отправлено { $sent }
publish-unconfirmed-served-size = портал отдаёт { $served ->
    [one] { $served } байт
    [few] { $served } байта
    [many] { $served } байт
   *[other] { $served } байта
}, а отправлено { $sent }
publish-unconfirmed-not-in-catalogue = набора { $dataset } больше нет в каталоге организации
publish-unconfirmed-another-file = в папке лежит не тот файл, что был записан
publish-unconfirmed-unreadable = не удаётся прочитать записанное в { $path }: { $detail }

## Подсказки первого запуска, меню «Вид» и сброса демо
welcome-language-tooltip = Показывать Ochiq на этом языке; язык можно сменить позже на верхней панели
view-theme-tooltip = Цвета окна; высокий контраст лучше всего читается на проекторе и при слабом зрении
view-text-size-tooltip = Размер всего текста; масштаб (Ctrl + и Ctrl −) увеличивает всё окно
demo-reset-no-tooltip = Оставить демонстрационную папку как есть
fix-all-named = Исправить все: { $fix }
checks-show-rows-named = Показать строки: { $kind }
fix-one-named = Применить к «{ $value }»

## Charts
tab-chart = График
tab-chart-tooltip = Показать числовой столбец по периодам или по регионам, а каждый итог — рядом с суммой его частей
chart-working = Строится график…
chart-no-numbers-title = Нечего показать
chart-no-numbers = В этой таблице нет числового столбца. Для графика нужен столбец чисел (тип «целое число» или «число» в схеме).
chart-column = Столбец
chart-show = Показать
chart-by-period = По периодам
chart-by-region = По регионам
chart-period = Период
chart-all-rows = Все строки
chart-no-regions = В строках нет кодов регионов: для столбцов по регионам нужен столбец, привязанный к СОАТО
chart-no-region-values = Ни у одного региона нет значения в этом периоде.
chart-averaged = В этом столбце доли, средние или коэффициенты: значения усредняются, а не суммируются.
chart-not-numbers = Значения, которые не являются числами (учтены, не показаны): { $count }
chart-no-published = Опубликованная версия этого набора здесь неизвестна. Сравните его с опубликованными данными на экране «Публикация», чтобы показать опубликованные значения рядом с новыми.
chart-published-lacks = В опубликованной версии нет столбца с таким именем.
chart-published-note = Опубликованные значения (из последнего сравнения) показаны рядом с новыми.
chart-key-new = Новые значения
chart-key-published = Опубликованные значения
chart-key-total = Строка итога
chart-key-sum = Сумма его частей
chart-line-name = Линейный график: { $column } по периодам
chart-bars-name = Столбчатая диаграмма: { $column } по регионам, { $period }
chart-totals-name = Столбчатая диаграмма: итоги столбца { $column } рядом с суммой их частей
chart-summary = Значения: { $values }
chart-value-published = { $value } (опубликовано { $published })
chart-totals-title = Итоги рядом с суммой их частей
chart-totals-averaged = Доли, средние и коэффициенты не сравниваются с суммой частей.
chart-no-totals = Ни у одной строки итога нет в таблице всех частей: сравнивать нечего.
chart-total-holds = { $period }: { $name } { $total } равно сумме его частей ({ $parts }).
chart-total-differs = { $period }: { $name } { $total }, сумма его частей ({ $parts }) { $sum }, разница { $difference }
columns-histogram = Гистограмма столбца { $name }: от { $from } до { $to }
columns-not-numbers = Не числа, не показаны: { $count }

## The table's find bar, sort, filters and editing by hand
find-label = Найти
find-hint = Текст для поиска
find-tooltip = Ищет текст в ячейках таблицы. Enter — к следующему совпадению, Shift+Enter — к предыдущему, Esc закрывает панель.
find-column = В
find-all-columns = Все столбцы
find-exact = С учётом регистра
find-exact-tooltip = Искать текст в точности как введён: регистр, алфавит и апострофы. Если выключено, они не различаются: «Бўстон» находит и то же название латиницей.
find-previous = Назад
find-previous-tooltip = К предыдущему совпадению
find-next = Далее
find-next-tooltip = К следующему совпадению
find-close = Закрыть поиск
find-close-tooltip = Убрать панель поиска (Esc)
find-counting = Подсчёт совпадений…
find-none = Совпадений нет
find-n-of-m = { $n } из { $total }
find-total = { $count ->
    [one] { $total } совпадение
    [few] { $total } совпадения
    [many] { $total } совпадений
   *[other] { $total } совпадения
}
find-loading = Просмотрены { $rows } строк, прочитанных к этому моменту: файл ещё загружается.
filter-chip-is = { $column } = «{ $value }»
filter-chip-is-not = { $column } ≠ «{ $value }»
filter-chip-empty = { $column }: пусто
filter-chip-findings-in = Замечания в столбце { $column }
filter-chip-findings-of = Замечания: { $kind }
filter-menu = Фильтр по ячейке
filter-menu-tooltip = Показать только часть строк по значению выбранной ячейки (те же команды — по правому щелчку на ячейке)
filter-menu-disabled = Сначала выберите ячейку
filter-remove = Убрать фильтр: { $filter }
filter-remove-tooltip = Убрать этот фильтр
filter-clear = Убрать все фильтры
filter-clear-tooltip = Снова показать все строки
filter-shown = Показано строк: { $shown } из { $rows }
filter-only-value = Только строки с «{ $value }»
filter-without-value = Строки без «{ $value }»
filter-empty = Только строки, где { $column } пусто
filter-findings-in = Только строки с замечаниями в столбце { $column }
filter-value-keep = Только строки с «{ $value }» в столбце { $column }
filter-value-drop = Строки без «{ $value }» в столбце { $column }
sort-ascending = Сортировка по столбцу { $column }, по возрастанию
sort-descending = Сортировка по столбцу { $column }, по убыванию
sort-file-order = Порядок файла
sort-file-order-tooltip = Снова показать строки в порядке файла
sort-running = Сортировка и фильтрация…
sort-cancel-tooltip = Остановить сортировку или фильтрацию; таблица останется такой, как была показана
sort-button = Сортировать по столбцу { $column }
sort-button-tooltip = Сортировать по этому столбцу: по возрастанию, по убыванию, затем снова в порядке файла. Данные и номера строк не меняются.
edit-cell = Изменить ячейку
edit-delete-row = Удалить строку…
edit-cell-name = Новое значение: { $column }, строка { $row }
edit-delete-ask = Удалить строку { $row }? Это записывается в рецепт, и это можно отменить.
edit-delete-confirm = Удалить строку
edit-delete-keep = Оставить
step-edit = В столбце { $field } строки { $key }: «{ $old }» исправлено на «{ $new }»
step-delete-row = Строка { $key } удалена
recipe-by-hand-skipped = { $count ->
    [one] { $count } правка вручную не применена: её строки или прежнего значения нет в этом файле.
    [few] { $count } правки вручную не применены: их строк или прежних значений нет в этом файле.
    [many] { $count } правок вручную не применены: их строк или прежних значений нет в этом файле.
   *[other] { $count } правок вручную не применены: их строк или прежних значений нет в этом файле.
}
recipe-by-hand-not-found = не применено: в этом файле нет такой строки с таким значением
shortcut-find = Найти в таблице
shortcut-find-next = Следующее / предыдущее совпадение
shortcut-sort = Сортировать по выбранному столбцу
shortcut-edit = Изменить выбранную ячейку (Enter — сохранить, Esc — отменить)
shortcut-delete-row = Удалить выбранную строку
history-kind-edited = изменено вручную
history-detail-by-hand = Ячеек исправлено: { $cells }; строк удалено: { $rows }
## Personal data
code-personal-data = Персональные данные
finding-personal-data = «{ $field }» содержит персональные данные ({ $kind }): { $count ->
    [one] { $count } значение
    [few] { $count } значения
    [many] { $count } значений
   *[other] { $count } значения
}, например { $examples }. Публиковать их можно только после записанной проверки.
personal-kind-pinfl = ПИНФЛ (ЖШШИР)
personal-kind-passport = серия и номер паспорта
personal-kind-full-name = ФИО граждан
personal-kind-birth-date = даты рождения
personal-kind-phone = личные номера телефонов
personal-kind-address = домашние адреса
fix-kind-drop-personal = Удалить столбец «{ $field }»
fix-kind-mask-personal = Замаскировать столбец «{ $field }»
fix-kind-aggregate-personal = Посчитать строки по остальным столбцам
fix-personal-column = { $kind }: значений — { $cells }.
fix-personal-examples = После маскировки: { $examples }
fix-personal-aggregate-rows = Строк было { $before }, станет итогов: { $after }; все столбцы с персональными данными убираются. Первые строки:
step-drop-column = Удалить столбец «{ $field }»
step-mask = Замаскировать «{ $field }» (остаются первый и последний символы)
step-aggregate = Посчитать строки по столбцам { $by } в «{ $count }»
publish-error-personal-data = Персональные данные без записанной проверки в столбцах: { $columns }. Замаскируйте или удалите эти столбцы либо запишите проверку с основанием для публикации.
history-kind-reviewed = персональные данные проверены
history-detail-reviewed = { $reviewer } разрешил(а) { $columns } ({ $reason })
review-reason-consent = согласие граждан
review-reason-public-by-law = открытый по закону реестр
review-reason-not-personal = это не персональные данные
review-reason-other = другое основание
review-bad-ground = Неизвестное основание «{ $ground }»: укажите одно из { $grounds }.
review-needs-reason = Для проверки нужно имя проверяющего, а при основании «{ $other }» — пояснение словами (--reason).
review-recorded = Проверка записана: { $reviewer } разрешил(а) { $columns } ({ $reason }).
review-none-found = В данных, как они будут опубликованы, персональных данных не найдено.
review-column = «{ $field }»: { $kind }, значений: { $count } (например, { $examples })
review-column-reviewed = проверено
review-column-unreviewed = не проверено
review-how = Замаскируйте или удалите эти столбцы («Проверка → Предлагаемые исправления» в окне) либо запишите проверку: ochiq review НАБОР --reviewer ИМЯ --ground { $grounds } --reason ТЕКСТ
publish-personal-heading = Персональные данные: без проверки не публикуются
publish-personal-how = Замаскируйте или удалите эти столбцы в разделе «Проверка → Предлагаемые исправления» (или посчитайте строки по остальным столбцам) либо запишите, кто и на каком основании разрешил их публикацию.
publish-personal-review = Записать проверку…
publish-personal-review-tooltip = Укажите, кто проверил персональные данные, какие столбцы можно публиковать и на каком основании; запись хранится с набором, в истории и в опубликованном пакете.
review-title = Проверка персональных данных
review-intro = Персональные данные граждан можно публиковать только на основании, которое признаёт закон (ЗРУ-547): согласие граждан или реестр, открытый по закону. Проверка хранится с набором, записывается в историю и в манифест опубликованного пакета.
review-reviewer = Проверил(а)
review-reviewer-hint = ФИО и должность
review-ground = Основание
review-note = Словами
review-note-hint = Формы согласия, закон и статья …
review-columns = Разрешённые столбцы
review-save = Записать проверку
review-save-tooltip = Записывает проверку и проверяет набор снова.
review-save-disabled = Укажите проверяющего, отметьте столбец, а для другого основания поясните его словами.
review-cancel = Отмена
publish-personal-reviewed = Персональные данные разрешил(а) { $reviewer } ({ $reason }): { $columns }.

# Ochiq — English (the fallback language: every id lives here first).
#
# Glossary: one term per concept, in every file. workspace (the folder of datasets, code lists,
# outbox and history); dataset; approved list (the datasets an organisation must publish);
# passport; schema; classifier; code list; check, finding, error; fix; recipe; publish;
# target (where a dataset is published); outbox; history; deadline; period; periodicity;
# overdue; row; column (a schema's field); cell; calendar; token; system keychain.

## Top bar
menu-open = Open…
menu-open-tooltip = Open a CSV, TSV, Excel, ODS or portal JSON file
menu-recent = Recent
menu-recent-empty = No recent files
menu-recent-clear = Clear the list
menu-language = Language
menu-language-tooltip = Interface language; the choice is remembered

## Dialogs
dialog-open-title = Open a data file
dialog-open-filter = Data files
dialog-workspace-title = Choose the workspace folder
drop-hint = Drop the file to open it

## Empty state
empty-title = No file is open
empty-hint = Open a file with the button below or Ctrl+O, drag one here, or pick one from the workspace on the left.

## Workspace panel
workspace-title = Workspace
workspace-demo = Demo workspace
workspace-none = No workspace is open.
workspace-files = { $count ->
    [0] No data files
    [one] One data file
   *[other] { $count } data files
}
workspace-empty = Put data files into { $folder } or open a file from anywhere.
workspace-choose = Choose workspace…
workspace-choose-tooltip = Use another folder as your workspace; Ochiq creates what it needs there
workspace-open-demo = Open the demo workspace

## Source bar
source-reading = Reading…
source-detected = { $value } (detected)
source-encoding-switch = { $from } → { $to } from line { $line }
source-encoding-switch-tooltip = Lines up to { $line } hold only plain Latin letters and digits, the same in both encodings; from line { $line } the bytes are not { $from } text, so the rest of the file was read as { $to }
source-encoding = Encoding
source-encoding-tooltip = If letters look wrong, choose another encoding and the file is read again
source-delimiter = Delimiter
source-quote = Quote
source-quote-tooltip = The character that wraps values containing the delimiter
source-sheet = Sheet
source-header-row = Header row
source-header-row-tooltip = The row that holds the column names; rows above it are a title block
source-has-header = Has a header row
source-preamble = Above the table: { $text }
source-loading = Loading… { $rows } rows so far
source-cancel = Cancel
source-cancel-tooltip = Stop reading; the rows read so far stay on screen
source-size = { $count ->
    [one] { $rows } row
   *[other] { $rows } rows
} × { $columns ->
    [one] { $columns } column
   *[other] { $columns } columns
}
source-cancelled = Loading stopped: { $rows } rows shown, the rest of the file was not read
source-failed = The file could not be read

## Formats and delimiters
format-delimited = Delimited text
format-portal-json = Portal JSON
delimiter-semicolon = Semicolon ;
delimiter-comma = Comma ,
delimiter-tab = Tab
delimiter-pipe = Vertical bar |
delimiter-none = None (one column)

## Table
table-unnamed-column = Column { $n }
table-extra-column = Extra { $n }
table-column-tooltip = { $name }: click to see this column's profile
table-scrollbar = Rows

## Column panel
columns-title = Columns
columns-profiling = Profiling columns…
columns-waiting = The profile appears when the file has been read.
columns-filled = Filled
columns-empty = Empty
columns-distinct = Distinct
columns-distinct-more = more than { $n }
columns-min = Smallest
columns-max = Largest
columns-top = Most frequent
kind-empty = empty
kind-integer = integer
kind-number = number
kind-date = date
kind-boolean = yes/no
kind-code = code
kind-text = text

## Status bar
status-ready = Ready
status-cell = Row { $row }, { $column }:

## Messages
notice-dismiss = Close
file-error-not-found = { $name } was not found. It may have been moved or deleted.
file-error-permission = Ochiq is not allowed to read { $name }. Check the file's permissions.
file-error-io = { $name } could not be read.
file-error-empty = { $name } is empty: there is nothing to show.
file-error-binary = { $name } is not a table: it holds binary data. Open a CSV, Excel, ODS or portal JSON file.
file-error-unsupported = { $name } is a .{ $ext } file, which Ochiq does not read. Open a CSV, Excel, ODS or portal JSON file.
file-error-workbook = { $name } is damaged or not a real workbook. Open it in Excel or LibreOffice and save it again.
file-error-no-sheet = { $name } has no sheet called “{ $sheet }”.
file-error-no-sheets = { $name } has no sheets.
file-error-json = { $name } is not valid JSON; the file may be cut short.
file-error-json-not-rows = { $name } is JSON, but not a list of rows as the portal exports them.
file-error-delimited = { $name } could not be read as a text table.
file-error-cancelled = Reading { $name } was stopped.
workspace-error-io = The workspace folder { $path } cannot be used.
workspace-error-corrupt = The workspace file { $path } is damaged. Ochiq did not change it; restore it from a backup or choose another folder.
workspace-error-not-workspace = { $path } is not an Ochiq workspace.
workspace-error-no-data-dir = This computer has no folder for application data; choose a workspace folder.
job-error-lost = A background task stopped unexpectedly. Try again; if it happens again, please report it.
prefs-error-not-saved = Your preferences could not be saved.

## Datasets: tabs and saving
tab-table = Table
tab-passport = Passport
tab-schema = Schema
dataset-new = New dataset, not saved yet
dataset-saving = Saving…
dataset-unsaved = Unsaved changes
dataset-saved = Saved
dataset-save = Save
dataset-save-tooltip = Save the passport and schema as datapackage.json in the workspace
switch-unsaved = The passport or schema of this file has unsaved changes. Open { $name } anyway?
switch-save = Save, then open
switch-discard = Open without saving
switch-stay = Stay here
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
passport-coverage-unknown = not a SOATO code
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
schema-missing-empty = Empty cell means no data
schema-missing-others = Other “no data” marks
schema-missing-tooltip = Values that mean “no data” in every column, like the statistics dash; separate them with spaces
schema-edit-titles = Edit this field's titles, description and constraints
schema-any-level = any level
group-space = space
group-nbsp = no-break space
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

## Classifiers
menu-classifiers = Classifiers
menu-classifiers-tooltip = Browse the reference classifiers (SOATO, portal spheres) and import your own code lists
dialog-code-list-title = Choose a code list to import (CSV or Excel)
classifiers-title = Reference classifiers
classifiers-import = Import a code list…
classifiers-import-tooltip = Read a CSV or Excel file and choose which columns hold the code, parent, level and names
classifiers-close = Back to the file
classifiers-bundled = bundled with Ochiq
classifiers-imported = imported into this workspace
classifiers-entries = { $count ->
    [one] one code
   *[other] { $count } codes
}
classifiers-about = { $id }, version { $version }, { $count } codes
classifiers-search = Search by code or by name in any script
classifiers-shown = Shown: { $count }
classifiers-import-file = { $name }: { $rows } rows
classifiers-col-code = Code column
classifiers-col-parent = Parent code column
classifiers-col-level = Level column
classifiers-col-name = Name column, { $lang }
classifiers-id = Identifier
classifiers-version = Version
classifiers-source = Source
classifiers-name = Name, { $lang }
classifiers-import-do = Import
classifiers-import-cancel = Cancel
classifier-error-empty-code = Row { $row } has no code.
classifier-error-duplicate = Row { $row } repeats the code { $code } of row { $first }.
classifier-error-parent = Row { $row }: the parent { $parent } of code { $code } is not in the list.
classifier-error-cycle = Row { $row }: code { $code } is its own ancestor.
classifier-error-no-rows = The file has no rows.
classifier-error-id = “{ $id }” cannot be an identifier: use small Latin letters, digits, - _ and . only.
classifier-error-version = “{ $version }” cannot be a version: use Latin letters, digits, - _ and . only.
classifier-error-exists = { $id } version { $version } is already in the workspace; give the new one another version.
classifier-error-other = The code list could not be imported: { $detail }

## Validation findings
finding-blank-label = Column { $column } has no name.
finding-duplicate-label = The column name “{ $value }” appears twice.
finding-missing-label = The column “{ $field }” of the schema is missing from the file.
finding-extra-label = The file has a column “{ $value }” the schema does not know.
finding-incorrect-label = Column { $column } is “{ $value }”, the schema expects “{ $field }”.
finding-incorrect-label-moved = Column { $column } is “{ $value }”, the schema expects “{ $field }” here: the columns are in another order.
finding-incorrect-label-renamed = Column { $column } is “{ $value }”, the schema expects “{ $field }”: the column seems renamed.
finding-blank-row = Row { $row } is empty.
finding-extra-cell = Row { $row } has a value “{ $value }” beyond the last column.
finding-missing-cell = Row { $row } has no value for “{ $field }”.
finding-type-error = Row { $row }, “{ $field }”: “{ $value }” is not a valid { $kind }.
finding-constraint-error = Row { $row }, “{ $field }”: “{ $value }” breaks the rule “{ $constraint }”.
finding-constraint-required = Row { $row }: “{ $field }” must not be empty.
finding-unique-error = Row { $row }, “{ $field }”: “{ $value }” repeats a value that must be unique.
finding-primary-key = Row { $row }: the key “{ $value }” repeats an earlier row.
finding-foreign-key = Row { $row }, “{ $field }”: “{ $value }” is not in { $reference }.
finding-hierarchy-error = Row { $row }, “{ $field }”: { $value } does not lie inside { $parent } (“{ $parentfield }”).
finding-footnote-row = Row { $row } is a note, not data: “{ $value }”.
finding-spacer-row = Row { $row } holds only spaces.
finding-period-in-header = Periods are used as column names ({ $labels }); the portal expects a period column.
finding-schema-error = The schema rule for “{ $field }” cannot be applied: { $detail }
finding-encoding-error = Row { $row }, column { $column }: the bytes { $bytes } are not { $encoding } text; the cell shows them as \xNN.
finding-no-data-rows = The sheet “{ $sheet }” has no data rows; the data is on: { $sheets }.
finding-no-data-rows-file = The file has no data rows below its header.
finding-merged-cells = Rows { $first }–{ $last }, “{ $field }”: “{ $value }” is one cell merged over these rows; only the first row holds it.
finding-total-mismatch = Row { $row }, “{ $field }”: the total { $total } of { $code } is not the sum of its { $parts } parts, { $sum } (a difference of { $difference }).
finding-total-mismatch-in = Row { $row }, “{ $field }”, { $period }: the total { $total } of { $code } is not the sum of its { $parts } parts, { $sum } (a difference of { $difference }).
finding-total-words = Rows { $rows } hold { $words }, not numbers, and are left out of the sum.
finding-total-repeated = Row { $row }: the total { $code } is given again in the same period (first in row { $first }); neither is compared with its parts.
finding-value-jump = Row { $row }, “{ $field }” ({ $key }): { $old } → { $new }, { $change } against the published version.
finding-value-jump-sign = Row { $row }, “{ $field }” ({ $key }): { $old } → { $new }, the sign changed against the published version.
finding-passport-missing = Passport: “{ $field }” is empty.
finding-passport-language = Passport: “{ $field }” lacks { $languages }.

## Command line
cli-valid = Valid: { $rows } rows checked, no errors.
cli-invalid = Invalid: { $rows } rows checked, { $count ->
    [one] one error
   *[other] { $errors } errors
}.
cli-count = { $code }: { $count }
cli-shown = The first { $shown } of each kind are listed; use --json for all kept findings.
cli-cannot-read = Cannot read { $path }: { $detail }
cli-bad-encoding = Ochiq does not read the encoding “{ $name }”; use { $names }.
cli-bad-delimiter = “{ $value }” cannot be a delimiter; use ; , | or tab.
cli-source-sheet = sheet “{ $sheet }”
cli-source-header = { $count ->
    [one] header on row { $rows }
   *[other] header on rows { $rows }
}
source-encoding-switched = Read as { $from } up to line { $line }, where bytes that are not { $from } begin; from there on as { $to }.

## Checks
tab-checks = Checks
checks-run = Check the table
checks-run-again = Check again
checks-run-tooltip = Check every row against the dataset's schema and the classifiers (or, for a file not described yet, against the schema Ochiq infers)
checks-running = Checking…
checks-export = Save the report…
checks-export-tooltip = Save every kept finding with its message: as an Excel workbook with the error cells marked in the data, as CSV, or as JSON
checks-inferred = This file is not a dataset yet: it is checked against the schema Ochiq infers from it.
checks-none-yet = Not checked yet.
checks-valid = Valid: { $rows } rows checked, no errors.
checks-invalid = { $count ->
    [one] One error
   *[other] { $errors } errors
} in { $rows } rows.
checks-by-kind = By kind
checks-by-column = By column
checks-show-rows = Show rows
checks-show-rows-tooltip = Show only the rows with this kind of problem in the table
checks-kept = Columns count the first { $limit } findings of each kind.
checks-go-tooltip = Go to this cell in the table
checks-suggested = Suggested: { $values }
table-previous-error = ‹ Previous error
table-next-error = Next error ›
code-blank-label = Column without a name
code-duplicate-label = Repeated column name
code-missing-label = Column missing
code-extra-label = Column not in the schema
code-incorrect-label = Wrong column name
code-blank-row = Empty row
code-extra-cell = Value beyond the last column
code-missing-cell = Missing value at the row's end
code-type-error = Wrong type or format
code-constraint-error = Rule broken
code-unique-error = Repeated value
code-primary-key = Repeated key
code-foreign-key = Not in the classifier or reference
code-hierarchy-error = Outside its parent territory
code-footnote-row = Note loaded as data
code-spacer-row = Row of spaces
code-period-in-header = Periods as column names
code-schema-error = Schema rule cannot be applied
code-encoding-error = Bytes that are not text
code-no-data-rows = No data rows
code-merged-cells = Label merged over rows
code-total-mismatch = Total is not the sum of its parts
code-total-repeated = Total given twice
code-value-jump = Value jumped against the published version
code-passport-missing = Passport item empty
code-passport-language = Passport language missing

## Fixes and the recipe
fixes-title = Suggested fixes
fixes-check-first = Check the table to see what can be fixed.
fixes-none = Nothing to fix automatically.
fix-all = Fix all
fix-all-tooltip = Apply this fix to every row and record it as a step of the recipe
fix-one = Apply
fix-one-tooltip = Change only this value (recorded as a step of the recipe)
fix-values = Values
fix-col-now = Now
fix-col-becomes = Becomes
fix-col-rows = Rows
fix-counts = Cells: { $cells }; distinct values: { $distinct }
fix-more = Not listed: { $count } more values ("Fix all" changes them too).
fix-codes-choose = No name has one clear code: choose a code for each value.
fix-choose-code = Choose a code
fix-kind-remove-rows = Remove rows that are not data
fix-kind-trim = Trim spaces in { $field }
fix-kind-fill-down = Fill { $field } down from the merged labels
fix-kind-numbers = Write numbers in { $field } the way the schema says
fix-kind-dates = Write dates in { $field } the way the schema says
fix-kind-codes = Replace names with classifier codes in { $field }
fix-kind-to-latin = Write { $field } in Latin script
fix-kind-to-cyrillic = Write { $field } in Cyrillic script
row-class-blank = Empty rows
row-class-spacer = Rows of spaces
row-class-footnote = Notes and footnotes
fix-kind-unpivot = Turn the periods in the header into rows
fix-kind-totals = Remove total rows (Jami, Итого, Total …)
row-class-total = Total rows
fix-kind-mark-totals = Keep total rows and mark them (a yes/no column first)
step-mark-totals = Mark total rows in { $field }
step-unpivot = Periods across the columns into rows ({ $period }, { $value }; { $count } columns)
unpivot-rows = Rows: { $before } → { $after }
unpivot-periods = Each period column and the period written:
unpivot-first-rows = First rows of the result:
unpivot-empty = Empty cells, which give no row: { $count }
unpivot-added = New period columns taken: { $labels }
unpivot-row-pair = { $first } and { $second }
unpivot-refused-rows = Refused: rows { $pairs } have the same “{ $key }” and each a value for the same period, so one value would be lost ({ $count } { $count ->
    [one] row collides
   *[other] rows collide
}).
unpivot-refused-columns = Refused: the columns “{ $first }” and “{ $second }” both give the period { $period }, so one value would be lost.
recipe-refused = refused: { $reason }
recipe-title = Recipe
recipe-steps = Steps: { $count }
recipe-empty = No steps yet. Every fix you accept is recorded here, saved with the dataset, and can be replayed on next month's file.
recipe-not-applied = not applied to this file yet
recipe-skipped = skipped: this file has no such column
recipe-apply = Apply saved steps ({ $count })
recipe-apply-tooltip = Replay the recipe's steps on this file
recipe-undo = Undo last step
recipe-undo-tooltip = Remove the last step from the recipe and rebuild the table from the file
recipe-save-data = Save data as…
recipe-save-data-tooltip = Save the table as it is now (with the fixes) as CSV in UTF-8 or as an Excel workbook
recipe-applying = Applying steps…
recipe-last-change = Last change: cells changed: { $cells }; rows removed: { $rows }.
step-trim = Trim spaces in { $field }
step-fill-down = Fill empty cells in { $field } with the value above
step-numbers = Numbers in { $field } written as the schema says
step-dates = Dates in { $field } written as the schema says
step-to-latin = { $field } in Latin script
step-to-cyrillic = { $field } in Cyrillic script
step-replace-one = In { $field }, replace "{ $from }" with "{ $to }"
step-replace = In { $field }, replace { $count } values
step-remove-rows = Remove rows: { $kinds }

## The report as an Excel workbook
xlsx-findings-sheet = Findings
xlsx-data-sheet = Data
xlsx-col-code = Code
xlsx-col-kind = Kind
xlsx-col-row = Row
xlsx-col-column = Column
xlsx-col-field = Field
xlsx-col-value = Value
xlsx-col-message = Message
xlsx-col-suggestions = Suggested values

## Publishing: errors, the outbox, targets and the command line
publish-error-bad-token = The portal does not accept this account's token. Remove the target under Publishing → Targets, add it again with the right token, and try again.
publish-error-no-credentials = No token is stored for this account. Remove the target under Publishing → Targets and add it again with its token.
publish-error-not-allowed = This account may not publish there: { $detail }
publish-error-too-large = The file is larger than the portal accepts. Split the dataset or ask the portal's administrators to raise the limit.
publish-error-network = The portal cannot be reached ({ $detail }). The publish waits in the outbox and is sent when the connection is back.
publish-error-refused = The portal refused it: { $detail }
publish-error-protocol = The portal answered something unexpected ({ $detail }). It will be tried again later.
publish-error-file = Cannot read { $path }: { $detail }
publish-error-not-confirmed = The portal does not show what was sent: { $detail }
publish-error-cancelled = Stopped. The publish waits in the outbox.
publish-error-unsupported = This portal does not offer that.
publish-error-plain-http = A token is sent only over an encrypted connection, and { $url } is plain http. Use the portal's https:// address. (Plain http is allowed only to this computer: http://localhost, http://127.0.0.1, http://[::1].)
publish-error-address-credentials = The portal's address holds a user name or password. Write the address without them: the token is kept in the system keychain.
publish-error-address-invalid = This is not a web address such as https://data.example.uz ({ $detail }).
publish-error-redirected = The portal sent the request on to { $url }, another address or an unencrypted one. Ochiq did not send the token there. If that is the portal's real address, remove the target and add it again with that address.
outbox-error-no-job = There is no job { $job } in the outbox.
outbox-error-busy = Job { $job } is being sent by another window or command.
outbox-error-db = The workspace's outbox cannot be opened: { $detail }
job-queued = queued
job-sending = sending
job-sent = sent, awaiting the portal's confirmation
job-confirmed = confirmed by the portal
job-failed = failed
job-paused = paused
job-cancelled = cancelled
push-no-dataset = No dataset "{ $dataset }" in this workspace.
push-no-target = No target "{ $target }" in this workspace. See: ochiq target list
push-queued = Job #{ $job }: { $dataset } for { $period } queued for { $target }.
push-manual = Upload the file on the dataset's page: { $url }  (file: { $file })
target-no-token-given = No token was given on standard input.
target-keychain-failed = The token could not be stored in the system keychain: { $detail }
target-bad-kind = Unknown target kind "{ $kind }": use folder, ckan or egov.
target-bad-format = Unknown file format "{ $format }": use csv, json or xlsx.
target-exists = A target "{ $id }" already exists.
target-ok = Connected as { $user }. May publish into: { $organisations }
menu-publishing = Publishing
menu-publishing-waiting = Publishing ({ $count })
menu-publishing-tooltip = Publish datasets to the portal, see the outbox, the history and the publish targets
publish-title = Publishing
publish-tab-publish = Publish
publish-tab-outbox = Outbox ({ $count })
publish-tab-history = History
publish-tab-targets = Targets
publish-no-datasets = No datasets in this workspace yet. Open a data file and describe it as a dataset first.
publish-choose-dataset = Choose a dataset
publish-choose-target = Choose a target
publish-dataset = Dataset
publish-target = Target
publish-period = Period
publish-period-tooltip = The reporting period the data covers, e.g. 2026-10, 2026-Q3 or 2025. Recorded in the history and used by the calendar.
publish-check = Check before publishing
publish-check-tooltip = Check the data against its schema and ask the target whether it would accept the dataset; nothing is sent
publish-send = Publish now
publish-send-tooltip = Queue the dataset in the outbox and send it now; if the network is down it is sent when it is back
publish-send-disabled = Run "Check before publishing" first; publishing opens when the target has nothing against it
publish-stop = Stop
publish-checking = Checking…
publish-checks-heading = Before publishing
publish-data-valid = The data is valid: { $rows } rows.
publish-data-invalid = Errors found: { $errors }, in { $rows } rows checked. You may still publish the data, but the portal will show the errors.
publish-jumps = { $count ->
    [one] One number changed
   *[other] { $count } numbers changed
} more than the set factor, or changed sign, against the published version (rows matched by { $key }). Check them for a slipped decimal comma or a wrong unit:
publish-jump-factor = Flag numbers that changed against the published version by more than ×
publish-jumps-none = No number changed by more than ×{ $factor } against the published version.
publish-preflight-ok = The target accepts the dataset: the account, the organisation, the required fields and the size are in order.
preflight-no-organisation = The organisation "{ $organisation }" does not exist on the portal, or this account may not publish into it.
preflight-missing = The passport item "{ $field }" is empty; the portal requires it.
preflight-too-large = The file has { $size } MB; the portal takes at most { $limit } MB.
publish-manual-upload = This portal has no upload API: its page has been opened in the browser. Upload this file there; Ochiq watches the catalogue and confirms when the update shows:
publish-open-page = Open the dataset's page
outbox-send-due = Send due jobs now
outbox-send-due-tooltip = Send every queued job whose time has come, and ask for confirmations that are due
outbox-import = Import a package from a folder…
outbox-import-tooltip = Take in a package another Ochiq wrote to a folder or USB stick, to send it from here
outbox-refresh = Refresh
outbox-empty = The outbox is empty. Publishes wait here until the portal confirms them.
outbox-retry = Send now
outbox-pause = Pause
outbox-cancel = Cancel
outbox-col-job = Job
outbox-col-dataset = Dataset
outbox-col-period = Period
outbox-col-target = Target
outbox-col-state = State
outbox-col-updated = Updated
outbox-col-actions = Actions
history-filter = Dataset
history-filter-hint = code contains…
history-failures = Failures only
history-empty = Nothing recorded yet. Checks and publishes are listed here.
history-col-when = When
history-col-what = What
history-col-dataset = Dataset
history-col-period = Period
history-col-target = Target
history-col-detail = Detail
history-kind-check = checked
history-kind-queued = queued
history-kind-sent = sent
history-kind-already-there = already on the portal, not sent again
history-kind-confirmed = confirmed
history-kind-waiting = awaiting confirmation
history-kind-retrying = will retry
history-kind-failed = failed
history-kind-paused = paused
history-kind-resumed = resumed
history-kind-cancelled = cancelled
history-kind-imported = imported from a folder
history-kind-marked-done = marked done by hand
keychain-ok = Tokens are kept in the system keychain.
keychain-checking = Checking the system keychain…
keychain-unavailable = The system keychain cannot be used here. Tokens cannot be saved on this computer.
keychain-use-session = Keep tokens in memory for this session
keychain-use-session-tooltip = Tokens you enter are kept only until Ochiq closes, never written to disk; you enter them again next time
keychain-session-only = Tokens are kept in memory only, until Ochiq closes.
target-kind-folder = Folder or USB stick
target-kind-ckan = CKAN portal
target-kind-egov = data.egov.uz
target-test = Test connection
target-test-tooltip = Ask the target who this account is and where it may publish
target-remove = Remove
target-add-heading = Add a target
target-kind = Kind
target-id = Name
target-url = Portal address
target-folder = Folder
target-organisation = Organisation
target-token = API token
target-token-tooltip = Kept in the system keychain, never in a file
target-max-upload = Upload limit, MB
target-format = File format
target-format-tooltip = The portal-ready file this target gets: CSV, JSON rows as the portal offers them, or an Excel workbook with the header bold and frozen, numbers as numbers and dates as dates.
target-add = Add target
preflight-no-dataset = The portal's catalogue for this organisation has no dataset { $dataset }. Check the passport's portal code and id (Import structure from the portal).
preflight-columns = The columns differ from the published structure:
preflight-columns-missing = missing { $columns }
preflight-columns-extra = not published { $columns }
preflight-columns-repeated = repeated { $columns }
compare-published = Published: { $code }, updated { $updated }, { $rows } rows.
compare-same = The new version holds the same columns and rows.
compare-rows = Rows: { $added } added, { $removed } removed, { $changed } changed, { $same } the same.
compare-columns-added = Columns added: { $columns }
compare-columns-removed = Columns removed: { $columns }
publish-tab-catalogue = Catalogue
catalogue-refresh = Read the catalogue
catalogue-refresh-tooltip = Ask the target for the organisation's datasets: rows, last update and days overdue
catalogue-empty = Read the target's catalogue to see what the portal lists for your organisation.
catalogue-col-code = Code
catalogue-col-title = Title
catalogue-col-rows = Rows
catalogue-col-updated = Updated
catalogue-col-late = Days overdue
publish-compare = Compare with the published data
publish-compare-tooltip = Download what the target has published for this dataset and list the rows and columns the new version adds, removes or changes

## Calendar: deadlines, rules and holidays
calendar-title = Deadlines
menu-calendar = Calendar
menu-calendar-attention = Calendar ({ $count })
menu-calendar-tooltip = What is due when: every dataset on the approved list, its next deadline and whether this period is done
calendar-tab-overview = Month
calendar-tab-overview-tooltip = The month's deadlines, what is overdue and what is due in the next two weeks
calendar-tab-inventory = Approved list
calendar-tab-inventory-tooltip = The organisation's approved list of datasets: codes, periodicity, who is responsible
calendar-tab-rules = Rules and holidays
calendar-tab-rules-tooltip = How deadlines are counted: days after the period's end, public holidays, reminders
calendar-read-failed = The calendar could not read everything: { $detail }
calendar-not-saved = Not saved: { $detail }
calendar-empty-title = No datasets on the approved list yet
calendar-empty-hint = Import the organisation's approved list from Excel, take it from the portal, or add the workspace's datasets; deadlines then appear here.
calendar-go-inventory = Open the approved list
calendar-previous-month = Previous month
calendar-next-month = Next month
calendar-previous-year = Previous year
calendar-next-year = Next year
calendar-today = Today
calendar-today-tooltip = Show this month and today's deadlines
calendar-export-ics = Export to calendar (.ics)…
calendar-export-ics-tooltip = Save the deadlines from last month to a year ahead as an .ics file for Outlook or Google Calendar; importing a newer file updates the events instead of duplicating them
calendar-ics-written = { $count ->
    [one] One deadline written to { $path }
   *[other] { $count } deadlines written to { $path }
}
calendar-ics-name = Open data deadlines: { $organisation }
calendar-ics-summary = Deadline: { $title }
calendar-ics-due = Due { $date }
calendar-month-1 = January
calendar-month-2 = February
calendar-month-3 = March
calendar-month-4 = April
calendar-month-5 = May
calendar-month-6 = June
calendar-month-7 = July
calendar-month-8 = August
calendar-month-9 = September
calendar-month-10 = October
calendar-month-11 = November
calendar-month-12 = December
calendar-of-month-1 = January
calendar-of-month-2 = February
calendar-of-month-3 = March
calendar-of-month-4 = April
calendar-of-month-5 = May
calendar-of-month-6 = June
calendar-of-month-7 = July
calendar-of-month-8 = August
calendar-of-month-9 = September
calendar-of-month-10 = October
calendar-of-month-11 = November
calendar-of-month-12 = December
calendar-date = { $day } { $month } { $year }
calendar-weekday-mon = Mon
calendar-weekday-tue = Tue
calendar-weekday-wed = Wed
calendar-weekday-thu = Thu
calendar-weekday-fri = Fri
calendar-weekday-sat = Sat
calendar-weekday-sun = Sun
calendar-saturday = Saturday
calendar-sunday = Sunday
holiday-new-year = New Year
holiday-womens-day = International Women's Day
holiday-navruz = Navroʻz
holiday-remembrance-day = Day of Remembrance and Honour
holiday-independence-day = Independence Day
holiday-teachers-day = Teachers' and Instructors' Day
holiday-constitution-day = Constitution Day
calendar-kind = Kind
calendar-kind-holiday = Public holiday
calendar-kind-day-off = Day off (transfer)
calendar-kind-working-day = Working day (transfer)
calendar-status-done = done
calendar-status-due-soon = due soon
calendar-status-overdue = overdue
calendar-status-not-yet-due = not yet due
calendar-done-published = done: published { $when } ({ $target })
calendar-done-later = done: covered by the update for { $period }
calendar-done-marked = done: marked by hand { $when }
calendar-done-portal = done: the portal shows an update on { $date }
calendar-due-today = due today
calendar-due-in = { $days ->
    [one] due in one day
   *[other] due in { $days } days
}
calendar-overdue = { $days ->
    [one] overdue by one day
   *[other] overdue by { $days } days
}
calendar-overdue-portal = { $days ->
    [one] overdue by one day
   *[other] overdue by { $days } days
} (the portal counts { $portal })
calendar-due-on = deadline { $date }
calendar-rule-workspace = { $days ->
    [one] period end + 1 day
   *[other] period end + { $days } days
}, moved past weekends and holidays to the next working day (the workspace's rule for the periodicity “{ $periodicity }”; the portal does not publish its own)
calendar-rule-own = { $days ->
    [one] period end + 1 day
   *[other] period end + { $days } days
}, moved past weekends and holidays to the next working day (this dataset's own rule; the portal does not publish its own)
calendar-moved = moved from { $date }: { $reasons }
calendar-deadline-title = { $code } { $title } — { $period }
calendar-responsible-is = Responsible: { $name }
calendar-more = +{ $count } more
calendar-day-deadlines = { $count ->
    [one] one deadline
   *[other] { $count } deadlines
}
calendar-day-free = No deadlines on this day.
calendar-overdue-heading = Overdue ({ $count })
calendar-nothing-overdue = Nothing is overdue.
calendar-next-heading = Due in the next { $days } days
calendar-nothing-next = Nothing is due in the next two weeks.
calendar-open-dataset-tooltip = Open the dataset (or its entry on the approved list when no workspace dataset is linked)
calendar-mark-done = Mark done
calendar-mark-done-tooltip = The update for this period was published outside Ochiq: record it in the history as done
calendar-marked = { $title }, { $period }: marked done
calendar-rules-intro = A period's deadline is its last day plus the days below; a deadline on a Saturday, Sunday or public holiday moves to the next working day. data.egov.uz does not publish the rule it uses, so set the one your organisation follows; a dataset can have its own on the approved list.
calendar-days-after = Days after the period's end
calendar-days-after-tooltip = N in "period end + N days"
calendar-example = Example
calendar-example-text = { $period } → { $date }
calendar-track-from = Count deadlines from
calendar-track-from-hint = Deadlines before this date are not shown as overdue. Empty: the last twelve months.
calendar-bad-date = Not a date: "{ $text }". Write it as 2026-03-20 or 20.03.2026.
calendar-remind-days = Remind me of deadlines within
calendar-remind-days-tooltip = On start and while Ochiq is open, a notice lists what is overdue and what is due within this many days
calendar-holidays = Public holidays
calendar-holidays-fixed = Every year (built in):
calendar-holidays-listed = This year's holidays and transfers:
calendar-holidays-hint = The Hayit days and the transfers of days off are announced each year: add them here or import a list (a table with a date column, and optionally a name and a kind).
calendar-holidays-import = Import a holiday list…
calendar-holidays-import-tooltip = Read dates from a CSV or Excel table: a date column (2026-03-20 or 20.03.2026), a name, and a kind (holiday, day off, working day)
calendar-holidays-files = Tables
calendar-holidays-none = No holidays or transfers listed for { $year }.
calendar-holidays-imported = Holiday list imported: { $added } added, { $changed } changed.
calendar-holidays-not-imported = { $count ->
    [one] The list was not imported: one row cannot be read.
   *[other] The list was not imported: { $count } rows cannot be read.
}
calendar-holidays-bad-date = Row { $row }: "{ $text }" is not a date.
calendar-holidays-bad-kind = Row { $row }: "{ $text }" is not a kind of day (holiday, day off, working day).
calendar-holiday-date = Date
calendar-holiday-name = Name
calendar-holiday-add = Add
calendar-holiday-remove = Remove this day from the list
reminder-text = Deadlines: { $overdue ->
    [0] nothing overdue
    [one] one overdue
   *[other] { $overdue } overdue
}, { $soon ->
    [0] nothing due
    [one] one due
   *[other] { $soon } due
} within { $days } days.
reminder-open = Open the calendar
reminder-dismiss-tooltip = Hide this reminder until something else falls due
cli-calendar-range = Deadlines from { $from } to { $to }:
cli-calendar-summary = { $total } deadlines: { $overdue } overdue, { $soon } due soon, { $done } done.
calendar-earlier-open = { $count ->
    [one] and one earlier period not done ({ $first }); publishing the latest usually covers it
   *[other] and { $count } earlier periods not done (since { $first }); publishing the latest usually covers them
}

## Inventory: the organisation's approved list of datasets (calendar screen, Inventory tab)
inventory-empty-title = The approved list is empty
inventory-empty-hint = The approved list names every dataset your organisation must publish, how often, and who prepares it; the calendar counts deadlines from it. Import the ministry's Excel list, sync it from the portal's catalogue, add the workspace's datasets, or add datasets by hand.
inventory-import = Import from Excel/CSV…
inventory-import-tooltip = Read the approved list from an Excel or CSV file: you choose which column is which and see the rows before anything is added
inventory-import-dialog = Choose the approved list (Excel or CSV)
inventory-import-filter = Excel and CSV files
inventory-reading = Reading the file…
inventory-reading-cancel-tooltip = Stop reading the file
inventory-sync-target = Sync from
inventory-sync-target-tooltip = The portal (or folder) whose catalogue fills the list: codes, portal ids, titles, last update and days overdue
inventory-sync-no-target = no target lists a catalogue
inventory-sync = Sync from the portal
inventory-sync-tooltip = Read the target's catalogue and add its datasets to the list; datasets already on it get the portal's id, titles, last update and days overdue
inventory-sync-disabled = No target lists a catalogue: add a data.egov.uz target under Publish → Targets
inventory-syncing = Reading the catalogue…
inventory-synced = { $target }: { $listed ->
    [one] one dataset in the catalogue
   *[other] { $listed } datasets in the catalogue
}; { $added } added to the list, { $updated } updated
inventory-add-datasets = Add the workspace's datasets
inventory-add-datasets-tooltip = Add the workspace's described datasets that are not on the list yet, and link list items to the dataset with their code
inventory-add-datasets-none = The workspace has no described datasets yet
inventory-datasets-added = { $added } added to the list, { $updated } linked or updated
inventory-add = Add by hand
inventory-add-tooltip = Add a dataset to the list by typing its code, titles and periodicity
inventory-dismiss-tooltip = Hide this message
inventory-save-failed = The list could not be saved: { $detail }
inventory-filter = Filter
inventory-filter-hint = code, title, person…
inventory-filter-tooltip = Show only the datasets whose code, titles, responsible person, linked dataset or note contain this text
inventory-filter-nothing = No dataset on the list matches the filter.
inventory-count = { $count ->
    [one] one dataset on the list
   *[other] { $count } datasets on the list
}
inventory-col-code = Code
inventory-col-code-tooltip = The dataset's code on the portal, like 1-104-0012
inventory-col-title = Title
inventory-col-title-tooltip = The title in the interface language, else in another language the list has
inventory-col-periodicity = Periodicity
inventory-col-periodicity-tooltip = How often the dataset must be updated
inventory-col-rule = Deadline
inventory-col-rule-tooltip = Days after the period's end: in bold the dataset's own rule, in grey the workspace's rule for its periodicity
inventory-col-responsible = Responsible
inventory-col-responsible-tooltip = Who prepares the dataset
inventory-col-dataset = Dataset
inventory-col-dataset-tooltip = The workspace dataset (folder) that holds its schema and data
inventory-col-updated = Portal update
inventory-col-updated-tooltip = When the portal last updated the dataset, at the last sync
inventory-col-late = Days late
inventory-col-late-tooltip = The portal's own count of days overdue, at the last sync
inventory-rule-days = { $days ->
    [one] +1 day
   *[other] +{ $days } days
}
inventory-rule-none = No deadline: the dataset is updated when needed or only once
inventory-synced-from = From the catalogue of { $target }
inventory-select-hint = Click a dataset in the table to edit it.
inventory-edit-heading = The selected dataset
inventory-new-heading = A new dataset
inventory-new-hint = It is added to the list once it has a code or a title, when you leave the field.
inventory-new-cancel = Discard
inventory-new-cancel-tooltip = Do not add this dataset
inventory-field-code = Code
inventory-field-code-tooltip = The portal's code of the dataset, like 1-104-0012; unique on the list
inventory-field-portal-id = Portal ID
inventory-field-portal-id-tooltip = The portal's own id (data.egov.uz: the 24-character structId; CKAN: the dataset's name); filled by a sync
inventory-field-title-uz-latn = Title (Uzbek, Latin)
inventory-field-title-uz-cyrl = Title (Uzbek, Cyrillic)
inventory-field-title-ru = Title (Russian)
inventory-field-title-en = Title (English)
inventory-field-title-tooltip = The dataset's title as the approved list gives it in this language
inventory-field-periodicity = Periodicity
inventory-field-periodicity-tooltip = How often the dataset must be updated; it gives the reporting periods and their deadlines
inventory-field-days = Days after the period's end
inventory-field-days-tooltip = The deadline is the period's last day plus these days, moved past weekends and holidays
inventory-own-rule = Own rule
inventory-own-rule-tooltip = Give this dataset its own number of days instead of the workspace's rule for its periodicity
inventory-days-suffix = { " " }days
inventory-workspace-rule = { $days ->
    [one] the workspace's rule: +1 day
   *[other] the workspace's rule: +{ $days } days
}
inventory-field-responsible = Responsible
inventory-field-responsible-tooltip = Who prepares the dataset: a name, and a position or phone as the list writes them
inventory-field-dataset = Linked dataset
inventory-field-dataset-tooltip = The workspace dataset that holds this dataset's schema and data
inventory-open-dataset = Open dataset
inventory-open-dataset-tooltip = Open the linked dataset's data file in the table
inventory-open-dataset-disabled = Link a workspace dataset with a data file first
inventory-field-note = Note
inventory-field-note-tooltip = Anything worth remembering about this dataset
inventory-portal-state = On the portal
inventory-portal-updated = updated { $date }
inventory-portal-late = { $days ->
    [one] overdue by one day
   *[other] overdue by { $days } days
}
inventory-portal-open = Open on the portal
inventory-code-taken = Another dataset on the list already has the code { $code }.
inventory-delete = Delete…
inventory-delete-tooltip = Remove this dataset from the approved list (you are asked to confirm)
inventory-delete-confirm = Remove { $name } from the approved list? Its deadlines leave the calendar; the workspace dataset and the history stay.
inventory-delete-yes = Remove from the list
inventory-delete-yes-tooltip = Remove it now
inventory-delete-no = Keep it
inventory-delete-no-tooltip = Do not remove the dataset
inventory-deleted = { $name } was removed from the list
inventory-import-heading = Importing the approved list from { $name }
inventory-import-hint = Check which column holds what (Ochiq guessed from the headings and the cells) and look at the rows below; nothing is added until you press Import.
inventory-sheet-tooltip = The sheet that holds the list
inventory-mapping-heading = Which column is which
inventory-mapping-tooltip = The file's column that holds this field, or none
inventory-column-none = — not in the file —
inventory-mapping-incomplete = Choose at least the column of codes or of titles.
inventory-import-summary = { $items ->
    [one] One dataset will be imported
   *[other] { $items } datasets will be imported
}; { $skipped ->
    [one] one row is skipped
   *[other] { $skipped } rows are skipped
}; { $problems ->
    [one] one problem
   *[other] { $problems } problems
}.
inventory-import-go = Import
inventory-import-go-tooltip = Add the datasets to the list, or update those already on it (what the file leaves empty is kept), and save
inventory-import-cancel = Cancel
inventory-import-cancel-tooltip = Close the file without importing anything
inventory-preview-heading = The first { $rows } rows as they will be imported
inventory-preview-row = Row
inventory-preview-problems = Problems
inventory-preview-skipped = skipped
inventory-imported = Imported: { $added } added, { $updated } updated, { $skipped ->
    [one] 1 row skipped
   *[other] { $skipped } rows skipped
}
inventory-import-problems = { $count ->
    [one] One problem in the file
   *[other] { $count } problems in the file
}
inventory-problem-at = Row { $row }: { $problem }
inventory-problem-periodicity = the periodicity “{ $text }” is not one Ochiq knows; the dataset keeps its periodicity on the list (monthly for a new one): choose it in the editor
inventory-problem-no-periodicity = no periodicity; taken as monthly: choose it in the editor
inventory-problem-days = “{ $text }” is not a number of days from 0 to 366; the workspace's rule applies
inventory-problem-empty = neither a code nor a title; the row is skipped
inventory-problem-no-code = “{ $title }” has no code and is not on the list yet; the row is skipped (add the code to the file, or add the dataset by hand)
inventory-problem-duplicate = the code { $code } is already on row { $first }; the row is skipped
calendar-n-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
inventory-sync-network = The portal cannot be reached ({ $detail }). Try again when the connection is back.
inventory-column-taken = { $column } (now: { $field })
inventory-sheet-empty = This sheet has no rows under its header: choose the sheet that holds the list, or the header row.

## File sizes (I18n::size)
size-bytes = { $value } B
size-kb = { $value } KB
size-mb = { $value } MB
size-gb = { $value } GB

## Table Schema types and exclusive bounds, in findings and the schema editor
field-type-string = string
field-type-number = number
field-type-integer = integer
field-type-boolean = boolean
field-type-object = object
field-type-array = array
field-type-list = list
field-type-datetime = datetime
field-type-date = date
field-type-time = time
field-type-year = year
field-type-yearmonth = yearmonth
field-type-duration = duration
field-type-geopoint = geopoint
field-type-geojson = geojson
field-type-any = any
finding-type-with-format = { $kind }/{ $format }
constraint-exclusive-minimum = Lower bound (exclusive)
constraint-exclusive-maximum = Upper bound (exclusive)

## First-run screen, View menu, keyboard shortcuts, trainer's demo reset
welcome-title = Welcome to Ochiq
welcome-intro = Ochiq prepares your organisation's open datasets, checks them against the unified structure and the classifiers, publishes them and keeps their deadlines. Everything works offline.
welcome-language = Interface language
welcome-demo-title = Look around first
welcome-demo-text = The demo workspace is a sample ministry with a dozen datasets, errors to find and fix, overdue deadlines and a publishing history. Nothing leaves this computer.
welcome-demo-button = Explore the demo workspace
welcome-demo-tooltip = Close this screen and work in the demo workspace; you can set up your own workspace later in the left panel
welcome-own-title = Set up your organisation's workspace
welcome-own-text = A workspace is a folder for your datasets, code lists, publishing queue and history. Choose one on this computer or on a shared drive.
welcome-organisation = Organisation
welcome-organisation-hint = e.g. Ministry of Preschool Education
welcome-organisation-tooltip = Your organisation's name, as it appears on the portal
welcome-folder = Folder
welcome-folder-choose = Choose…
welcome-folder-tooltip = Choose the folder for the workspace; an existing Ochiq workspace is opened as it is
welcome-create = Create the workspace
welcome-create-tooltip = Create the workspace in the folder and open it
welcome-create-disabled = Write the organisation's name and choose a folder first
welcome-later = You can change all of this later: the language in the top bar, the workspace in the left panel. { $help } lists the keyboard shortcuts.
demo-reset = Reset the demo…
demo-reset-tooltip = Put the demo workspace back as it came with Ochiq: for the next workshop
demo-reset-title = Reset the demo workspace?
demo-reset-question = Every change made in the demo workspace (edited passports, accepted fixes, publishes, imported lists) is removed and the bundled demo is unpacked again. Your own workspaces are not touched.
demo-reset-yes = Reset the demo
demo-reset-no = Cancel
workspace-open-demo-tooltip = Open the bundled demo workspace: a sample ministry to practise on
menu-recent-tooltip = Files opened recently
menu-view = View
menu-view-tooltip = Zoom, colours, text size and presentation mode
view-zoom = Zoom: { $percent } %
view-theme = Colours
theme-system = As the system
theme-light = Light
theme-dark = Dark
theme-high-contrast = High contrast
view-text-size = Text size
text-size-normal = Normal
text-size-large = Large
text-size-projector = Projector
view-presentation = Presentation mode
view-presentation-tooltip = High contrast and projector-sized text for a workshop; turn it off to return to your own settings
view-shortcuts = Keyboard shortcuts
view-shortcuts-tooltip = List the keyboard shortcuts
shortcuts-title = Keyboard shortcuts
shortcut-open = Open a file
shortcut-save = Save the dataset
shortcut-check = Check the table
shortcut-next-error = Next error in the table
shortcut-previous-error = Previous error in the table
shortcut-tabs = Table, Passport, Schema, Checks, Chart tabs
shortcut-calendar = Calendar
shortcut-publishing = Publishing
shortcut-classifiers = Classifiers
shortcut-zoom-in = Zoom in
shortcut-zoom-out = Zoom out
shortcut-zoom-reset = Actual size
shortcut-presentation = Presentation mode on or off
shortcut-focus = Move to the next or previous control
shortcut-focus-keys = Tab / Shift+Tab
shortcut-press = Press the focused button
shortcut-press-keys = Enter / Space
shortcut-help = This list
table-previous-error-tooltip = Go to the previous cell with an error
table-next-error-tooltip = Go to the next cell with an error
tab-table-tooltip = The data as a table
tab-passport-tooltip = The dataset's passport: titles, description, periodicity, responsible person
tab-schema-tooltip = The columns' types, formats, constraints and classifiers
tab-checks-tooltip = Check the table and fix what the check found
notice-dismiss-tooltip = Hide this message
switch-save-tooltip = Save the dataset's changes, then open the other file
switch-discard-tooltip = Open the other file and lose the unsaved changes
switch-stay-tooltip = Stay on this file
describe-button-tooltip = Infer the schema from the table and start the passport
calendar-go-inventory-tooltip = Go to the approved list to import it, take it from the portal or add datasets by hand
calendar-kind-of = Kind of { $date }
calendar-kind-tooltip = A public holiday or a transferred day off moves deadlines to the next working day; a transferred working day counts as one
calendar-holiday-remove-named = Remove { $date }
calendar-holiday-date-tooltip = The day to add, written 2026-03-20 or 20.03.2026
calendar-holiday-name-tooltip = What the day is called, as shown in the calendar (may be left empty)
calendar-holiday-add-tooltip = Add the day to the list; deadlines that fall on it move at once
calendar-track-from-tooltip = The first date deadlines are counted from, written 2026-01-01; leave empty for the last twelve months
table-resize-column = Width of the column { $name }
columns-card = Column { $name }: { $kind }
columns-card-tooltip = Select this column in the table
lang-box-tooltip = The text in { $language }
lang-box-missing-tooltip = Missing in { $language }: the portal asks for all four languages
passport-code-tooltip = The dataset's code on data.egov.uz, like 1-001-0008
passport-portal-id-tooltip = The portal's internal id of the dataset, filled in after the first publish or from the catalogue
passport-sphere-tooltip = The portal's topic the dataset is listed under
passport-periodicity-tooltip = How often the data is updated; the calendar counts deadlines from it
passport-licence-tooltip = The terms under which others may use the data
passport-contact-tooltip = Who answers questions about the data; shown on the portal
passport-coverage-tooltip = The SOATO code of the territory the data covers: 17 for the whole country, 1703 for Andijan region
schema-missing-empty-tooltip = Treat an empty cell as no data: required fields still flag it
schema-col-name-tooltip = The field's name as the file's header has it; renaming keeps keys and links to it
schema-col-type-tooltip = What the values are: text, whole numbers, numbers, dates…; the check flags values of another type
schema-col-format-tooltip = How dates are written, like %d.%m.%Y for 31.12.2026
schema-col-decimal-tooltip = The mark between whole and fractional parts: a point or a comma
schema-col-group-tooltip = The mark between groups of thousands, like the space in 1 000 000
schema-col-required-tooltip = Every row must have a value here
schema-col-unique-tooltip = No two rows may have the same value here
schema-col-key-tooltip = Part of the primary key: the fields that together tell rows apart
schema-col-classifier-tooltip = The code list the values must come from, like SOATO for territories
schema-col-level-tooltip = Only codes of this level of the code list are accepted (regions, districts…)
schema-col-parent-tooltip = The field one level up: each code here must lie inside that field's code in the same row
constraint-minimum-tooltip = The smallest value allowed (a number or a date); empty: no limit
constraint-maximum-tooltip = The largest value allowed (a number or a date); empty: no limit
constraint-min-length-tooltip = The fewest characters a value may have; empty: no limit
constraint-max-length-tooltip = The most characters a value may have; empty: no limit
constraint-pattern-tooltip = A regular expression every value must match, like ^17[0-9]{"{"}5{"}"}$
constraint-enum-tooltip = The only values allowed, separated by commas; empty: any value
calendar-dismiss-tooltip = Hide this message
classifiers-close-tooltip = Close the classifiers and go back to the open file
classifiers-none-imported = No code lists of this workspace yet: only those bundled with Ochiq. Import your ministry's own list from a CSV or Excel file.
classifiers-import-own = Import your own code list…
classifiers-search-name = Search the codes
classifiers-search-tooltip = Type the first digits of a code, or a name in Latin or Cyrillic; near spellings are found too
classifiers-nothing-found = Nothing matches: try fewer digits of the code or a shorter part of the name.
classifiers-col-code-tooltip = The column that holds each entry's code
classifiers-col-optional-tooltip = The column that holds this, if the file has one
classifiers-id-tooltip = A short name for the code list, in Latin letters without spaces; schemas refer to it by this
classifiers-version-tooltip = Which edition of the list this is, like 2026-01; earlier versions stay available
classifiers-source-tooltip = Where the list comes from: a decree, a website, a file
classifiers-name-tooltip = The code list's name in this language, as the schema editor shows it
classifiers-import-do-tooltip = Check the codes and add the list to this workspace
classifiers-import-cancel-tooltip = Put the file away without importing anything
checks-cancel-tooltip = Stop the check; nothing is changed
checks-empty-hint = Check the table to see which rows the portal would refuse and why; fixes for what is found appear on the right.
checks-valid-next = Nothing to fix: the dataset can be published from the Publishing screen.
fix-choice-name = Code for { $value }
fix-choice-tooltip = The classifier codes whose names come closest to this value, best first
fix-one-choose-first = Choose a code for this value first
fix-busy = Wait until the file is read and the check or the steps are done
recipe-undo-disabled = No step of the recipe has changed this table yet
publish-target-tooltip = Where the dataset goes: data.egov.uz, a CKAN portal, or a folder or USB stick
publish-dataset-tooltip = The workspace's dataset to publish, with its passport and schema
publish-tab-publish-tooltip = Check a dataset and send it to a target
publish-tab-outbox-tooltip = Publishes waiting to be sent or confirmed by the portal
publish-tab-history-tooltip = Every check and publish recorded in this workspace
publish-tab-catalogue-tooltip = What the portal lists for your organisation, and how up to date it is
publish-tab-targets-tooltip = The portals and folders this workspace publishes to, and their tokens
publish-stop-tooltip = Stop sending; the job stays in the outbox and can be sent again
outbox-refresh-tooltip = Read the outbox again, with changes made by the command line or another window
outbox-go-publish = Publish a dataset
outbox-job-action = { $action }: job { $job }
outbox-retry-tooltip = Send this job now instead of waiting for its next try
outbox-pause-tooltip = Keep this job in the outbox without sending it until you send it yourself
outbox-cancel-tooltip = Drop this job; nothing more is sent for it
history-filter-tooltip = Show only the entries whose dataset code contains this text
history-failures-tooltip = Show only failed checks and publishes
history-nothing-matches = Nothing recorded matches the filter: clear the dataset box or untick Failures only.
target-remove-named = Remove the target { $target }
target-test-named = Test the connection to { $target }
calendar-mark-done-named = Mark done: { $deadline }
target-remove-tooltip = Take this target off the list; what was published stays on the portal
source-delimiter-tooltip = The character between the cells of a row; choosing another reads the file again
source-sheet-tooltip = The workbook's sheet to read; the header row is looked for afresh
source-has-header-tooltip = Untick when the first row is already data: the columns are then numbered

## A new workspace's first steps
start-title = Getting started
start-intro = Your workspace is ready. Four steps make it your organisation's desk:
start-list = Import the approved list…
start-list-text = The list of datasets your organisation must publish, from the ministry's Excel file or the portal: their deadlines go on the calendar.
start-open = Open a data file…
start-open-text = A CSV, Excel or portal file ({ $shortcut }), or drag one onto the window; then describe it as a dataset and check it.
start-target = Add where you publish…
start-target-text = data.egov.uz or a CKAN portal, with its token kept in the system's keychain; a folder or USB stick needs no account.
start-demo = Practise on the demo first
start-demo-text = A sample ministry with errors to fix and deadlines to meet; your own workspace stays as it is.

## The publishing history's details
history-detail-checked = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}, { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}
history-detail-folder = { $path } ({ $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
}, SHA-256 { $sha }…)
history-detail-portal-file = { $bytes ->
    [one] { $bytes } byte
   *[other] { $bytes } bytes
} at { $url }
history-detail-portal-updated = updated on the portal { $updated }
history-detail-portal-waiting = not updated on the portal yet: last updated { $updated }, at publishing { $noted }
history-detail-rows = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
}
history-detail-late = { $days ->
    [one] { $days } day late
   *[other] { $days } days late
}
publish-unconfirmed-dataset-missing = the portal has no such dataset
publish-unconfirmed-title = the title on the portal is “{ $found }”
publish-unconfirmed-file-missing = the dataset on the portal has no data file
publish-unconfirmed-size = the file on the portal has { $found ->
    [one] { $found } byte
   *[other] { $found } bytes
}, but { $sent } were sent
publish-unconfirmed-served-size = the portal serves { $served ->
    [one] { $served } byte
   *[other] { $served } bytes
}, but { $sent } were sent
publish-unconfirmed-not-in-catalogue = dataset { $dataset } is no longer in the organisation's catalogue
publish-unconfirmed-another-file = the folder holds another file than the one written
publish-unconfirmed-unreadable = cannot read { $path } back: { $detail }

## Tooltips of the first-run screen, the View menu and the demo reset
welcome-language-tooltip = Show Ochiq in this language; you can change it later in the top bar
view-theme-tooltip = The window's colours; high contrast reads best on a projector and for weak eyesight
view-text-size-tooltip = The size of all text; zoom (Ctrl + and Ctrl −) scales the whole window
demo-reset-no-tooltip = Keep the demo workspace as it is
fix-all-named = Fix all: { $fix }
checks-show-rows-named = Show rows: { $kind }
fix-one-named = Apply to “{ $value }”

## Charts
tab-chart = Chart
tab-chart-tooltip = Draw a numeric column by period or by region, with each total beside the sum of its parts
chart-working = Working out the chart…
chart-no-numbers-title = Nothing to draw
chart-no-numbers = This table has no numeric column. A chart needs a column of numbers (typed “integer” or “number” in the schema).
chart-column = Column
chart-show = Show
chart-by-period = By period
chart-by-region = By region
chart-period = Period
chart-all-rows = All rows
chart-no-regions = The rows carry no region codes: bars by region need a column bound to SOATO
chart-no-region-values = No region has a value in this period.
chart-averaged = This column holds shares, averages or rates: its values are averaged, not summed.
chart-not-numbers = Values that are not numbers (counted, not drawn): { $count }
chart-no-published = No published version of this dataset is known here. Compare it with the published data on the Publishing screen to draw the published values beside the new ones.
chart-published-lacks = The published version has no column of this name.
chart-published-note = The published values (from the last comparison) are drawn beside the new ones.
chart-key-new = New values
chart-key-published = Published values
chart-key-total = Total row
chart-key-sum = Sum of its parts
chart-line-name = Line chart of { $column } by period
chart-bars-name = Bar chart of { $column } by region, { $period }
chart-totals-name = Bar chart of the totals of { $column } beside the sum of their parts
chart-summary = Values: { $values }
chart-value-published = { $value } (published { $published })
chart-totals-title = Totals beside the sum of their parts
chart-totals-averaged = Shares, averages and rates are not compared with the sum of their parts.
chart-no-totals = No total row has all its parts in the table: nothing to compare.
chart-total-holds = { $period }: { $name } { $total } equals the sum of its parts ({ $parts }).
chart-total-differs = { $period }: { $name } { $total }, the sum of its parts ({ $parts }) { $sum }, difference { $difference }
columns-histogram = Histogram of { $name }: { $from } to { $to }
columns-not-numbers = Not numbers, not drawn: { $count }

## The table's find bar, sort, filters and editing by hand
find-label = Find
find-hint = Text to find
find-tooltip = Finds the text in the table's cells. Enter goes to the next match, Shift+Enter to the previous one, Esc closes the bar.
find-column = In
find-all-columns = All columns
find-exact = Match case
find-exact-tooltip = Look for the text exactly as typed: case, script and apostrophes. When off, “Bo'ston” also finds “BOʻSTON” and “Бўстон”.
find-previous = Previous
find-previous-tooltip = Go to the previous match
find-next = Next
find-next-tooltip = Go to the next match
find-close = Close find
find-close-tooltip = Put the find bar away (Esc)
find-counting = Counting matches…
find-none = No matches
find-n-of-m = { $n } of { $total }
find-total = { $count ->
    [one] One match
   *[other] { $total } matches
}
find-loading = Searched the { $rows } rows read so far: the file is still loading.
filter-chip-is = { $column } = “{ $value }”
filter-chip-is-not = { $column } ≠ “{ $value }”
filter-chip-empty = { $column } is empty
filter-chip-findings-in = Findings in { $column }
filter-chip-findings-of = Findings: { $kind }
filter-menu = Filter by cell
filter-menu-tooltip = Show only some rows, by the selected cell's value (right-click a cell for the same choices)
filter-menu-disabled = Select a cell first
filter-remove = Remove filter: { $filter }
filter-remove-tooltip = Remove this filter
filter-clear = Remove all filters
filter-clear-tooltip = Show every row again
filter-shown = Rows shown: { $shown } of { $rows }
filter-only-value = Only rows with “{ $value }”
filter-without-value = Rows without “{ $value }”
filter-empty = Only rows where { $column } is empty
filter-findings-in = Only rows with findings in { $column }
filter-value-keep = Only rows with “{ $value }” in { $column }
filter-value-drop = Rows without “{ $value }” in { $column }
sort-ascending = Sorted by { $column }, ascending
sort-descending = Sorted by { $column }, descending
sort-file-order = File order
sort-file-order-tooltip = Show the rows in the file's order again
sort-running = Sorting and filtering…
sort-cancel-tooltip = Stop sorting or filtering; the table stays as it was shown
sort-button = Sort by { $column }
sort-button-tooltip = Sort by this column: ascending, descending, then back to file order. The data and its row numbers do not change.
edit-cell = Edit cell
edit-delete-row = Delete row…
edit-cell-name = New value of { $column }, row { $row }
edit-delete-ask = Delete row { $row }? It is recorded in the recipe and can be undone.
edit-delete-confirm = Delete row
edit-delete-keep = Keep it
step-edit = In { $field } of the row { $key }: “{ $old }” typed as “{ $new }”
step-delete-row = Row { $key } deleted
recipe-by-hand-skipped = { $count ->
    [one] One change made by hand was not applied: its row or old value is not in this file.
   *[other] { $count } changes made by hand were not applied: their rows or old values are not in this file.
}
recipe-by-hand-not-found = not applied: this file has no such row with this value
shortcut-find = Find in the table
shortcut-find-next = Next match / previous match
shortcut-sort = Sort by the selected column
shortcut-edit = Edit the selected cell (Enter keeps, Esc drops)
shortcut-delete-row = Delete the selected row
history-kind-edited = changed by hand
history-detail-by-hand = Cells typed: { $cells }; rows deleted: { $rows }
## Personal data
code-personal-data = Personal data
finding-personal-data = “{ $field }” holds personal data ({ $kind }): { $count ->
    [one] one value
   *[other] { $count } values
}, e.g. { $examples }. It may not be published without a recorded review.
personal-kind-pinfl = JShShIR (PINFL)
personal-kind-passport = passport series and number
personal-kind-full-name = full names of people
personal-kind-birth-date = birth dates
personal-kind-phone = personal phone numbers
personal-kind-address = home addresses
fix-kind-drop-personal = Remove the column “{ $field }”
fix-kind-mask-personal = Mask the column “{ $field }”
fix-kind-aggregate-personal = Count the rows by the other columns
fix-personal-column = { $kind }: { $cells } values.
fix-personal-examples = Masked: { $examples }
fix-personal-aggregate-rows = { $before } rows become { $after } counts; every personal column is left out. The first rows:
step-drop-column = Remove the column “{ $field }”
step-mask = Mask “{ $field }” (first and last characters kept)
step-aggregate = Count the rows by { $by } into “{ $count }”
publish-error-personal-data = Personal data with no recorded review, in: { $columns }. Mask or remove these columns, or record a review that says why they may be published.
history-kind-reviewed = personal data reviewed
history-detail-reviewed = { $reviewer } allowed { $columns } ({ $reason })
review-reason-consent = the people consented
review-reason-public-by-law = a public register by law
review-reason-not-personal = not personal data
review-reason-other = another ground
review-bad-ground = Unknown ground “{ $ground }”: use one of { $grounds }.
review-needs-reason = A review needs the reviewer’s name, and with the ground “{ $other }” a reason in words (--reason).
review-recorded = Review recorded: { $reviewer } allowed { $columns } ({ $reason }).
review-none-found = No personal data found in the data as it would be published.
review-column = “{ $field }”: { $kind }, { $count } values (e.g. { $examples })
review-column-reviewed = reviewed
review-column-unreviewed = not reviewed
review-how = Mask or remove these columns (Checks → Suggested fixes in the window), or record a review: ochiq review DATASET --reviewer NAME --ground { $grounds } --reason TEXT
publish-personal-heading = Personal data: not published without a review
publish-personal-how = Mask or remove these columns under Checks → Suggested fixes (or count the rows by the other columns), or record who allowed them and why.
publish-personal-review = Record a review…
publish-personal-review-tooltip = Say who reviewed the personal data, which columns may be published and on what ground; it is kept with the dataset, in the history and in the published package.
review-title = Review of personal data
review-intro = Personal data of citizens may be published only on a ground the law accepts (ZRU-547): the people’s consent, or a register public by law. The review is kept with the dataset, written to the history and to the published package’s manifest.
review-reviewer = Reviewed by
review-reviewer-hint = Full name and post
review-ground = Ground
review-note = In words
review-note-hint = The consent forms, the law and its article …
review-columns = Columns it allows
review-save = Record the review
review-save-tooltip = Records the review and checks the dataset again.
review-save-disabled = Name the reviewer, tick a column, and for another ground say it in words.
review-cancel = Cancel
publish-personal-reviewed = Personal data allowed by { $reviewer } ({ $reason }): { $columns }.

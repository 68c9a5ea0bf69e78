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

## Maʼlumotlar toʻplamlari: yorliqlar va saqlash
tab-table = Jadval
tab-passport = Pasport
tab-schema = Sxema
dataset-new = Yangi maʼlumotlar toʻplami, hali saqlanmagan
dataset-saving = Saqlanmoqda…
dataset-unsaved = Saqlanmagan oʻzgarishlar bor
dataset-saved = Saqlandi
dataset-save = Saqlash
dataset-save-tooltip = Pasport va sxemani ishchi maydonda datapackage.json sifatida saqlash ({ $shortcut })
switch-unsaved = Bu faylning pasporti yoki sxemasida saqlanmagan oʻzgarishlar bor. { $name } ochilsinmi?
switch-save = Saqlab, keyin ochish
switch-discard = Saqlamasdan ochish
switch-stay = Shu yerda qolish
describe-title = Bu fayl hali maʼlumotlar toʻplami sifatida tavsiflanmagan
describe-hint = Ochiq sxemani jadvaldan aniqlaydi (turlar, sana va son formatlari, kodlar); soʻng siz pasportni va toʻrt tildagi sarlavhalarni toʻldirasiz.
describe-button = Maʼlumotlar toʻplami sifatida tavsiflash
workspace-datasets = { $count ->
    [one] Bitta maʼlumotlar toʻplami
   *[other] { $count } ta maʼlumotlar toʻplami
}
dialog-structure-title = Eʼlon qilingan tuzilmani tanlang (GetById javobi yoki portaldan yuklab olingan fayl)
dialog-structure-filter = Portal fayllari
dataset-error-unreadable = Bu fayl yonidagi maʼlumotlar toʻplami tavsifini (datapackage.json) oʻqib boʻlmaydi.
dataset-error-save = Maʼlumotlar toʻplamini saqlab boʻlmadi.
dataset-error-import = Faylda Ochiq oʻqiy oladigan eʼlon qilingan tuzilma yoʻq.

## Pasport
passport-complete = Pasport toʻrtala tilda ham toʻliq toʻldirilgan.
passport-incomplete = { $count ->
    [one] Bitta band toʻldirilmagan: { $list }
   *[other] { $count } ta band toʻldirilmagan: { $list }
}
passport-gap-langs = { $field } ({ $langs })
passport-code = Portal kodi
passport-code-format = Portal kodi 1-001-0008 koʻrinishida boʻladi
passport-portal-id = Portaldagi ID
passport-sphere = Soha
passport-periodicity = Davriylik
passport-licence = Litsenziya
passport-contact = Masʼul shaxs
passport-contact-name = F.I.Sh.
passport-contact-phone = Telefon
passport-contact-email = Elektron pochta
passport-coverage = MHOBT (SOATO) boʻyicha hudud
passport-coverage-hint = Butun mamlakat uchun 17
passport-coverage-unknown = MHOBT (SOATO) kodi emas
passport-none = — yoʻq —
passport-title = Sarlavha
passport-description = Tavsif
passport-keywords = Kalit soʻzlar
passport-organisation = Tashkilot
translit-to-cyrillic = Kirill yozuvidagi matnni lotin yozuvidagi matndan toʻldirish
translit-to-latin = Lotin yozuvidagi matnni kirill yozuvidagi matndan toʻldirish
lang-uz-latn = Oʻzbekcha (lotin)
lang-uz-cyrl = Oʻzbekcha (kirill)
lang-ru = Ruscha
lang-en = Inglizcha
periodicity-daily = Kunlik
periodicity-weekly = Haftalik
periodicity-monthly = Oylik
periodicity-quarterly = Choraklik
periodicity-semiannual = Yarim yillik
periodicity-annual = Yillik
periodicity-irregular = Nomuntazam
periodicity-one-off = Bir martalik

## Sxema
schema-infer = Jadval asosida qayta aniqlash
schema-infer-tooltip = Turlar va formatlar maʼlumotlardan qayta aniqlanadi; siz yozgan sarlavhalar, cheklovlar va bogʻlanishlar saqlanib qoladi
schema-import = Eʼlon qilingan tuzilmani import qilish…
schema-import-tooltip = Ustun nomlari va sarlavhalarini portaldan olish: GetById javobi yoki data.egov.uz saytidan yuklab olingan fayl
schema-none = Bu maʼlumotlar toʻplamida jadval sxemasi yoʻq.
schema-summary = { $fields } ta ustun; { $missing } tasida baʼzi tillarda sarlavha yoʻq
schema-select-hint = Ustun sarlavhalari, tavsifi va cheklovlarini tahrirlash uchun uning sarlavhalar sonini (n/4) bosing.
schema-missing-empty = Boʻsh katak — maʼlumot yoʻq
schema-missing-others = “Maʼlumot yoʻq”ning boshqa belgilari
schema-missing-tooltip = Barcha ustunlarda “maʼlumot yoʻq”ni bildiruvchi qiymatlar, masalan statistik chiziqcha; boʻsh joy bilan ajrating
schema-edit-titles = Bu ustunning sarlavhalari, tavsifi va cheklovlarini tahrirlash
schema-any-level = istalgan daraja
group-space = boʻsh joy
group-nbsp = uzilmas boʻsh joy
schema-col-name = Nomi
schema-col-type = Turi
schema-col-format = Format
schema-col-decimal = Kasr belgisi
schema-col-group = Minglik ajratuvchi
schema-col-required = Majburiy
schema-col-unique = Takrorlanmas
schema-col-key = Kalit
schema-col-classifier = Klassifikator
schema-col-level = Daraja
schema-col-parent = Yuqori darajali ustun
schema-col-titles = Sarlavhalar
schema-field-title = Sarlavha
schema-field-description = Tavsif
constraint-minimum = Eng kichik qiymat
constraint-maximum = Eng katta qiymat
constraint-min-length = Eng kam uzunlik
constraint-max-length = Eng koʻp uzunlik
constraint-pattern = Shablon
constraint-enum = Ruxsat etilgan qiymatlar
constraint-enum-hint = vergul bilan ajratilgan

## Klassifikatorlar
menu-classifiers = Klassifikatorlar
menu-classifiers-tooltip = MHOBT (SOATO) va portal sohalari kabi klassifikatorlarni koʻrish hamda oʻz kodlar roʻyxatlaringizni import qilish
dialog-code-list-title = Import qilish uchun kodlar roʻyxatini tanlang (CSV yoki Excel)
classifiers-title = Klassifikatorlar maʼlumotnomasi
classifiers-import = Kodlar roʻyxatini import qilish…
classifiers-import-tooltip = CSV yoki Excel faylini oʻqib, kod, yuqori darajali kod, daraja va nomlar qaysi ustunlarda joylashganini tanlash
classifiers-close = Faylga qaytish
classifiers-bundled = Ochiq bilan birga keladi
classifiers-imported = bu ishchi maydonga import qilingan
classifiers-entries = { $count ->
    [one] bitta kod
   *[other] { $count } ta kod
}
classifiers-about = { $id }, versiya { $version }, { $count } ta kod
classifiers-search = Kod yoki nom boʻyicha qidirish (lotin yoki kirill yozuvida)
classifiers-shown = Koʻrsatilgan: { $count }
classifiers-import-file = { $name }: { $rows } qator
classifiers-col-code = Kod ustuni
classifiers-col-parent = Yuqori darajali kod ustuni
classifiers-col-level = Daraja ustuni
classifiers-col-name = Nom ustuni, { $lang }
classifiers-id = Identifikator
classifiers-version = Versiya
classifiers-source = Manba
classifiers-name = Nomi, { $lang }
classifiers-import-do = Import qilish
classifiers-import-cancel = Bekor qilish
classifier-error-empty-code = { $row }-qatorda kod yoʻq.
classifier-error-duplicate = { $row }-qatorda { $first }-qatordagi { $code } kodi takrorlangan.
classifier-error-parent = { $row }-qator: { $code } kodining yuqori darajali kodi { $parent } roʻyxatda yoʻq.
classifier-error-cycle = { $row }-qator: { $code } kodi oʻzining yuqori darajali kodlari orasida uchraydi.
classifier-error-no-rows = Faylda qatorlar yoʻq.
classifier-error-id = “{ $id }” identifikator boʻla olmaydi: faqat kichik lotin harflari, raqamlar, - _ va nuqtadan foydalaning.
classifier-error-version = “{ $version }” versiya boʻla olmaydi: faqat lotin harflari, raqamlar, - _ va nuqtadan foydalaning.
classifier-error-exists = { $id } (versiya { $version }) ishchi maydonda allaqachon bor; yangisi uchun boshqa versiya koʻrsating.
classifier-error-other = Kodlar roʻyxatini import qilib boʻlmadi: { $detail }

## Tekshiruv natijalari
finding-blank-label = { $column }-ustunning nomi yoʻq.
finding-duplicate-label = “{ $value }” ustun nomi takrorlangan.
finding-missing-label = Sxemadagi “{ $field }” ustuni faylda yoʻq.
finding-extra-label = Faylda “{ $value }” ustuni bor, lekin u sxemada yoʻq.
finding-incorrect-label = { $column }-ustun “{ $value }” deb nomlangan, sxema boʻyicha esa “{ $field }” boʻlishi kerak.
finding-incorrect-label-moved = { $column }-ustun “{ $value }” deb nomlangan, sxema boʻyicha bu yerda “{ $field }” boʻlishi kerak: ustunlar boshqa tartibda joylashgan.
finding-incorrect-label-renamed = { $column }-ustun “{ $value }” deb nomlangan, sxema boʻyicha esa “{ $field }” boʻlishi kerak: ustun qayta nomlanganga oʻxshaydi.
finding-blank-row = { $row }-qator boʻsh.
finding-extra-cell = { $row }-qatorda oxirgi ustundan keyin “{ $value }” qiymati bor.
finding-missing-cell = { $row }-qatorda “{ $field }” uchun qiymat yoʻq.
finding-type-error = { $row }-qator, “{ $field }”: “{ $value }” { $kind } turiga mos emas.
finding-constraint-error = { $row }-qator, “{ $field }”: “{ $value }” “{ $constraint }” qoidasiga mos kelmaydi.
finding-constraint-required = { $row }-qator: “{ $field }” ustuni toʻldirilishi shart.
finding-unique-error = { $row }-qator, “{ $field }”: “{ $value }” takrorlangan, bu ustundagi qiymatlar takrorlanmas boʻlishi kerak.
finding-primary-key = { $row }-qator: “{ $value }” kaliti yuqoridagi qatorlardan birida allaqachon bor.
finding-foreign-key = { $row }-qator, “{ $field }”: “{ $value }” qiymati { $reference } tarkibida yoʻq.
finding-hierarchy-error = { $row }-qator, “{ $field }”: { $value } { $parent } (“{ $parentfield }”) tarkibiga kirmaydi.
finding-footnote-row = { $row }-qator maʼlumot emas, izoh: “{ $value }”.
finding-spacer-row = { $row }-qatorda faqat boʻsh joylar bor.
finding-period-in-header = Davrlar ustun nomlari sifatida ishlatilgan ({ $labels }); portal davr ustunini kutadi.
finding-schema-error = “{ $field }” uchun sxema qoidasini qoʻllab boʻlmaydi: { $detail }
finding-passport-missing = Pasport: “{ $field }” bandi toʻldirilmagan.
finding-passport-language = Pasport: “{ $field }” bandida quyidagi tillarda matn yoʻq: { $languages }.

## Buyruq satri
cli-valid = Xatolar yoʻq: { $rows } ta qator tekshirildi.
cli-invalid = Xatolar bor: { $rows } ta qator tekshirildi, { $errors } ta xato topildi.
cli-count = { $code }: { $count }
cli-shown = Har bir turdan dastlabki { $shown } ta kamchilik koʻrsatildi; saqlangan barcha kamchiliklar uchun --json parametridan foydalaning.
cli-cannot-read = { $path } faylini oʻqib boʻlmadi: { $detail }

## Tekshiruv
tab-checks = Tekshiruv
checks-run = Jadvalni tekshirish
checks-run-again = Qayta tekshirish
checks-run-tooltip = Har bir qatorni maʼlumotlar toʻplami sxemasi va klassifikatorlar boʻyicha tekshirish (fayl hali tavsiflanmagan boʻlsa, Ochiq aniqlagan sxema boʻyicha)
checks-running = Tekshirilmoqda…
checks-export = Hisobotni saqlash…
checks-export-tooltip = Topilgan barcha xatolarni izohi bilan saqlash: xato kataklari belgilangan Excel kitobi, CSV yoki JSON koʻrinishida
checks-inferred = Bu fayl hali maʼlumotlar toʻplami sifatida tavsiflanmagan: u Ochiq fayl asosida aniqlagan sxema boʻyicha tekshiriladi.
checks-none-yet = Hali tekshirilmagan.
checks-valid = Xatolar yoʻq: { $rows } ta qator tekshirildi.
checks-invalid = { $rows } ta qatorda { $errors } ta xato.
checks-by-kind = Turlar boʻyicha
checks-by-column = Ustunlar boʻyicha
checks-show-rows = Qatorlarni koʻrsatish
checks-show-rows-tooltip = Jadvalda faqat shu turdagi kamchilik bor qatorlarni koʻrsatish
checks-kept = Ustunlar boʻyicha hisobda har bir turdan faqat dastlabki { $limit } ta kamchilik hisobga olingan.
checks-go-tooltip = Jadvalda shu katakka oʻtish
checks-suggested = Taklif: { $values }
table-filtered = Faqat “{ $kind }” kamchiligi bor qatorlar koʻrsatilmoqda: { $rows }
table-show-all = Barcha qatorlarni koʻrsatish
table-previous-error = ‹ Oldingi xato
table-next-error = Keyingi xato ›
code-blank-label = Nomsiz ustun
code-duplicate-label = Takrorlangan ustun nomi
code-missing-label = Ustun yoʻq
code-extra-label = Ustun sxemada yoʻq
code-incorrect-label = Notoʻgʻri ustun nomi
code-blank-row = Boʻsh qator
code-extra-cell = Oxirgi ustundan keyingi qiymat
code-missing-cell = Qator oxirida qiymat yoʻq
code-type-error = Notoʻgʻri tur yoki format
code-constraint-error = Qoida buzilgan
code-unique-error = Takrorlangan qiymat
code-primary-key = Takrorlangan kalit
code-foreign-key = Klassifikator yoki maʼlumotnomada yoʻq
code-hierarchy-error = Yuqori darajali hududdan tashqarida
code-footnote-row = Izoh maʼlumot sifatida yuklangan
code-spacer-row = Boʻsh joylardan iborat qator
code-period-in-header = Davrlar ustun nomi sifatida
code-schema-error = Sxema qoidasini qoʻllab boʻlmaydi
code-passport-missing = Pasport bandi toʻldirilmagan
code-passport-language = Pasport: barcha tillarda emas

## Fixes and the recipe
fixes-title = Taklif etilgan tuzatishlar
fixes-check-first = Nimani tuzatish mumkinligini koʻrish uchun jadvalni tekshiring.
fixes-none = Avtomatik tuzatiladigan narsa yoʻq.
fix-all = Hammasini tuzatish
fix-all-tooltip = Bu tuzatishni barcha qatorlarga qoʻllash va uni retsept qadami sifatida yozib qoʻyish
fix-one = Qoʻllash
fix-one-tooltip = Faqat shu qiymatni oʻzgartirish (retsept qadami sifatida yoziladi)
fix-values = Qiymatlar
fix-col-now = Hozir
fix-col-becomes = Boʻladi
fix-col-rows = Qatorlar
fix-counts = Kataklar: { $cells }; turli qiymatlar: { $distinct }
fix-more = Koʻrsatilmagan yana { $count } ta qiymat («Hammasini tuzatish» ularni ham oʻzgartiradi).
fix-codes-choose = Hech bir nomga aniq bitta kod mos kelmadi: har bir qiymat uchun kodni tanlang.
fix-choose-code = Kodni tanlang
fix-kind-remove-rows = Maʼlumot boʻlmagan qatorlarni oʻchirish
fix-kind-trim = { $field } ustunidagi ortiqcha boʻsh joylarni olib tashlash
fix-kind-numbers = { $field } ustunidagi sonlarni sxemadagidek yozish
fix-kind-dates = { $field } ustunidagi sanalarni sxemadagidek yozish
fix-kind-codes = { $field } ustunidagi nomlarni klassifikator kodlari bilan almashtirish
fix-kind-to-latin = { $field } ustunini lotin yozuvida yozish
fix-kind-to-cyrillic = { $field } ustunini kirill yozuvida yozish
row-class-blank = Boʻsh qatorlar
row-class-spacer = Faqat boʻsh joydan iborat qatorlar
row-class-footnote = Izohlar va havolalar
recipe-title = Retsept
recipe-steps = Qadamlar: { $count }
recipe-empty = Hozircha qadam yoʻq. Siz qabul qilgan har bir tuzatish shu yerga yoziladi, maʼlumotlar toʻplami bilan birga saqlanadi va keyingi oy faylida qayta qoʻllanishi mumkin.
recipe-not-applied = bu faylga hali qoʻllanmagan
recipe-skipped = oʻtkazib yuborildi: bu faylda bunday ustun yoʻq
recipe-apply = Saqlangan qadamlarni qoʻllash ({ $count })
recipe-apply-tooltip = Retsept qadamlarini shu faylda qayta bajarish
recipe-undo = Oxirgi qadamni bekor qilish
recipe-undo-tooltip = Oxirgi qadamni retseptdan olib tashlash va jadvalni fayldan qayta qurish
recipe-save-data = Maʼlumotlarni saqlash…
recipe-save-data-tooltip = Jadvalni hozirgi holida (tuzatishlar bilan) UTF-8 kodlashdagi CSV yoki Excel kitobi sifatida saqlash
recipe-applying = Qadamlar qoʻllanmoqda…
recipe-last-change = Oxirgi oʻzgarish: oʻzgargan kataklar — { $cells }, oʻchirilgan qatorlar — { $rows }.
step-trim = { $field } ustunidagi ortiqcha boʻsh joylarni olib tashlash
step-numbers = { $field } ustunidagi sonlar sxemadagidek yozildi
step-dates = { $field } ustunidagi sanalar sxemadagidek yozildi
step-to-latin = { $field } ustuni lotin yozuvida
step-to-cyrillic = { $field } ustuni kirill yozuvida
step-replace-one = { $field } ustunida «{ $from }» qiymatini «{ $to }» bilan almashtirish
step-replace = { $field } ustunida almashtiriladigan qiymatlar: { $count }
step-remove-rows = Qatorlarni oʻchirish: { $kinds }

## The report as an Excel workbook
xlsx-findings-sheet = Xatolar
xlsx-data-sheet = Maʼlumotlar
xlsx-col-code = Kod
xlsx-col-kind = Turi
xlsx-col-row = Qator
xlsx-col-column = Ustun
xlsx-col-field = Maydon
xlsx-col-value = Qiymat
xlsx-col-message = Xabar
xlsx-col-suggestions = Taklif etilgan qiymatlar

## Nashr qilish: xatolar, chiquvchilar, manzillar va buyruq satri
publish-error-bad-token = Portal bu hisobning tokenini qabul qilmayapti. Tokenni tekshiring (Manzillar → Tokenni kiritish) va qayta urinib koʻring.
publish-error-no-credentials = Bu hisob uchun token saqlanmagan. Uni «Manzillar» boʻlimida qoʻshing.
publish-error-not-allowed = Bu hisob u yerga nashr qila olmaydi: { $detail }
publish-error-too-large = Fayl portal qabul qiladiganidan katta. Maʼlumotlar toʻplamini boʻling yoki portal maʼmurlaridan chegarani oshirishni soʻrang.
publish-error-network = Portalga ulanib boʻlmadi ({ $detail }). Nashr chiquvchilarda kutadi va aloqa tiklanganda yuboriladi.
publish-error-refused = Portal rad etdi: { $detail }
publish-error-protocol = Portal kutilmagan javob berdi ({ $detail }). Keyinroq qayta urinib koʻriladi.
publish-error-file = { $path } oʻqib boʻlmadi: { $detail }
publish-error-not-confirmed = Portal yuborilganini koʻrsatmayapti: { $detail }
publish-error-cancelled = Toʻxtatildi. Nashr chiquvchilarda kutadi.
publish-error-unsupported = Bu portal buni qoʻllab-quvvatlamaydi.
outbox-error-no-job = Chiquvchilarda { $job }-topshiriq yoʻq.
outbox-error-busy = { $job }-topshiriqni hozir boshqa oyna yoki buyruq yubormoqda.
outbox-error-db = Ish papkasining chiquvchilarini ochib boʻlmadi: { $detail }
job-queued = navbatda
job-sending = yuborilmoqda
job-sent = yuborildi, portal tasdigʻini kutmoqda
job-confirmed = portal tasdiqladi
job-failed = xato
job-paused = toʻxtatib turilgan
job-cancelled = bekor qilingan
push-no-dataset = Bu ish papkasida «{ $dataset }» maʼlumotlar toʻplami yoʻq.
push-no-target = Bu ish papkasida «{ $target }» manzili yoʻq. Qarang: ochiq target list
push-queued = { $job }-topshiriq: { $dataset }, { $period } davri, { $target } uchun navbatga qoʻyildi.
push-manual = Faylni maʼlumotlar toʻplami sahifasida yuklang: { $url }  (fayl: { $file })
target-no-token-given = Standart kirishda token berilmadi.
target-keychain-failed = Tokenni tizim parollar omboriga saqlab boʻlmadi: { $detail }
target-bad-kind = Nomaʼlum manzil turi «{ $kind }»: folder, ckan yoki egov dan foydalaning.
target-exists = «{ $id }» manzili allaqachon bor.
target-ok = { $user } sifatida ulanildi. Nashr qilish mumkin: { $organisations }
menu-publishing = Nashr qilish
menu-publishing-waiting = Nashr qilish ({ $count })
menu-publishing-tooltip = Maʼlumotlar toʻplamlarini portalga nashr qilish, chiquvchilar, tarix va nashr manzillarini koʻrish
publish-title = Nashr qilish
publish-tab-publish = Nashr qilish
publish-tab-outbox = Chiquvchilar ({ $count })
publish-tab-history = Tarix
publish-tab-targets = Manzillar
publish-no-datasets = Bu ish papkasida hali maʼlumotlar toʻplami yoʻq. Avval maʼlumotlar faylini oching va uni toʻplam sifatida tavsiflang.
publish-choose-dataset = Maʼlumotlar toʻplamini tanlang
publish-choose-target = Manzilni tanlang
publish-dataset = Maʼlumotlar toʻplami
publish-target = Manzil
publish-period = Davr
publish-period-tooltip = Maʼlumotlar qamrab olgan hisobot davri, masalan 2026-10, 2026-Q3 yoki 2025. Tarixga yoziladi va taqvimda ishlatiladi.
publish-check = Nashrdan oldin tekshirish
publish-check-tooltip = Maʼlumotlarni sxema boʻyicha tekshirish va manzildan toʻplamni qabul qilishini soʻrash; hech narsa yuborilmaydi
publish-send = Hozir nashr qilish
publish-send-tooltip = Toʻplamni chiquvchilarga qoʻyish va hozir yuborish; tarmoq boʻlmasa, u tiklanganda yuboriladi
publish-send-disabled = Avval «Nashrdan oldin tekshirish»ni bajaring; manzilda eʼtiroz boʻlmasa, nashr ochiladi
publish-stop = Toʻxtatish
publish-checking = Tekshirilmoqda…
publish-checks-heading = Nashrdan oldin
publish-data-valid = Maʼlumotlar toʻgʻri: { $rows } qator.
publish-data-invalid = Maʼlumotlarda { $rows } qatorda { $errors } ta xato bor. Baribir nashr qilish mumkin, lekin portal ularni koʻrsatadi.
publish-preflight-ok = Manzil toʻplamni qabul qiladi: hisob, tashkilot, majburiy maydonlar va hajm joyida.
preflight-no-organisation = «{ $organisation }» tashkiloti portalda yoʻq yoki bu hisob unga nashr qila olmaydi.
preflight-missing = Pasportning «{ $field }» bandi boʻsh; portal uni talab qiladi.
preflight-too-large = Fayl hajmi { $size } MB; portal koʻpi bilan { $limit } MB qabul qiladi.
publish-manual-upload = Bu portalda yuklash API si yoʻq: uning sahifasi brauzerda ochildi. Shu faylni oʻsha yerda yuklang; Ochiq katalogni kuzatadi va yangilanish koʻringanda tasdiqlaydi:
publish-open-page = Maʼlumotlar toʻplami sahifasini ochish
outbox-send-due = Vaqti kelganlarini hozir yuborish
outbox-send-due-tooltip = Vaqti kelgan barcha topshiriqlarni yuborish va kutilayotgan tasdiqlarni soʻrash
outbox-import = Papkadan paketni import qilish…
outbox-import-tooltip = Boshqa Ochiq papkaga yoki fleshkaga yozgan paketni shu yerdan yuborish uchun qabul qilish
outbox-refresh = Yangilash
outbox-empty = Chiquvchilar boʻsh. Nashrlar portal tasdiqlaguncha shu yerda kutadi.
outbox-retry = Hozir yuborish
outbox-pause = Toʻxtatib turish
outbox-cancel = Bekor qilish
outbox-col-job = Topshiriq
outbox-col-dataset = Maʼlumotlar toʻplami
outbox-col-period = Davr
outbox-col-target = Manzil
outbox-col-state = Holat
outbox-col-updated = Yangilangan
outbox-col-actions = Amallar
history-filter = Maʼlumotlar toʻplami
history-filter-hint = kodda bor…
history-failures = Faqat xatolar
history-empty = Hali hech narsa yozilmagan. Tekshiruvlar va nashrlar shu yerda roʻyxatlanadi.
history-col-when = Qachon
history-col-what = Nima
history-col-dataset = Maʼlumotlar toʻplami
history-col-period = Davr
history-col-target = Manzil
history-col-detail = Tafsilot
history-kind-check = tekshirildi
history-kind-queued = navbatga qoʻyildi
history-kind-sent = yuborildi
history-kind-already-there = portalda bor, qayta yuborilmadi
history-kind-confirmed = tasdiqlandi
history-kind-waiting = tasdiq kutilmoqda
history-kind-retrying = qayta urinib koʻriladi
history-kind-failed = xato
history-kind-paused = toʻxtatib turildi
history-kind-resumed = davom ettirildi
history-kind-cancelled = bekor qilindi
history-kind-imported = papkadan import qilindi
history-kind-marked-done = qoʻlda bajarildi deb belgilandi
keychain-ok = Tokenlar tizim parollar omborida saqlanadi.
keychain-checking = Tizim parollar ombori tekshirilmoqda…
keychain-unavailable = Tizim parollar omboridan bu yerda foydalanib boʻlmaydi. Tokenlarni bu kompyuterda saqlab boʻlmaydi.
keychain-use-session = Tokenlarni shu seans davomida xotirada saqlash
keychain-use-session-tooltip = Kiritilgan tokenlar faqat Ochiq yopilguncha saqlanadi va diskka hech qachon yozilmaydi; keyingi safar ularni qayta kiritasiz
keychain-session-only = Tokenlar faqat xotirada, Ochiq yopilguncha saqlanadi.
target-kind-folder = Papka yoki fleshka
target-kind-ckan = CKAN portali
target-kind-egov = data.egov.uz
target-test = Ulanishni tekshirish
target-test-tooltip = Manzildan bu hisob kimniki ekanini va qayerga nashr qila olishini soʻrash
target-remove = Olib tashlash
target-add-heading = Manzil qoʻshish
target-kind = Turi
target-id = Nomi
target-url = Portal manzili
target-folder = Papka
target-organisation = Tashkilot
target-token = API tokeni
target-token-tooltip = Tizim parollar omborida saqlanadi, hech qachon faylda emas
target-max-upload = Yuklash chegarasi, MB
target-add = Manzil qoʻshish
preflight-no-dataset = Portalda bu tashkilot katalogida { $dataset } maʼlumotlar toʻplami yoʻq. Pasportdagi portal kodi va identifikatorini tekshiring (Tuzilmani portaldan import qilish).
preflight-columns = Ustunlar nashr qilingan tuzilmadan farq qiladi:
preflight-columns-missing = yoʻq: { $columns }
preflight-columns-extra = nashr qilinmagan: { $columns }
preflight-columns-repeated = takrorlangan: { $columns }
compare-published = Nashr qilingan: { $code }, yangilangan { $updated }, { $rows } qator.
compare-same = Yangi versiyada xuddi shu ustunlar va qatorlar bor.
compare-rows = Qatorlar: { $added } qoʻshilgan, { $removed } olib tashlangan, { $changed } oʻzgargan, { $same } oʻzgarmagan.
compare-columns-added = Qoʻshilgan ustunlar: { $columns }
compare-columns-removed = Olib tashlangan ustunlar: { $columns }
publish-tab-catalogue = Katalog
catalogue-refresh = Katalogni oʻqish
catalogue-refresh-tooltip = Manzildan tashkilotning maʼlumotlar toʻplamlarini soʻrash: qatorlar, oxirgi yangilanish va kechikkan kunlar
catalogue-empty = Portal tashkilotingiz uchun nimani koʻrsatayotganini koʻrish uchun manzil katalogini oʻqing.
catalogue-col-code = Kod
catalogue-col-title = Nomi
catalogue-col-rows = Qatorlar
catalogue-col-updated = Yangilangan
catalogue-col-late = Kechikkan kunlar
publish-compare = Nashr qilingan maʼlumotlar bilan solishtirish
publish-compare-tooltip = Manzil bu toʻplam uchun nashr qilganini yuklab olish va yangi versiya qoʻshadigan, olib tashlaydigan yoki oʻzgartiradigan qator va ustunlarni koʻrsatish

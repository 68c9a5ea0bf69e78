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

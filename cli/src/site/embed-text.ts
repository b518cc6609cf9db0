/**
 * The embed page's own words in the six languages the widgets speak. A site
 * locale beyond them gets the English page (and says lang="en").
 */
export interface EmbedText {
  title: string;
  description: (project: string) => string;
  intro: string;
  navigation: string;
  widget: string;
  element: string;
  elements: Record<'community-release' | 'activity-timeline' | 'contact-card', string>;
  release: string;
  latest: string;
  allReleases: string;
  language: string;
  releaseOptions: string;
  layout: string;
  full: string;
  teaser: string;
  share: string;
  timelineOptions: string;
  grouping: string;
  groups: Record<'none' | 'year' | 'month', string>;
  order: string;
  orders: Record<'desc' | 'asc', string>;
  limit: string;
  contactOptions: string;
  person: string;
  compact: string;
  fullCard: string;
  preview: string;
  code: string;
  codeLabel: string;
  pasteHint: string;
  copy: string;
  copied: string;
  refused: string;
  relativeNote: string;
}

const en: EmbedText = {
  title: 'Embed on your site',
  description: (project) => `Show ${project} press releases, activities and contacts on your own site: pick a widget, see it live and copy the code.`,
  intro:
    'Choose a widget, a release, a language and a layout, check the preview, then copy the code into your page’s HTML. The widget reads this site’s feed, so it stays up to date.',
  navigation: 'Navigation',
  widget: 'Widget',
  element: 'Element',
  elements: { 'community-release': 'Press release', 'activity-timeline': 'Activity timeline', 'contact-card': 'Contact card' },
  release: 'Release',
  latest: 'The newest release (changes with each new one)',
  allReleases: 'All releases',
  language: 'Language of the widget',
  releaseOptions: 'Press release options',
  layout: 'Layout',
  full: 'Full text',
  teaser: 'Teaser with a “Read more” link',
  share: 'Show the share links (Facebook, copy link)',
  timelineOptions: 'Timeline options',
  grouping: 'Grouping',
  groups: { none: 'No groups', year: 'By year', month: 'By month' },
  order: 'Order',
  orders: { desc: 'Newest first', asc: 'Oldest first' },
  limit: 'Activities shown at first',
  contactOptions: 'Contact card options',
  person: 'Person',
  compact: 'Compact',
  fullCard: 'Full, with a “Save contact” button',
  preview: 'Preview',
  code: 'Code',
  codeLabel: 'Code for your page',
  pasteHint: 'Paste it where the widget should appear. The script line is needed once per page, however many widgets it has.',
  copy: 'Copy code',
  copied: 'Copied',
  refused: 'Copying was not allowed. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  relativeNote:
    'This site was built without --base-url, so the code uses the address this page was opened from. A partner’s site needs the feed’s absolute public address (starting with https://): check it before you copy.',
};

const lv: EmbedText = {
  title: 'Ievietot savā vietnē',
  description: (project) =>
    `Rādiet projekta „${project}” preses relīzes, aktivitātes un kontaktus savā vietnē: izvēlieties logrīku, apskatiet to un nokopējiet kodu.`,
  intro:
    'Izvēlieties logrīku, relīzi, valodu un izkārtojumu, apskatiet priekšskatījumu un iekopējiet kodu savas lapas HTML. Logrīks lasa šīs vietnes datu plūsmu, tāpēc vienmēr rāda aktuālo.',
  navigation: 'Navigācija',
  widget: 'Logrīks',
  element: 'Elements',
  elements: { 'community-release': 'Preses relīze', 'activity-timeline': 'Aktivitāšu laika līnija', 'contact-card': 'Kontaktkartīte' },
  release: 'Relīze',
  latest: 'Jaunākā relīze (mainās ar katru jaunu)',
  allReleases: 'Visas relīzes',
  language: 'Logrīka valoda',
  releaseOptions: 'Preses relīzes iestatījumi',
  layout: 'Izkārtojums',
  full: 'Pilns teksts',
  teaser: 'Ievads ar saiti „Lasīt vairāk”',
  share: 'Rādīt dalīšanās saites (Facebook, kopēt saiti)',
  timelineOptions: 'Laika līnijas iestatījumi',
  grouping: 'Grupēšana',
  groups: { none: 'Negrupēt', year: 'Pa gadiem', month: 'Pa mēnešiem' },
  order: 'Secība',
  orders: { desc: 'Jaunākās vispirms', asc: 'Vecākās vispirms' },
  limit: 'Sākumā rādīto aktivitāšu skaits',
  contactOptions: 'Kontaktkartītes iestatījumi',
  person: 'Persona',
  compact: 'Kompakta',
  fullCard: 'Pilna, ar pogu „Saglabāt kontaktu”',
  preview: 'Priekšskatījums',
  code: 'Kods',
  codeLabel: 'Kods jūsu lapai',
  pasteHint: 'Ielīmējiet to vietā, kur jābūt logrīkam. Skripta rinda lapā vajadzīga tikai vienreiz, lai cik logrīku tajā būtu.',
  copy: 'Kopēt kodu',
  copied: 'Nokopēts',
  refused: 'Kopēšana netika atļauta. Kods ir iezīmēts: nospiediet Ctrl+C (Mac datorā ⌘C), lai to nokopētu.',
  relativeNote:
    'Šī vietne izveidota bez --base-url, tāpēc kodā ir adrese, no kuras atvērta šī lapa. Partnera vietnei vajadzīga datu plūsmas pilna publiskā adrese (sākas ar https://): pārbaudiet to pirms kopēšanas.',
};

const ru: EmbedText = {
  title: 'Встроить на свой сайт',
  description: (project) =>
    `Показывайте пресс-релизы, мероприятия и контакты проекта «${project}» на своём сайте: выберите виджет, посмотрите его и скопируйте код.`,
  intro:
    'Выберите виджет, релиз, язык и вид, проверьте предварительный просмотр и скопируйте код в HTML своей страницы. Виджет читает ленту этого сайта, поэтому всегда актуален.',
  navigation: 'Навигация',
  widget: 'Виджет',
  element: 'Элемент',
  elements: { 'community-release': 'Пресс-релиз', 'activity-timeline': 'Хронология мероприятий', 'contact-card': 'Карточка контакта' },
  release: 'Релиз',
  latest: 'Самый новый релиз (меняется с каждым новым)',
  allReleases: 'Все релизы',
  language: 'Язык виджета',
  releaseOptions: 'Настройки пресс-релиза',
  layout: 'Вид',
  full: 'Полный текст',
  teaser: 'Анонс со ссылкой «Читать далее»',
  share: 'Показывать ссылки «Поделиться» (Facebook, копировать ссылку)',
  timelineOptions: 'Настройки хронологии',
  grouping: 'Группировка',
  groups: { none: 'Без групп', year: 'По годам', month: 'По месяцам' },
  order: 'Порядок',
  orders: { desc: 'Сначала новые', asc: 'Сначала старые' },
  limit: 'Сколько мероприятий показать сразу',
  contactOptions: 'Настройки карточки контакта',
  person: 'Человек',
  compact: 'Компактный',
  fullCard: 'Полный, с кнопкой «Сохранить контакт»',
  preview: 'Предварительный просмотр',
  code: 'Код',
  codeLabel: 'Код для вашей страницы',
  pasteHint: 'Вставьте его туда, где должен быть виджет. Строка со скриптом нужна на странице один раз, сколько бы виджетов на ней ни было.',
  copy: 'Копировать код',
  copied: 'Скопировано',
  refused: 'Копирование не разрешено. Код выделен: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать его.',
  relativeNote:
    'Этот сайт собран без --base-url, поэтому в коде указан адрес, с которого открыта эта страница. Сайту партнёра нужен полный публичный адрес ленты (начинается с https://): проверьте его перед копированием.',
};

const lt: EmbedText = {
  title: 'Įterpti į savo svetainę',
  description: (project) =>
    `Rodykite projekto „${project}“ pranešimus spaudai, veiklas ir kontaktus savo svetainėje: pasirinkite valdiklį, peržiūrėkite jį ir nukopijuokite kodą.`,
  intro:
    'Pasirinkite valdiklį, pranešimą, kalbą ir išdėstymą, patikrinkite peržiūrą ir nukopijuokite kodą į savo puslapio HTML. Valdiklis skaito šios svetainės naujienų šaltinį, todėl visada rodo naujausią informaciją.',
  navigation: 'Naršymas',
  widget: 'Valdiklis',
  element: 'Elementas',
  elements: { 'community-release': 'Pranešimas spaudai', 'activity-timeline': 'Veiklų laiko juosta', 'contact-card': 'Kontakto kortelė' },
  release: 'Pranešimas',
  latest: 'Naujausias pranešimas (keičiasi su kiekvienu nauju)',
  allReleases: 'Visi pranešimai',
  language: 'Valdiklio kalba',
  releaseOptions: 'Pranešimo spaudai nustatymai',
  layout: 'Išdėstymas',
  full: 'Visas tekstas',
  teaser: 'Anonsas su nuoroda „Skaityti daugiau“',
  share: 'Rodyti bendrinimo nuorodas („Facebook“, kopijuoti nuorodą)',
  timelineOptions: 'Laiko juostos nustatymai',
  grouping: 'Grupavimas',
  groups: { none: 'Negrupuoti', year: 'Pagal metus', month: 'Pagal mėnesius' },
  order: 'Tvarka',
  orders: { desc: 'Pirmiausia naujausios', asc: 'Pirmiausia seniausios' },
  limit: 'Iš pradžių rodomų veiklų skaičius',
  contactOptions: 'Kontakto kortelės nustatymai',
  person: 'Asmuo',
  compact: 'Kompaktiška',
  fullCard: 'Išsami, su mygtuku „Išsaugoti kontaktą“',
  preview: 'Peržiūra',
  code: 'Kodas',
  codeLabel: 'Kodas jūsų puslapiui',
  pasteHint: 'Įklijuokite jį ten, kur turi būti valdiklis. Scenarijaus eilutės puslapyje reikia tik vieną kartą, kad ir kiek valdiklių jame būtų.',
  copy: 'Kopijuoti kodą',
  copied: 'Nukopijuota',
  refused: 'Kopijuoti neleista. Kodas pažymėtas: paspauskite Ctrl+C („Mac“ kompiuteryje ⌘C), kad jį nukopijuotumėte.',
  relativeNote:
    'Ši svetainė sukurta be --base-url, todėl kode nurodytas adresas, iš kurio atidarytas šis puslapis. Partnerio svetainei reikia viso viešo naujienų šaltinio adreso (prasideda https://): patikrinkite jį prieš kopijuodami.',
};

// Estonian in the singular, as the widgets' own copy-link words are.
const et: EmbedText = {
  title: 'Lisa oma veebisaidile',
  description: (project) =>
    `Näita projekti „${project}” pressiteateid, tegevusi ja kontakte oma veebisaidil: vali vidin, vaata seda ja kopeeri kood.`,
  intro:
    'Vali vidin, pressiteade, keel ja paigutus, vaata eelvaadet ning kopeeri kood oma lehe HTML-i. Vidin loeb selle saidi uudistevoogu, nii et see on alati ajakohane.',
  navigation: 'Navigeerimine',
  widget: 'Vidin',
  element: 'Element',
  elements: { 'community-release': 'Pressiteade', 'activity-timeline': 'Tegevuste ajajoon', 'contact-card': 'Kontaktkaart' },
  release: 'Pressiteade',
  latest: 'Uusim pressiteade (muutub iga uuega)',
  allReleases: 'Kõik pressiteated',
  language: 'Vidina keel',
  releaseOptions: 'Pressiteate seaded',
  layout: 'Paigutus',
  full: 'Täistekst',
  teaser: 'Lühitutvustus lingiga „Loe edasi”',
  share: 'Näita jagamislinke (Facebook, kopeeri link)',
  timelineOptions: 'Ajajoone seaded',
  grouping: 'Rühmitamine',
  groups: { none: 'Rühmitamata', year: 'Aastate kaupa', month: 'Kuude kaupa' },
  order: 'Järjestus',
  orders: { desc: 'Uuemad eespool', asc: 'Vanemad eespool' },
  limit: 'Alguses näidatavate tegevuste arv',
  contactOptions: 'Kontaktkaardi seaded',
  person: 'Isik',
  compact: 'Kompaktne',
  fullCard: 'Täielik, nupuga „Salvesta kontakt”',
  preview: 'Eelvaade',
  code: 'Kood',
  codeLabel: 'Kood sinu lehele',
  pasteHint: 'Kleebi see kohta, kus vidin peab olema. Skripti rida on lehel vaja ainult üks kord, olenemata sellest, mitu vidinat seal on.',
  copy: 'Kopeeri kood',
  copied: 'Kopeeritud',
  refused: 'Kopeerimine ei olnud lubatud. Kood on valitud: kopeerimiseks vajuta Ctrl+C (Macis ⌘C).',
  relativeNote:
    'See sait on loodud ilma --base-url-ita, seega on koodis aadress, millelt see leht avati. Partneri saidil on vaja uudistevoo täielikku avalikku aadressi (algab https://): kontrolli seda enne kopeerimist.',
};

const uk: EmbedText = {
  title: 'Вбудувати на свій сайт',
  description: (project) =>
    `Показуйте прес-релізи, заходи й контакти проєкту «${project}» на своєму сайті: виберіть віджет, перегляньте його й скопіюйте код.`,
  intro:
    'Виберіть віджет, реліз, мову й вигляд, перевірте попередній перегляд і скопіюйте код у HTML своєї сторінки. Віджет читає стрічку цього сайту, тож завжди показує актуальне.',
  navigation: 'Навігація',
  widget: 'Віджет',
  element: 'Елемент',
  elements: { 'community-release': 'Прес-реліз', 'activity-timeline': 'Хронологія заходів', 'contact-card': 'Картка контакту' },
  release: 'Реліз',
  latest: 'Найновіший реліз (змінюється з кожним новим)',
  allReleases: 'Усі релізи',
  language: 'Мова віджета',
  releaseOptions: 'Налаштування прес-релізу',
  layout: 'Вигляд',
  full: 'Повний текст',
  teaser: 'Анонс із посиланням «Читати далі»',
  share: 'Показувати посилання «Поширити» (Facebook, копіювати посилання)',
  timelineOptions: 'Налаштування хронології',
  grouping: 'Групування',
  groups: { none: 'Без груп', year: 'За роками', month: 'За місяцями' },
  order: 'Порядок',
  orders: { desc: 'Спочатку нові', asc: 'Спочатку старі' },
  limit: 'Скільки заходів показати одразу',
  contactOptions: 'Налаштування картки контакту',
  person: 'Особа',
  compact: 'Компактна',
  fullCard: 'Повна, з кнопкою «Зберегти контакт»',
  preview: 'Попередній перегляд',
  code: 'Код',
  codeLabel: 'Код для вашої сторінки',
  pasteHint: 'Вставте його туди, де має бути віджет. Рядок зі скриптом потрібен на сторінці лише один раз, скільки б віджетів на ній не було.',
  copy: 'Копіювати код',
  copied: 'Скопійовано',
  refused: 'Копіювання не дозволено. Код виділено: натисніть Ctrl+C (⌘C на Mac), щоб скопіювати його.',
  relativeNote:
    'Цей сайт зібрано без --base-url, тому в коді вказано адресу, з якої відкрито цю сторінку. Сайту партнера потрібна повна публічна адреса стрічки (починається з https://): перевірте її перед копіюванням.',
};

const texts: Record<string, EmbedText> = { en, lv, ru, lt, et, uk };

export const embedText = (locale: string): EmbedText => texts[locale] ?? en;

/** The language the page's own words are in (its `<html lang>`): the locale, or English where it has no text. */
export const embedTextLang = (locale: string): string => (texts[locale] ? locale : 'en');

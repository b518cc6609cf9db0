/**
 * The embed page's own words in Latvian, English and Russian. Other site
 * locales get the English page (the widgets themselves still speak them).
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
  intro: 'Choose a widget, a release, a language and a layout, check the preview, then copy the code into your page’s HTML. The widget reads this site’s feed, so it stays up to date.',
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
  relativeNote: 'This site was built without --base-url, so the code uses the address this page was opened from. A partner’s site needs the feed’s absolute public address (starting with https://): check it before you copy.',
};

const lv: EmbedText = {
  title: 'Ievietot savā vietnē',
  description: (project) => `Rādiet projekta „${project}” preses relīzes, aktivitātes un kontaktus savā vietnē: izvēlieties logrīku, apskatiet to un nokopējiet kodu.`,
  intro: 'Izvēlieties logrīku, relīzi, valodu un izkārtojumu, apskatiet priekšskatījumu un iekopējiet kodu savas lapas HTML. Logrīks lasa šīs vietnes datu plūsmu, tāpēc vienmēr rāda aktuālo.',
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
  relativeNote: 'Šī vietne izveidota bez --base-url, tāpēc kodā ir adrese, no kuras atvērta šī lapa. Partnera vietnei vajadzīga datu plūsmas pilna publiskā adrese (sākas ar https://): pārbaudiet to pirms kopēšanas.',
};

const ru: EmbedText = {
  title: 'Встроить на свой сайт',
  description: (project) => `Показывайте пресс-релизы, мероприятия и контакты проекта «${project}» на своём сайте: выберите виджет, посмотрите его и скопируйте код.`,
  intro: 'Выберите виджет, релиз, язык и вид, проверьте предварительный просмотр и скопируйте код в HTML своей страницы. Виджет читает ленту этого сайта, поэтому всегда актуален.',
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
  relativeNote: 'Этот сайт собран без --base-url, поэтому в коде указан адрес, с которого открыта эта страница. Сайту партнёра нужен полный публичный адрес ленты (начинается с https://): проверьте его перед копированием.',
};

const texts: Record<string, EmbedText> = { en, lv, ru };

export const embedText = (locale: string): EmbedText => texts[locale] ?? en;

/** The language the page's own words are in (its `<html lang>`): the locale, or English where it has no text. */
export const embedTextLang = (locale: string): string => (texts[locale] ? locale : 'en');

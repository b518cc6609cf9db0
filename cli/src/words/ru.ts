/** The command's words in Russian (formal: «напишите», «укажите»). */
import type { Words } from './catalogue.js';
import { languageName, listed } from './language.js';
import { counted, megabytes, whole, wholeMegabytes } from './plural.js';
import type { FileSlip, JsonSlip, ValueKind } from './said.js';
import { ACTIVITY_COLUMNS } from '../source/layout.js';
import { tellsRu } from './told-ru.js';

const q = (value: string) => `«${value}»`;
/** «английский» → «английском»: the prepositional case of a language's adjective, after «на». */
const prepositional = (name: string) =>
  name
    .split(' ')
    .map((word) => word.replace(/(ск|цк)ий$/, '$1ом').replace(/[ыо]й$/, 'ом'))
    .join(' ');
/** «на латышском и английском». */
const inLanguages = (tags: readonly string[]) =>
  `на ${listed(
    tags.map((tag) => prepositional(languageName(tag, 'ru'))),
    'ru'
  )}`;
/** Instrumental, after «должно быть». */
const KINDS: Record<ValueKind, string> = {
  text: 'текстом',
  list: 'списком',
  group: 'группой полей',
  number: 'числом',
  'yes-no': 'значением true или false',
  nothing: 'пустым',
};
const DATE_WORDS =
  'напишите день (2026-04-30), месяц (2026-04), год (2026), время года (2026-21 весна, 2026-22 лето, 2026-23 осень, 2026-24 зима) или период (2026-04-21/2026-04-30); ~ означает «примерно» (2026-04~), ? — «возможно» (2026-04?)';

/** Why a file cannot be read, from the system's code (EACCES…), in plain words. */
const unreadable = (reason: string): string =>
  reason === 'EACCES' || reason === 'EPERM'
    ? 'компьютер не даёт его открыть (проверьте, кому разрешено читать этот файл, или скопируйте его в свою папку)'
    : reason === 'EISDIR'
      ? 'это папка, а не файл'
      : reason === 'EBUSY'
        ? 'его держит открытым другая программа (закройте его там и попробуйте снова)'
        : reason === 'EMFILE' || reason === 'ENFILE'
          ? 'открыто слишком много файлов сразу; попробуйте снова'
          : 'компьютер не смог его открыть; попробуйте снова или сохраните файл заново';
const CSV_INSTEAD = 'сохраните мероприятия как activities.csv';

/** Why a release's picture (or attached file) cannot be published. */
const fileSlip = (src: string, why: FileSlip, picture: boolean): string => {
  const files = picture ? 'изображения' : 'файлы';
  switch (why.slip) {
    case 'absolute':
      return `${src} — путь от верхней папки компьютера: укажите файл относительно папки релиза (talka.jpg)`;
    case 'outside':
      return `${src} находится вне папки: публикуются только ${files} внутри неё`;
    case 'link-outside':
      return `${src} — ссылка на файл вне папки: публикуются только ${files} внутри неё`;
    case 'missing':
      return `файла ${src} нет (проверьте его имя и то, что он лежит в папке релиза)`;
    case 'unreadable':
      return `файл ${src} не удаётся прочитать: ${unreadable(why.reason)}`;
    case 'not-a-file':
      return why.found === 'other'
        ? `${src} — не обычный файл`
        : `${src} — ${why.found === 'folder' ? 'папка' : 'устройство'}, а не ${picture ? 'изображение' : 'файл'}`;
    case 'too-large':
      return `${src} весит ${megabytes('ru', why.size, 'МБ')}; публикуются ${files} до ${megabytes('ru', why.limit, 'МБ')} (сохраните копию поменьше${picture ? '' : ' или укажите его веб-адрес'})`;
    case 'changed':
      return `${src} изменился во время чтения`;
    case 'not-http':
      return `${q(src)} — не веб-адрес${picture ? ' изображения' : ''} (https://…)`;
    case 'not-a-picture':
      return `${src} — не изображение PNG, JPEG, GIF или WebP${why.format ? ` (это ${why.format})` : ''}`;
    case 'damaged':
      return `${src} — повреждённое изображение ${why.format}, его не удаётся прочитать`;
    case 'web-page':
      return `${src} откроется как страница сайта и сможет запустить на нём скрипт: приложите его в формате PDF или укажите его веб-адрес`;
    case 'active-content':
      return `${src} — рисунок SVG со скриптом или встроенной страницей внутри, они сработали бы на сайте: сохраните его заново как простой рисунок (в Inkscape: «Сохранить как», «Оптимизированный SVG») или в формате PNG или PDF`;
  }
};
const DRAWN = 'пропущено, вместо него у релиза будет нарисованная картинка для соцсетей';

/** What is wrong in a feed file's JSON. */
const JSON_SLIPS: Record<JsonSlip, string> = {
  InvalidSymbol: 'неожиданный символ',
  InvalidNumberFormat: 'это число записано не так, как числа в JSON',
  PropertyNameExpected: 'ожидается имя в двойных кавычках (лишняя запятая?)',
  ValueExpected: 'ожидается значение (лишняя запятая или нет значения?)',
  ColonExpected: 'после имени ожидается ":"',
  CommaExpected: 'ожидается запятая или закрывающая скобка (пропущена запятая?)',
  CloseBraceExpected: 'ожидается "}", закрывающая группу',
  CloseBracketExpected: 'ожидается "]", закрывающая список',
  EndOfFileExpected: 'после документа ожидается конец файла',
  InvalidCommentToken: 'в JSON нет комментариев',
  UnexpectedEndOfComment: 'в JSON нет комментариев',
  UnexpectedEndOfString: 'у этого текста нет закрывающей двойной кавычки',
  UnexpectedEndOfNumber: 'это число обрывается слишком рано',
  InvalidUnicode: 'неверная запись \\u',
  InvalidEscapeCharacter: 'неверный символ после обратной косой черты',
  InvalidCharacter: 'перевод строки или управляющий символ внутри текста (пишите \\n)',
  other: 'это не JSON',
};

export const ru: Words = {
  severity: { error: 'ошибка', warning: 'предупреждение' },
  counted: (errors, warnings) =>
    `${counted('ru', errors, { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' })}, ${counted('ru', warnings, { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений', other: 'предупреждения' })}`,
  valid: 'проблем не найдено',
  stopped: (errors, input) =>
    `${input}: ${counted('ru', errors, { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' })}; ничего не записано (исправьте ошибки или запустите kopiena validate ${input})`,
  previewBroken: (errors, input, kept) =>
    `${input}: ${counted('ru', errors, { one: 'ошибка', few: 'ошибки', many: 'ошибок', other: 'ошибки' })}; ${kept ? 'пока показывается последняя рабочая версия сайта' : 'сайт появится, когда они будут исправлены'}`,
  release: (name) => `релиз ${name}`,
  activity: (name) => `мероприятие ${name}`,
  activityNumber: (n) => `мероприятие № ${n}`,
  person: (id) => `контактное лицо ${id}`,
  organization: (id) => `организация ${id}`,
  project: 'проект',
  numbered: (field, n) => `${field} № ${n}`,
  didYouMean: (suggestion) => `возможно, имелось в виду ${suggestion}?`,
  says: {
    required: () => 'отсутствует; это поле обязательно',
    kind: ({ expected, found }) => `должно быть ${KINDS[expected]}, а не ${KINDS[found]}`,
    'localized-text': ({ found }) => `должно быть текстом или текстом на каждом языке (lv: …, ru: …), а не ${KINDS[found]}`,
    empty: () => 'пусто; напишите текст или уберите это поле',
    id: ({ value, example }) =>
      `${q(value)} — недопустимый идентификатор: используйте только строчные латинские буквы, цифры и дефисы, например ${example}`,
    'unknown-id': ({ kind, value }) =>
      kind === 'release'
        ? `${q(value)} — такой папки нет в releases/ (или она названа дважды)`
        : `нет ${kind === 'person' ? 'контактного лица' : kind === 'topic' ? 'темы' : 'организации'} с идентификатором ${q(value)}`,
    'repeated-id': ({ kind, value }) =>
      `${q(value)} встречается дважды: у каждого ${kind === 'release' ? 'релиза' : 'мероприятия'} должен быть свой идентификатор`,
    date: ({ value, guess }) => `${q(value)} — не дата; ${guess ? `напишите ${guess}` : 'напишите год, месяц и день, например 2026-04-30'}`,
    when: ({ value }) => `${q(value)} — не дата; ${DATE_WORDS}`,
    part: ({ value }) => `${q(value)} — не early, не mid и не late (начало, середина или конец месяца, времени года или года)`,
    count: ({ value, least }) => `${q(value)} — не целое число${least ? ' не меньше 1' : ''}; напишите число, например 12`,
    'yes-no': ({ value }) => `${q(value)} — не true и не false; напишите true (да) или false (нет)`,
    url: ({ value }) =>
      `${q(value)} — не полный веб-адрес; напишите его так: https://www.example.org/ (или mailto:name@example.org, tel:+37120000000)`,
    social: () => 'для каждой соцсети укажите полный адрес, например facebook: https://www.facebook.com/example',
    email: ({ value }) =>
      `${q(value)} — не адрес электронной почты; напишите его так: name@example.lv (иначе на страницах он будет показан обычным текстом)`,
    phone: ({ value }) =>
      `${q(value)} — не номер, по которому читатель сможет позвонить; напишите цифры, например +371 26 000 000 (иначе на страницах он будет показан обычным текстом)`,
    link: ({ value }) =>
      `ссылка на ${q(value)} — не полный веб-адрес, поэтому она будет показана обычным текстом; напишите адрес так: https://www.example.org/`,
    'no-translation': ({ missing, written }) =>
      `нет текста ${inLanguages(missing)} (релиз написан ${inLanguages(written)}): читающие ${inLanguages(missing)} увидят здесь текст на другом языке`,
    'no-date-words': ({ languages }) => `на страницах нет слов для дат ${inLanguages(languages)}: читатели увидят эту дату на английском`,
    'no-alt': () => 'у изображения нет описания (alt): опишите его для читателей, которые не видят изображение',
    'language-tag': ({ value }) => `${q(value)} — не код языка; напишите, например, lv, en, ru или pt-BR`,
    syntax: ({ slip }) =>
      slip === 'twice'
        ? 'это название указано дважды в одном месте; оставьте одно'
        : slip === 'colon'
          ? 'не читается: текст, в котором есть «: », возьмите в кавычки ("…") или проверьте отступ строки'
          : slip === 'tab'
            ? 'не читается: делайте отступы пробелами, а не табуляцией'
            : 'с этого места текст не читается: проверьте, не пропущены ли кавычка ("), скобка (]) или двоеточие (:) и совпадает ли отступ строки с соседними',
    'translation-not-text': () => 'перевод должен быть текстом',
    'translation-twice': ({ language, file }) => `текст ${inLanguages([language])} указан и в ${file}; оставьте один из двух`,
    'translation-extra': ({ file }) => `этого нет в ${file}: в переводе переводится только текст файла релиза`,
    'translation-differs': ({ file }) =>
      `отличается от ${file}: в переводе переводится только текст (заголовок, краткое содержание, место, основной текст, описание изображения, подписи ссылок и контактов, названия вложений, названия, описания и места мероприятий)`,
    'release-file-missing': ({ language, file, found }) =>
      `отсутствует: каждому релизу нужен текст на первом языке сайта (${languageName(language, 'ru')}, ${file}); ${found.length ? `найдено: ${found.join(', ')}` : 'в папке нет ни одного файла релиза'}`,
    'release-id-mismatch': ({ value, folder }) =>
      `указано ${q(value)}, но папка называется ${q(folder)}: идентификатор релиза — это название его папки (переименуйте одно из двух)`,
    'table-quote': ({ slip }) =>
      slip === 'unclosed'
        ? 'ячейка в кавычках не закрыта (не хватает ")'
        : slip === 'inside'
          ? 'кавычку (") внутри ячейки напишите дважды ("") и заключите всю ячейку в кавычки'
          : 'эту строку нельзя прочитать: проверьте кавычки (") и разделители',
    'column-unknown': ({ value, tagged }) =>
      tagged
        ? `${q(value)} — не столбец мероприятий: после @ укажите код языка, например lv, en или pt-BR (title@en)`
        : `${q(value)} — не столбец мероприятий (столбцы: ${ACTIVITY_COLUMNS.join(', ')}; переводы — например, title@en)`,
    'column-twice': ({ value, first }) => `столбец ${q(value)} уже есть (столбец ${first}); оставьте один из них`,
    'columns-missing': ({ missing }) => `в первой строке должны быть столбцы id, when и title; не хватает: ${listed(missing, 'ru')}`,
    'row-cells': ({ cells, columns, separator }) =>
      `в этой строке ${counted('ru', cells, { one: 'ячейка', few: 'ячейки', many: 'ячеек', other: 'ячейки' })}, в первой строке — ${counted('ru', columns, { one: 'ячейка', few: 'ячейки', many: 'ячеек', other: 'ячейки' })} (пропущена или лишняя ${separator === 'comma' ? 'запятая' : 'точка с запятой'}?)`,
    'cell-error': ({ value }) => `показывает ошибку ${value}: впишите само значение`,
    'cell-beyond': ({ last }) => `находится правее столбца ${last}; столбцы мероприятий идут первыми, начиная с A`,
    'column-unnamed': ({ row }) => `нет названия столбца в строке ${row}; впишите его туда или очистите эту ячейку`,
    'picture-file': ({ src, ...why }) => `${fileSlip(src, why, true)}: ${DRAWN}`,
    'attachment-file': ({ src, ...why }) => `${fileSlip(src, why, false)}: пропущено, релиз публикуется без него`,
    'picture-base-url': ({ src }) => `для публикации изображения ${src} нужен --base-url (веб-адрес сайта): ${DRAWN}`,
    'file-too-large': ({ size, limit }) => `весит ${wholeMegabytes(size, 'МБ')} — больше допустимых ${wholeMegabytes(limit, 'МБ')}`,
    'not-text': ({ found }) =>
      found === 'utf-16'
        ? 'сохранён в кодировке UTF-16; сохраните его в кодировке UTF-8 (в Excel: «CSV UTF-8»)'
        : found === 'zip'
          ? 'это zip-файл (таблица или документ в собственном формате?), а не текст; сохраните его как текст UTF-8'
          : found === 'binary'
            ? 'это не текстовый файл (в нём двоичные данные); сохраните его как текст UTF-8'
            : 'это не текст UTF-8; сохраните его в кодировке UTF-8',
    'too-deep': ({ limit }) => `вложенность больше ${limit} уровней (списки или группы друг в друге; обычно хватает меньше 10)`,
    aliases: ({ slip, limit }) =>
      slip === 'many'
        ? `повторяет значения через *ссылки больше ${limit} раз (ссылки на ссылки делают маленький файл огромным): выпишите значения`
        : `содержит *ссылки, которые вкладывают значение само в себя или дают вложенность больше ${limit} уровней: выпишите значения`,
    'file-not-language': () => 'не читается: файл релиза называется кодом своего языка (lv.md, en.md, ru.md или index.lv.md, как его называет CMS)',
    'file-twice': ({ other, language }) => `не читается: рядом лежит ${other} с текстом ${inLanguages([language])}; оставьте один из них`,
    'body-twice': () => 'текст указан дважды: между строками --- (body:) и под ними; оставьте один',
    'table-twice': ({ other }) => `не читается: мероприятия уже есть в ${other} рядом; оставьте один из них`,
    'activities-twice': ({ first, second }) => `мероприятия указаны дважды: в ${first} и в ${second}; оставьте одно`,
    'json-syntax': ({ slip }) => `это не корректный JSON: ${JSON_SLIPS[slip]}`,
    'archives-not-list': () => 'должно быть списком страниц архива, сначала новые',
    'archive-absolute-url': ({ origin }) =>
      `это полный веб-адрес: виджеты читают его, только когда источник новостей находится на ${origin}; короткий адрес (archive/2019.json) работает везде`,
    'archive-range': ({ to, of }) =>
      of === 'releases'
        ? `позже "to" (${to}): в диапазон этой страницы не попадает ни одна дата, поэтому виджеты никогда не ищут на ней релизы`
        : `позже "to" (${to}): в этот диапазон не попадает ни одна дата, поэтому хронология никогда не читает мероприятия этой страницы`,
    'archive-order': ({ before }) =>
      `в ней более новые релизы, чем на предыдущей странице архива № ${before}: расположите страницы архива от новых к старым (виджеты читают их в этом порядке)`,
    'feed-not-object': ({ found }) =>
      `это не источник новостей: он должен быть одной группой полей { } (version, language, project, releases), а не ${KINDS[found]}`,
    'feed-version': ({ value, supported }) =>
      `эта версия kopiena не читает источник новостей версии ${q(value)}; напишите ${supported} или обновите kopiena, если источник создан более новой версией`,
    'feed-too-large': ({ of, limit }) =>
      `в источнике новостей больше ${whole('ru', limit)} ${of === 'releases' ? 'релизов' : 'мероприятий'} — больше, чем могут прочитать виджеты; оставьте здесь самые новые, а более старые релизы перенесите на страницы архива`,
    'topic-without-topics': ({ value }) =>
      `указывает тему ${q(value)}, но ни одна тема не перечислена: добавьте её в раздел topics с названием на каждом языке`,
    unreadable: ({ reason }) => `не удаётся прочитать: ${unreadable(reason)}`,
    'not-fields': () => 'должно состоять из полей, по одному в строке: название, двоеточие и значение (например, language: lv)',
    'releases-not-list': () =>
      'должно быть списком папок релизов (названий из releases/) в том порядке, в каком их показывает сайт, каждое в своей строке после «- » (например, - 2026-04-30-talka)',
    'front-matter-open': () => 'поля в начале файла открываются строкой ---, но закрывающей строки --- нет; добавьте её под последним полем',
    'workbook-not-xlsx': ({ zip }) =>
      zip
        ? 'это документ другой программы, а не книга Excel (.xlsx); сохраните таблицу как «Книга Excel»'
        : 'это не книга Excel (.xlsx); сохраните таблицу как «Книга Excel» или как CSV с именем activities.csv',
    'workbook-damaged': () =>
      `файл повреждён, его не удаётся прочитать; откройте его в Excel или LibreOffice и сохраните заново как «Книга Excel» или ${CSV_INSTEAD}`,
    'workbook-too-large': ({ slip, limit }) =>
      slip === 'cells'
        ? `на первом листе слишком много ячеек (больше ${whole('ru', limit)}) — больше, чем нужно для списка мероприятий; оставьте на первом листе только мероприятия`
        : slip === 'parts'
          ? `состоит из слишком многих частей (больше ${whole('ru', limit)}) — в таблице их гораздо меньше; ${CSV_INSTEAD}`
          : `в открытом виде занимает больше ${wholeMegabytes(limit, 'МБ')} — больше, чем нужно для списка мероприятий; ${CSV_INSTEAD}`,
    'workbook-slow': ({ seconds }) =>
      `читается дольше ${counted('ru', seconds, { one: 'секунды', few: 'секунд', many: 'секунд', other: 'секунды' })}; ${CSV_INSTEAD}`,
  },
  tells: tellsRu,
};

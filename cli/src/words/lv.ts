/** The command's words in Latvian (formal: "rakstiet", "lietojiet"). */
import type { Words } from './catalogue.js';
import { languageName, listed } from './language.js';
import { counted, megabytes, whole, wholeMegabytes } from './plural.js';
import type { FileSlip, JsonSlip, ValueKind } from './said.js';
import { ACTIVITY_COLUMNS } from '../source/layout.js';
import { tellsLv } from './told-lv.js';

const q = (value: string) => `"${value}"`;
/** "latviešu un angļu valodā": the names are genitive forms, so one "valodā" serves the list. */
const inLanguages = (tags: readonly string[]) =>
  `${listed(
    tags.map((tag) => languageName(tag, 'lv')),
    'lv'
  )} valodā`;
/** Dative, after "jābūt" and "nevis". */
const KINDS: Record<ValueKind, string> = {
  text: 'tekstam',
  list: 'sarakstam',
  group: 'lauku grupai',
  number: 'skaitlim',
  'yes-no': 'vērtībai true vai false',
  nothing: 'tukšam',
};
const DATE_WORDS =
  'rakstiet dienu (2026-04-30), mēnesi (2026-04), gadu (2026), gadalaiku (2026-21 pavasaris, 2026-22 vasara, 2026-23 rudens, 2026-24 ziema) vai laika posmu (2026-04-21/2026-04-30); ~ nozīmē „aptuveni” (2026-04~), ? – „varbūt” (2026-04?)';

/** Why a file cannot be read, from the system's code (EACCES…), in plain words. */
const unreadable = (reason: string): string =>
  reason === 'EACCES' || reason === 'EPERM'
    ? 'šis dators neļauj to atvērt (pārbaudiet, kam atļauts lasīt šo failu, vai nokopējiet to savā mapē)'
    : reason === 'EISDIR'
      ? 'tā ir mape, nevis fails'
      : reason === 'EBUSY'
        ? 'to tur atvērtu cita programma (aizveriet to tur un mēģiniet vēlreiz)'
        : reason === 'EMFILE' || reason === 'ENFILE'
          ? 'vienlaikus atvērts pārāk daudz failu; mēģiniet vēlreiz'
          : 'dators to nevarēja atvērt; mēģiniet vēlreiz vai saglabājiet failu no jauna';
const CSV_INSTEAD = 'saglabājiet aktivitātes kā activities.csv';

/** Why a release's picture (or attached file) cannot be published. */
const fileSlip = (src: string, why: FileSlip, picture: boolean): string => {
  const files = picture ? 'attēlus' : 'failus';
  switch (why.slip) {
    case 'absolute':
      return `${src} ir ceļš no datora augšējās mapes: norādiet failu no relīzes mapes (talka.jpg)`;
    case 'outside':
      return `${src} ir ārpus mapes: publicē tikai tos ${files}, kas ir mapē`;
    case 'link-outside':
      return `${src} ir saite uz failu ārpus mapes: publicē tikai tos ${files}, kas ir mapē`;
    case 'missing':
      return `faila ${src} nav (pārbaudiet tā nosaukumu un vai tas ir relīzes mapē)`;
    case 'unreadable':
      return `failu ${src} nevar nolasīt: ${unreadable(why.reason)}`;
    case 'not-a-file':
      return why.found === 'other'
        ? `${src} nav parasts fails`
        : `${src} ir ${why.found === 'folder' ? 'mape' : 'ierīce'}, nevis ${picture ? 'attēls' : 'fails'}`;
    case 'too-large':
      return `${src} ir ${megabytes('lv', why.size, 'MB')}; publicē ${files} līdz ${megabytes('lv', why.limit, 'MB')} (saglabājiet mazāku kopiju${picture ? '' : ' vai norādiet tā tīmekļa adresi'})`;
    case 'changed':
      return `${src} mainījās, kamēr to lasīja`;
    case 'not-http':
      return `${q(src)} nav ${picture ? 'attēla ' : ''}tīmekļa adrese (https://…)`;
    case 'not-a-picture':
      return `${src} nav PNG, JPEG, GIF vai WebP attēls${why.format ? ` (tas ir ${why.format})` : ''}`;
    case 'damaged':
      return `${src} ir bojāts ${why.format} attēls, ko nevar nolasīt`;
    case 'web-page':
      return `${src} atvērtos kā vietnes lapa un tur varētu palaist skriptu: pievienojiet to kā PDF vai norādiet tā tīmekļa adresi`;
    case 'active-content':
      return `${src} ir SVG zīmējums, kurā ir skripts vai iegulta lapa, kas darbotos vietnē: saglabājiet to vēlreiz kā vienkāršu zīmējumu (Inkscape: Saglabāt kā, Optimizēts SVG) vai kā PNG vai PDF`;
  }
};
const DRAWN = 'izlaists, relīzei tā vietā būs zīmēts kopīgošanas attēls';

/** What is wrong in a feed file's JSON. */
const JSON_SLIPS: Record<JsonSlip, string> = {
  InvalidSymbol: 'neparedzēta rakstzīme',
  InvalidNumberFormat: 'šis skaitlis nav uzrakstīts tā, kā JSON raksta skaitļus',
  PropertyNameExpected: 'gaidīts nosaukums pēdiņās (lieks komats?)',
  ValueExpected: 'gaidīta vērtība (lieks komats vai trūkst vērtības?)',
  ColonExpected: 'aiz nosaukuma gaidīts ":"',
  CommaExpected: 'gaidīts komats vai aizverošā iekava (trūkst komata?)',
  CloseBraceExpected: 'gaidīta "}", kas aizver grupu',
  CloseBracketExpected: 'gaidīta "]", kas aizver sarakstu',
  EndOfFileExpected: 'pēc dokumenta gaidītas faila beigas',
  InvalidCommentToken: 'JSON nav komentāru',
  UnexpectedEndOfComment: 'JSON nav komentāru',
  UnexpectedEndOfString: 'šim tekstam nav aizverošās pēdiņas',
  UnexpectedEndOfNumber: 'šis skaitlis beidzas par agru',
  InvalidUnicode: 'nederīgs \\u pieraksts',
  InvalidEscapeCharacter: 'nederīga zīme aiz atpakaļvērstās slīpsvītras',
  InvalidCharacter: 'rindas pārnesums vai vadības rakstzīme tekstā (rakstiet \\n)',
  other: 'tas nav JSON',
};

export const lv: Words = {
  severity: { error: 'kļūda', warning: 'brīdinājums' },
  counted: (errors, warnings) =>
    `${counted('lv', errors, { zero: 'kļūdu', one: 'kļūda', other: 'kļūdas' })}, ${counted('lv', warnings, { zero: 'brīdinājumu', one: 'brīdinājums', other: 'brīdinājumi' })}`,
  valid: 'problēmu nav',
  stopped: (errors, input) =>
    `${input}: ${counted('lv', errors, { zero: 'kļūdu', one: 'kļūda', other: 'kļūdas' })}; nekas netika ierakstīts (izlabojiet kļūdas vai palaidiet kopiena validate ${input})`,
  previewBroken: (errors, input, kept) =>
    `${input}: ${counted('lv', errors, { zero: 'kļūdu', one: 'kļūda', other: 'kļūdas' })}; ${kept ? 'joprojām redzama pēdējā strādājošā vietne' : 'vietne parādīsies, kad tās būs izlabotas'}`,
  release: (name) => `relīze ${name}`,
  activity: (name) => `aktivitāte ${name}`,
  activityNumber: (n) => `${n}. aktivitāte`,
  person: (id) => `persona ${id}`,
  organization: (id) => `organizācija ${id}`,
  project: 'projekts',
  numbered: (field, n) => `${field} nr. ${n}`,
  didYouMean: (suggestion) => `vai domājāt ${suggestion}?`,
  says: {
    required: () => 'trūkst; šis lauks ir obligāts',
    kind: ({ expected, found }) => `jābūt ${KINDS[expected]}, nevis ${KINDS[found]}`,
    'localized-text': ({ found }) => `jābūt tekstam vai tekstam katrā valodā (lv: …, en: …), nevis ${KINDS[found]}`,
    empty: () => 'ir tukšs; ierakstiet tekstu vai izlaidiet šo lauku',
    id: ({ value, example }) =>
      `${q(value)} nav derīgs identifikators: lietojiet tikai mazos latīņu burtus (bez garumzīmēm), ciparus un defises, piemēram, ${example}`,
    'unknown-id': ({ kind, value }) =>
      kind === 'release'
        ? `${q(value)} nav mape releases/ (vai ir nosaukta divreiz)`
        : `nav ${kind === 'person' ? 'personas' : kind === 'topic' ? 'tēmas' : 'organizācijas'} ar identifikatoru ${q(value)}`,
    'repeated-id': ({ kind, value }) =>
      `${q(value)} ir izmantots divreiz: katrai ${kind === 'release' ? 'relīzei' : 'aktivitātei'} vajag savu identifikatoru`,
    date: ({ value, guess }) => `${q(value)} nav datums; ${guess ? `rakstiet ${guess}` : 'rakstiet gadu, mēnesi un dienu, piemēram, 2026-04-30'}`,
    when: ({ value }) => `${q(value)} nav datums; ${DATE_WORDS}`,
    part: ({ value }) => `${q(value)} nav early, mid vai late (mēneša, gadalaika vai gada sākums, vidus vai beigas)`,
    count: ({ value, least }) => `${q(value)} nav vesels skaitlis${least ? ', kas ir 1 vai lielāks' : ''}; rakstiet skaitli, piemēram, 12`,
    'yes-no': ({ value }) => `${q(value)} nav true vai false; rakstiet true (jā) vai false (nē)`,
    url: ({ value }) =>
      `${q(value)} nav pilna tīmekļa adrese; rakstiet to šādi: https://www.example.org/ (vai mailto:vards@example.org, tel:+37120000000)`,
    social: () => 'katram sociālajam tīklam rakstiet pilnu adresi, piemēram, facebook: https://www.facebook.com/piemers',
    email: ({ value }) => `${q(value)} nav e-pasta adrese; rakstiet to šādi: vards@example.lv (citādi lapās tā būs redzama kā vienkāršs teksts)`,
    phone: ({ value }) =>
      `${q(value)} nav tālruņa numurs, uz kuru lasītājs var piezvanīt; rakstiet ciparus, piemēram, +371 26 000 000 (citādi lapās tas būs redzams kā vienkāršs teksts)`,
    link: ({ value }) =>
      `saite uz ${q(value)} nav pilna tīmekļa adrese, tāpēc tā būs redzama kā vienkāršs teksts; rakstiet to šādi: https://www.example.org/`,
    'no-translation': ({ missing, written }) =>
      `nav teksta ${inLanguages(missing)} (relīze ir ${inLanguages(written)}): ${missing.length > 1 ? 'šo valodu' : 'šīs valodas'} lasītāji šeit redzēs citu valodu`,
    'no-date-words': ({ languages }) => `lapās nav datumu vārdu ${inLanguages(languages)}: lasītāji šo datumu redzēs angļu valodā`,
    'no-alt': () => 'attēlam nav apraksta (alt): aprakstiet to lasītājiem, kuri attēlu neredz',
    'language-tag': ({ value }) => `${q(value)} nav valodas kods; rakstiet, piemēram, lv, en, ru vai pt-BR`,
    syntax: ({ slip }) =>
      slip === 'twice'
        ? 'šis nosaukums šajā vietā ir divreiz; atstājiet vienu'
        : slip === 'colon'
          ? 'nevar nolasīt: tekstu, kurā ir ": ", ielieciet pēdiņās ("…") vai pārbaudiet rindas atkāpi'
          : slip === 'tab'
            ? 'nevar nolasīt: atkāpēm lietojiet atstarpes, nevis tabulācijas zīmes'
            : 'no šīs vietas tekstu nevar nolasīt: pārbaudiet, vai netrūkst pēdiņas ("), iekavas (]) vai kola (:) un vai rindas atkāpe atbilst blakus rindām',
    'translation-not-text': () => 'tulkojumam jābūt tekstam',
    'translation-twice': ({ language, file }) => `teksts ${inLanguages([language])} ir arī failā ${file}; atstājiet vienu no tiem`,
    'translation-extra': ({ file }) => `nav failā ${file}: tulkojumā tulko tikai relīzes faila tekstu`,
    'translation-differs': ({ file }) =>
      `atšķiras no ${file}: tulkojumā tulko tikai tekstu (virsrakstu, kopsavilkumu, vietu, pamattekstu, attēla aprakstu, saišu un kontaktu nosaukumus, pielikumu nosaukumus, aktivitāšu nosaukumus, aprakstus un vietas)`,
    'release-file-missing': ({ language, file, found }) =>
      `trūkst: katrai relīzei vajag tekstu vietnes pirmajā valodā (${languageName(language, 'lv')} valoda, ${file}); ${found.length ? `atrasts: ${found.join(', ')}` : 'mapē nav neviena relīzes faila'}`,
    'release-id-mismatch': ({ value, folder }) =>
      `ir ${q(value)}, bet mapes nosaukums ir ${q(folder)}: relīzes identifikators ir tās mapes nosaukums (pārdēvējiet vienu no tiem)`,
    'table-quote': ({ slip }) =>
      slip === 'unclosed'
        ? 'pēdiņās ielikta šūna nav aizvērta (trūkst ")'
        : slip === 'inside'
          ? 'pēdiņa (") šūnas iekšpusē jāraksta divreiz ("") un visa šūna jāieliek pēdiņās'
          : 'šo rindu nevar nolasīt: pārbaudiet pēdiņas (") un atdalītājus',
    'column-unknown': ({ value, tagged }) =>
      tagged
        ? `${q(value)} nav aktivitāšu kolonna: aiz @ rakstiet valodas kodu, piemēram, lv, en vai pt-BR (title@en)`
        : `${q(value)} nav aktivitāšu kolonna (kolonnas: ${ACTIVITY_COLUMNS.join(', ')}; tulkojumi, piemēram, title@en)`,
    'column-twice': ({ value, first }) => `kolonna ${q(value)} jau ir ${first}. kolonna; atstājiet vienu no tām`,
    'columns-missing': ({ missing }) => `pirmajā rindā jābūt kolonnām id, when un title; trūkst: ${listed(missing, 'lv')}`,
    'row-cells': ({ cells, columns, separator }) =>
      `šajā rindā ir ${counted('lv', cells, { zero: 'šūnu', one: 'šūna', other: 'šūnas' })}, pirmajā rindā – ${counted('lv', columns, { zero: 'šūnu', one: 'šūna', other: 'šūnas' })} (iztrūkstošs vai lieks ${separator === 'comma' ? 'komats' : 'semikols'}?)`,
    'cell-error': ({ value }) => `rāda kļūdu ${value}: ierakstiet pašu vērtību`,
    'cell-beyond': ({ last }) => `ir aiz kolonnas ${last}; aktivitāšu kolonnām jābūt pirmajām, sākot ar A`,
    'column-unnamed': ({ row }) => `${row}. rindā nav kolonnas nosaukuma; ierakstiet to tur vai notīriet šo šūnu`,
    'picture-file': ({ src, ...why }) => `${fileSlip(src, why, true)}: ${DRAWN}`,
    'attachment-file': ({ src, ...why }) => `${fileSlip(src, why, false)}: izlaists, relīze tiks publicēta bez tā`,
    'picture-base-url': ({ src }) => `attēla ${src} publicēšanai vajag --base-url (vietnes tīmekļa adresi): ${DRAWN}`,
    'file-too-large': ({ size, limit }) => `ir ${wholeMegabytes(size)}, vairāk nekā atļautie ${wholeMegabytes(limit)}`,
    'not-text': ({ found }) =>
      found === 'utf-16'
        ? 'ir saglabāts UTF-16 kodējumā; saglabājiet to UTF-8 kodējumā (Excel: „CSV UTF-8”)'
        : found === 'zip'
          ? 'ir zip fails (izklājlapa vai dokuments, kas saglabāts savā formātā?), nevis teksts; saglabājiet to kā UTF-8 tekstu'
          : found === 'binary'
            ? 'nav teksta fails (tajā ir bināri dati); saglabājiet to kā UTF-8 tekstu'
            : 'nav UTF-8 teksts; saglabājiet to UTF-8 kodējumā',
    'too-deep': ({ limit }) => `ir ligzdots dziļāk par ${limit} līmeņiem (saraksti vai grupas cita citā; parasti pietiek ar mazāk nekā 10)`,
    aliases: ({ slip, limit }) =>
      slip === 'many'
        ? `atkārto vērtības ar *atsaucēm vairāk nekā ${limit} reizes kopā (atsauces uz atsaucēm padara mazu failu milzīgu): izrakstiet vērtības`
        : `ir *atsauces, kas ieliek vērtību pašā sevī vai ligzdo vērtības dziļāk par ${limit} līmeņiem: izrakstiet vērtības`,
    'file-not-language': () => 'netiek lasīts: relīzes faila nosaukums ir tā valodas kods (lv.md, en.md, ru.md vai index.lv.md, kā to nosauc CMS)',
    'file-twice': ({ other, language }) => `netiek lasīts: blakus esošajā ${other} jau ir teksts ${inLanguages([language])}; atstājiet vienu no tiem`,
    'body-twice': () => 'teksts ir divreiz: starp --- līnijām (body:) un zem tām; atstājiet vienu',
    'table-twice': ({ other }) => `netiek lasīts: aktivitātes jau ir blakus esošajā ${other}; atstājiet vienu no tiem`,
    'activities-twice': ({ first, second }) => `aktivitātes ir divreiz: failā ${first} un failā ${second}; atstājiet vienu`,
    'json-syntax': ({ slip }) => `nav derīgs JSON: ${JSON_SLIPS[slip]}`,
    'archives-not-list': () => 'jābūt arhīva lapu sarakstam, jaunākās vispirms',
    'archive-absolute-url': ({ origin }) =>
      `ir pilna tīmekļa adrese: logrīki to lasa tikai tad, ja ziņu avots ir vietnē ${origin}; īsa adrese (archive/2019.json) der, lai kur ziņu avots atrastos`,
    'archive-range': ({ to, of }) =>
      of === 'releases'
        ? `ir pēc "to" (${to}): šīs lapas laika posmā neietilpst neviens datums, tāpēc logrīki tajā relīzes nekad nemeklē`
        : `ir pēc "to" (${to}): šajā laika posmā neietilpst neviens datums, tāpēc laika skala šīs lapas aktivitātes nekad nelasa`,
    'archive-order': ({ before }) =>
      `tajā ir jaunākas relīzes nekā iepriekšējā ${before}. arhīva lapā: sakārtojiet arhīva lapas no jaunākās (logrīki tās lasa šādā secībā)`,
    'feed-not-object': ({ found }) =>
      `nav ziņu avots: tam jābūt vienai lauku grupai { } (version, language, project, releases), nevis ${KINDS[found]}`,
    'feed-version': ({ value, supported }) =>
      `programma kopiena šajā versijā nelasa ziņu avota versiju ${q(value)}; rakstiet ${supported} vai atjauniniet programmu kopiena, ja ziņu avotu rakstījusi jaunāka tās versija`,
    'feed-too-large': ({ of, limit }) =>
      `ziņu avotā ir vairāk nekā ${whole('lv', limit)} ${of === 'releases' ? 'relīžu' : 'aktivitāšu'} – vairāk, nekā logrīki spēj nolasīt; atstājiet šeit jaunākās, bet vecākās relīzes pārceliet uz arhīva lapām`,
    'topic-without-topics': ({ value }) =>
      `norāda tēmu ${q(value)}, bet neviena tēma nav uzskaitīta: pievienojiet to sadaļā topics ar tās nosaukumu katrā valodā`,
    unreadable: ({ reason }) => `nevar nolasīt: ${unreadable(reason)}`,
    'not-fields': () => 'jābūt laukiem, katram savā rindā: nosaukums, kols un vērtība (piemēram, language: lv)',
    'releases-not-list': () =>
      'jābūt relīžu mapju (releases/) nosaukumu sarakstam tādā secībā, kādā vietne tās rāda, katram savā rindā aiz "- " (piemēram, - 2026-04-30-talka)',
    'front-matter-open': () => 'lauki faila augšā sākas ar rindu ---, bet tiem nav noslēdzošās rindas ---; pievienojiet to zem pēdējā lauka',
    'workbook-not-xlsx': ({ zip }) =>
      zip
        ? 'ir citas programmas dokuments, nevis Excel darbgrāmata (.xlsx); saglabājiet to izklājlapu programmā kā „Excel darbgrāmata”'
        : 'nav Excel darbgrāmata (.xlsx); saglabājiet to izklājlapu programmā kā „Excel darbgrāmata” vai kā CSV ar nosaukumu activities.csv',
    'workbook-damaged': () =>
      `ir bojāts, un to nevar nolasīt; atveriet to Excel vai LibreOffice un saglabājiet vēlreiz kā „Excel darbgrāmata” vai ${CSV_INSTEAD}`,
    'workbook-too-large': ({ slip, limit }) =>
      slip === 'cells'
        ? `pirmajā lapā ir pārāk daudz šūnu (vairāk nekā ${whole('lv', limit)}) – vairāk, nekā vajag aktivitāšu sarakstam; atstājiet pirmajā lapā tikai aktivitātes`
        : slip === 'parts'
          ? `sastāv no pārāk daudz daļām (vairāk nekā ${whole('lv', limit)}) – daudz vairāk, nekā ir izklājlapai; ${CSV_INSTEAD}`
          : `atvērts aizņem vairāk nekā ${wholeMegabytes(limit)} – vairāk, nekā vajag aktivitāšu sarakstam; ${CSV_INSTEAD}`,
    'workbook-slow': ({ seconds }) =>
      `lasīšana ilgst vairāk nekā ${counted('lv', seconds, { zero: 'sekundes', one: 'sekundi', other: 'sekundes' })}; ${CSV_INSTEAD}`,
  },
  tells: tellsLv,
};

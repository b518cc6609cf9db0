/** What the command tells outside a file's problems, in Latvian (told.ts). */
import type { Tellings } from './catalogue.js';
import type { RemoteSlip } from './told.js';
import { counted, oneDecimal, wholeMegabytes } from './plural.js';

const q = (value: string) => `"${value}"`;

/** Why a web address could not be read. */
const remote = (why: RemoteSlip): string => {
  switch (why.slip) {
    case 'not-address':
      return 'tā nav derīga tīmekļa adrese';
    case 'compressed':
      return `atbilde ir saspiesta formātā ${q(why.name)}, ko kopiena nevar nolasīt`;
    case 'too-large':
      return `${why.uncompressed ? 'atspiests ' : ''}tas ir ${why.size ? wholeMegabytes(why.size) : `lielāks par ${wholeMegabytes(why.limit)}`}, bet ziņu avots drīkst aizņemt ne vairāk kā ${wholeMegabytes(why.limit)}`;
    case 'redirects':
      return `tā pāradresē vairāk nekā ${why.limit} reizes`;
    case 'redirect-not-address':
      return `tā pāradresē uz ${q(why.location)}, kas nav tīmekļa adrese`;
    case 'redirect-not-http':
      return `tā pāradresē uz ${why.href}, bet tiek sekots tikai http un https adresēm`;
    case 'status':
      return why.status === 404 ? 'serverī šādas lapas nav (404)' : `serveris atbildēja ar kļūdu ${why.status}`;
    case 'timeout':
      return why.answered ? `atbilde ${why.seconds} s laikā nepienāca pilnībā` : `${why.seconds} s laikā nav atbildes`;
    case 'no-server':
      return `servera ar nosaukumu ${why.host} nav`;
    case 'lookup':
      return `nosaukumu ${why.host} neizdevās atrast (vai dators ir pieslēgts internetam?)`;
    case 'refused':
      return `adresē ${why.host} neviens neatbild`;
    case 'closed':
      return 'serveris pārtrauca savienojumu, pirms atbilde bija pilnīga';
    case 'unreachable':
      return 'serveri nevar sasniegt (vai dators ir pieslēgts internetam?)';
    case 'damaged':
      return 'saspiestā atbilde ir bojāta';
    case 'certificate':
      return 'servera drošības sertifikāts nav derīgs';
    case 'not-http':
      return 'serveris neatbildēja kā tīmekļa serveris';
    case 'failed':
      return `savienojums neizdevās (${why.system})`;
  }
};

export const tellsLv: Tellings = {
  'no-input': ({ input, folder }) => `${input}: šāda ${folder ? 'faila vai mapes' : 'faila'} nav (pārbaudiet nosaukumu un to, kurā mapē esat)`,
  'not-source-folder': ({ input }) => `${input} nav kopiena avota mape: tajā nav kopiena.yml (to izveido kopiena init)`,
  'input-problem': ({ input, said }, say) => `${input}: ${say(said)}`,
  remote: ({ address, ...why }) => `neizdevās nolasīt ${address}: ${remote(why)}`,
  'unknown-command': ({ name }) => `nezināma komanda ${q(name)}`,
  unexpected: ({ detail }) => `neparedzēta kļūda: ${detail} (lūdzu, ziņojiet par to; KOPIENA_DEBUG=1 parāda sīkāk)`,
  'import-not-xml': ({ input }) => `${input} nevar nolasīt kā ziņu avotu: tā tagi ir bojāti (kāds nav aizvērts, vai tas nav ziņu avots)`,
  'import-unknown': ({ input, json }) =>
    json
      ? `${input} ir JSON, bet nav ne kopiena ziņu avots (version 1), ne JSON Feed`
      : `${input} nav ne kopiena ziņu avots, ne JSON Feed, ne RSS 2.0, ne Atom ziņu avots`,
  'import-not-exact': () =>
    'ziņu avotu neizdevās ierakstīt mapē tā, lai to varētu nolasīt atpakaļ tieši tādu pašu; nekas netika ierakstīts (lūdzu, ziņojiet par to)',
  'import-options-twice': () => '--lang un --language ir viena un tā pati opcija (--language ir tās agrākais nosaukums); norādiet vienu',
  'import-language-tag': ({ value, option, input }) =>
    option
      ? `${option}: ${q(value)} nav valodas kods; rakstiet, piemēram, lv, en, ru vai pt-BR`
      : `${input} norāda savu valodu kā ${q(value)}, bet tas nav valodas kods; norādiet valodu ar --lang, piemēram, --lang lv`,
  'import-language-overridden': ({ input, own, language, option }) =>
    `${input} norāda valodu ${own}; tā teksts ierakstīts kā ${language}, kā norāda ${option}`,
  'import-language-guessed': ({ input, guess, fromComputer }) =>
    `${input} nenorāda, kādā valodā tas ir; tā teksts ierakstīts kā ${guess} (${fromComputer ? 'šī datora valoda' : 'angļu valoda, ja nav norādīts citādi'}). Ja tas nav pareizi, importējiet to vēlreiz ar --lang un valodu, piemēram, --lang de`,
  'import-picture-unsized': ({ releases }) =>
    `pirmais attēls relīžu ${releases.join(', ')} tekstā nenorāda savu izmēru, tāpēc kopīgošanai tas netiek izmantots; ja tas ir vismaz 600 × 300 px, norādiet to relīzei kā attēlu (image:)`,
  'import-wrote': ({ folder, name, count }) =>
    `ierakstīts ${folder}: kopiena.yml${name ? ` projektam ${q(name)}` : ''} un ${counted('lv', count, { zero: 'relīžu', one: 'relīze', other: 'relīzes' })}`,
  'import-whole': ({ ids }) => `ierakstīts vienā gabalā relīzes faila laukos (bez precīzas dalīšanas pa valodām): ${ids.join(', ')}`,
  'import-check': ({ folder }) => `pārbaudiet to ar: kopiena validate ${folder}`,
  'serve-remote': () => 'serve rāda priekšskatījumu mapei vai ziņu avota failam šajā datorā (tīmekļa adresi lasa kopiena build)',
  'serve-port-option': ({ given }) => `--port jābūt veselam skaitlim no 0 līdz 65535 (norādīts ${q(given)})`,
  'serve-port-moved': ({ port, bound }) => `ports ${port} ir aizņemts, tāpēc priekšskatījums ir portā ${bound}`,
  'serve-port-taken': ({ port, refused }) =>
    `ports ${port} ${refused ? 'šim lietotājam nav pieejams' : 'ir aizņemts (cits kopiena serve vai cita programma)'}; norādiet citu, piemēram, --port ${port + 1}`,
  'serve-cannot-listen': ({ port }) => `priekšskatījums nevar atvērt portu ${port} šajā datorā; norādiet citu, piemēram, --port ${port + 1}`,
  'serve-started': ({ input, origin }) => `${input} priekšskatījums ir ${origin}/ un tiek pārbūvēts ikreiz, kad saglabājat; Ctrl+C to aptur`,
  'serve-built': ({ seconds, origin }) => `izveidots ${oneDecimal('lv', seconds)} s laikā, ${origin}/`,
  'serve-watch-stopped': ({ input }) => `vairs neseko ${input} izmaiņām; apturiet kopiena serve (Ctrl+C) un palaidiet to no jauna`,
  'serve-stopped': () => 'apturēts',
  'usage-name-one': ({ what }) =>
    `norādiet ${{ folder: 'vienu mapi', source: 'vienu avota mapi, ziņu avota failu vai tā tīmekļa adresi', feed: 'vienu ziņu avota failu vai tā tīmekļa adresi', local: 'vienu avota mapi vai ziņu avota failu' }[what]}`,
  'usage-no-argument': ({ given }) => `šai komandai nav argumentu (norādīts ${q(given)})`,
  'usage-unknown-option': ({ option }) => `nezināma opcija ${option}`,
  'usage-needs-value': ({ option }) => `opcijai ${option} vajag vērtību`,
  'usage-required': ({ option }) => `vajag ${option}`,
  'usage-format': () => '--format ir text vai json',
  'usage-language-tag': ({ option, value }) => `${option}: ${q(value)} nav valodas kods; rakstiet, piemēram, lv, en vai pt-BR`,
  'usage-page-languages': ({ given, supported }) => `--lang: lapas var būt valodās ${supported.join(', ')} (norādīts ${q(given)})`,
  'usage-base-url': ({ given }) => `--base-url jābūt pilnai tīmekļa adresei, kas sākas ar https:// vai http:// (norādīts ${q(given)})`,
  'usage-page-size': ({ given }) => `--page-size jābūt veselam skaitlim, kas ir 1 vai lielāks (norādīts ${q(given)})`,
  'out-unreadable': ({ folder, reason }, say) => `${folder}: ${say({ code: 'unreadable', reason })}`,
  'out-dangling-link': ({ folder }) => `${folder} ir saite uz mapi, kuras nav; norādiet citu mapi`,
  'out-overlap': ({ out, source, how, beside }) =>
    `--out ${out} ${
      how === 'same'
        ? `ir pati avota mape ${source}: rakstot tur, tā tiktu aizstāta`
        : how === 'inside'
          ? `ir avota mapē ${source}: rezultāts sajauktos ar to, no kā tas veidots`
          : `satur avota mapi ${source}: rakstot tur, tā tiktu aizstāta`
    }; ${beside ? `norādiet mapi ārpus tās, piemēram, --out ${beside}` : 'norādiet citu mapi'}`,
  'out-is-file': ({ out }) => `${out} ir fails; norādiet jaunu vai tukšu mapi`,
  'out-not-empty': ({ out, manifest }) =>
    manifest
      ? `--out ${out} nav tukša un nav vietne, ko rakstījis kopiena build (tajā nav ${manifest}); norādiet jaunu vai tukšu mapi vai vispirms pārvietojiet tās failus citur (nekas netiek pārrakstīts)`
      : `${out} nav tukša; norādiet jaunu vai tukšu mapi (nekas netiek pārrakstīts)`,
  'init-wrote': ({ folder }) => `ierakstīts ${folder}: kopiena.yml, relīzes paraugs mapē releases/ (lv, en, ru), README.md un admin/ (CMS veidlapa)`,
  'init-hint': ({ does }) => (does === 'check' ? 'pārbaudīt to' : 'izveidot vietni blakus tai'),
  'out-changed': ({ out }) => `--out ${out} vairs nav tukša; nekas netika ierakstīts (nekas netiek pārrakstīts)`,
  'build-held': ({ count, preview }) =>
    preview
      ? `priekšskatījums (--drafts): katra lapa ir noindex un saka, ka tā ir priekšskatījums; tajā redzamas arī ${counted('lv', count, { one: 'relīze', other: 'relīzes' })}, ko publiska vietne neiekļauj:`
      : `${counted('lv', count, { one: 'relīze netiek publicēta, līdz pienāks tās laiks (kopiena build --drafts to parāda', other: 'relīzes netiek publicētas, līdz pienāks to laiks (kopiena build --drafts tās parāda' })} priekšskatījumā):`,
  'build-held-release': ({ id, because, published }) => `  ${id}: ${because === 'draft' ? 'melnraksts' : `embargo līdz ${published}`}`,
  'build-wrote': ({ site, out }) => {
    const n = (count: number, one: string, other: string) => counted('lv', count, { one, other });
    return (
      `${n(site.pages, 'lapa', 'lapas')} (${n(site.reading, 'relīzes vai saraksta lapa', 'relīžu un sarakstu lapas')}, ${n(site.embed, 'iegulšanas lapa', 'iegulšanas lapas')}, ${n(site.frames, 'iframe lapa', 'iframe lapas')}${site.absolute ? ' ar oEmbed' : ''}), ` +
      `${n(site.shareImages, 'kopīgošanas attēls', 'kopīgošanas attēli')}, feed.json${site.archives ? ` ar ${n(site.archives, 'arhīva lapu', 'arhīva lapām')}` : ''}` +
      `${site.absolute ? `, RSS, Atom un JSON Feed ${n(site.languages, 'valodā', 'valodās')}, sitemap.xml` : ''} un robots.txt mapē ${out}`
    );
  },
  'build-no-base-url': () =>
    'bez --base-url nav RSS, Atom, JSON Feed, sitemap.xml un oEmbed (tiem vajag pilnas adreses: bez oEmbed WordPress ielīmēta relīzes lapas saite paliek tikai saite), un saites ir relatīvas (Facebook rāda saites priekšskatījumu tikai pilnām adresēm)',
  'out-write-failed': ({ out, reason }) =>
    `${out} nevarēja ierakstīt: ${
      reason === 'ENOSPC' || reason === 'EDQUOT'
        ? 'disks ir pilns'
        : reason === 'EACCES' || reason === 'EPERM'
          ? 'šis dators neļauj tur rakstīt (norādiet savu mapi)'
          : reason === 'EROFS'
            ? 'no šī diska var tikai lasīt'
            : 'dators to nevarēja ierakstīt; mēģiniet vēlreiz'
    }; tā palika, kāda bija`,
  'import-unwritable': ({ slip, number, id, where, value }) =>
    ({
      'not-object': 'ziņu avots nav JSON objekts',
      'releases-not-list': '"releases" nav saraksts',
      'no-id': `${number}. relīzei nav id no a-z, 0-9 un - (tas ir relīzes mapes nosaukums)`,
      'repeated-id': `${number}. relīze atkārto id "${id}"; katrai relīzei vajag savu mapi`,
      'language-tag': `${where}: ${value} nav valodas kods, piemēram, lv, en vai pt-BR; nekas netika ierakstīts`,
    })[slip],
};

/** What the command tells outside a file's problems, in English (told.ts). */
import type { Tellings } from './catalogue.js';
import type { RemoteSlip } from './told.js';
import { counted, oneDecimal, wholeMegabytes } from './plural.js';

const q = (value: string) => `"${value}"`;
const AGAIN = 'import it again with --lang and the language, e.g. --lang de';

/** Why a web address could not be read. */
const remote = (why: RemoteSlip): string => {
  switch (why.slip) {
    case 'not-address':
      return 'it is not a valid web address';
    case 'compressed':
      return `the answer is compressed as ${q(why.name)}, which kopiena cannot read`;
    case 'too-large':
      return `it is ${why.size ? `${wholeMegabytes(why.size)}, more than` : 'more than'} the ${wholeMegabytes(why.limit)} a feed may have${why.uncompressed ? ' once uncompressed' : ''}`;
    case 'redirects':
      return `it redirects more than ${why.limit} times`;
    case 'redirect-not-address':
      return `it redirects to ${q(why.location)}, which is not a web address`;
    case 'redirect-not-http':
      return `it redirects to ${why.href}, and only http and https addresses are followed`;
    case 'status':
      return `the server answered ${why.status}${why.text ? ` ${why.text}` : ''}`;
    case 'timeout':
      return why.answered ? `the answer did not arrive whole within ${why.seconds} s` : `no answer within ${why.seconds} s`;
    case 'no-server':
      return `there is no server named ${why.host}`;
    case 'lookup':
      return `the name ${why.host} could not be looked up (is this computer online?)`;
    case 'refused':
      return `nothing answers at ${why.host} (connection refused)`;
    case 'closed':
      return 'the server closed the connection before the answer was complete';
    case 'unreachable':
      return `the server cannot be reached (${why.system})`;
    case 'damaged':
      return 'the compressed answer is damaged';
    case 'certificate':
      return `the server's certificate is not valid (${why.system})`;
    case 'not-http':
      return 'the server did not answer in HTTP';
    case 'failed':
      return `the connection failed (${why.system})`;
  }
};

export const tellsEn: Tellings = {
  'no-input': ({ input, folder }) => `${input}: there is no such ${folder ? 'file or folder' : 'file'} (check the name, and which folder you are in)`,
  'not-source-folder': ({ input }) => `${input} is not a kopiena source folder: it has no kopiena.yml (kopiena init writes one)`,
  'input-problem': ({ input, said }, say) => `${input}: ${say(said)}`,
  remote: ({ address, ...why }) => `could not read ${address}: ${remote(why)}`,
  'unknown-command': ({ name }) => `unknown command ${q(name)}`,
  unexpected: ({ detail }) => `unexpected error: ${detail} (please report it; KOPIENA_DEBUG=1 shows details)`,
  'import-not-xml': ({ input }) => `${input} cannot be read as a feed: its tags are broken (one not closed, or text that is not a feed)`,
  'import-unknown': ({ input, json }) =>
    json
      ? `${input} is JSON, but neither a kopiena feed (version 1) nor a JSON Feed`
      : `${input} is neither a kopiena feed, a JSON Feed, an RSS 2.0 nor an Atom feed`,
  'import-not-exact': () => 'the feed could not be written as a folder that reads back exactly; nothing was written (please report it)',
  'import-options-twice': () => '--lang and --language are one option (--language is its earlier name); give one',
  'import-language-tag': ({ value, option, input }) =>
    option
      ? `${option}: ${q(value)} is not a language tag such as lv, en or pt-BR`
      : `${input} gives its language as ${q(value)}, which is not a language tag such as lv, en or pt-BR; name the language with --lang`,
  'import-language-overridden': ({ input, own, language, option }) =>
    `${input} says it is in ${own}; its text is written as ${language}, as ${option} says`,
  'import-language-guessed': ({ input, guess, fromComputer }) =>
    `${input} does not say which language it is in; its text is written as ${guess} (${fromComputer ? "this computer's language" : 'English, the default'}). If that is wrong, ${AGAIN}`,
  'import-picture-unsized': ({ releases }) =>
    `the first picture in the text of ${releases.join(', ')} does not say its size, so it is not the share image; give the release an image: if it is at least 600 × 300 px`,
  'import-wrote': ({ folder, name, count }) =>
    `wrote ${folder}: kopiena.yml${name ? ` for ${q(name)}` : ''} and ${counted('en', count, { one: 'release', other: 'releases' })}`,
  'import-whole': ({ ids }) => `written whole into the front matter of their release file (no exact split by language): ${ids.join(', ')}`,
  'import-check': ({ folder }) => `check it with: kopiena validate ${folder}`,
  'serve-remote': () => 'serve previews a folder or a feed file on this computer (kopiena build reads a web address)',
  'serve-port-option': ({ given }) => `--port must be a whole number from 0 to 65535 (got ${q(given)})`,
  'serve-port-moved': ({ port, bound }) => `port ${port} is taken, so the preview is on port ${bound}`,
  'serve-port-taken': ({ port, refused }) =>
    `port ${port} on 127.0.0.1 is ${refused ? 'not open to this user' : 'taken (by another kopiena serve, or another program)'}; name another, e.g. --port ${port + 1}`,
  'serve-cannot-listen': ({ port }) => `the preview cannot open port ${port} on this computer; name another, e.g. --port ${port + 1}`,
  'serve-started': ({ input, origin }) => `the preview of ${input} is at ${origin}/ and rebuilds when you save; Ctrl+C stops it`,
  'serve-built': ({ seconds, origin }) => `built in ${oneDecimal('en', seconds)} s, ${origin}/`,
  'serve-watch-stopped': ({ input }) => `stopped watching ${input} for changes; stop kopiena serve (Ctrl+C) and start it again`,
  'serve-stopped': () => 'stopped',
  'usage-name-one': ({ what }) =>
    `name one ${{ folder: 'folder', source: 'source folder, feed file or feed URL', feed: 'feed file or URL', local: 'source folder or feed file' }[what]}`,
  'usage-no-argument': ({ given }) => `takes no argument (got ${q(given)})`,
  'usage-unknown-option': ({ option }) => `unknown option ${option}`,
  'usage-needs-value': ({ option }) => `${option} needs a value`,
  'usage-required': ({ option }) => `${option} is required`,
  'usage-format': () => '--format is text or json',
  'usage-language-tag': ({ option, value }) => `${option}: ${q(value)} is not a language tag such as lv, en or pt-BR`,
  'usage-page-languages': ({ given, supported }) => `--lang: supported languages are ${supported.join(', ')} (got ${q(given)})`,
  'usage-base-url': ({ given }) => `--base-url must be an absolute http(s) URL (got ${q(given)})`,
  'usage-page-size': ({ given }) => `--page-size must be a whole number of at least 1 (got ${q(given)})`,
  'out-unreadable': ({ folder, reason }, say) => `${folder}: ${say({ code: 'unreadable', reason })}`,
  'out-dangling-link': ({ folder }) => `${folder} is a link to a folder that does not exist; name another folder`,
  'out-overlap': ({ out, source, how, beside }) =>
    `--out ${out} ${
      how === 'same'
        ? `is the source ${source} itself: writing there would replace it`
        : how === 'inside'
          ? `is inside the source folder ${source}: the output would be mixed into what it is made from`
          : `holds the source ${source}: writing there would replace it`
    }; ${beside ? `name a folder outside it, e.g. --out ${beside}` : 'name another folder'}`,
  'out-is-file': ({ out }) => `${out} is a file; name a new or empty folder`,
  'out-not-empty': ({ out, manifest }) =>
    manifest
      ? `--out ${out} is not empty and is not a site kopiena build wrote (it has no ${manifest}); name a new or empty folder, or move its files away first (nothing is ever overwritten)`
      : `${out} is not empty; name a new or empty folder (nothing is ever overwritten)`,
  'init-wrote': ({ folder }) => `wrote ${folder}: kopiena.yml, an example release in releases/ (lv, en, ru), README.md and admin/ (the CMS form)`,
  'init-hint': ({ does }) => (does === 'check' ? 'check it' : 'write the site beside it'),
  'out-changed': ({ out }) => `--out ${out} is no longer empty; nothing was written (nothing is ever overwritten)`,
  'build-held': ({ count, preview }) =>
    preview
      ? `a preview (--drafts): every page is noindex and says it is a preview; it also shows ${counted('en', count, { one: 'release', other: 'releases' })} a public build leaves out:`
      : `${counted('en', count, { one: 'release is', other: 'releases are' })} left out of the site until ${count === 1 ? 'it is' : 'they are'} due (kopiena build --drafts shows ${count === 1 ? 'it' : 'them'} in a preview):`,
  'build-held-release': ({ id, because, published }) => `  ${id}: ${because === 'draft' ? 'a draft' : `embargoed until ${published}`}`,
  'build-wrote': ({ site, out }) => {
    const n = (count: number, one: string) => counted('en', count, { one, other: `${one}s` });
    return (
      `${n(site.pages, 'page')} (${site.reading} landing and index, ${n(site.embed, 'embed page')}, ${n(site.frames, 'frame page')} for iframes${site.absolute ? ' with oEmbed' : ''}), ` +
      `${n(site.shareImages, 'share image')}, feed.json${site.archives ? ` with ${n(site.archives, 'archive page')}` : ''}` +
      `${site.absolute ? `, RSS, Atom and JSON Feed in ${n(site.languages, 'language')}, sitemap.xml` : ''} and robots.txt in ${out}`
    );
  },
  'build-no-base-url': () =>
    'no --base-url, so no RSS, Atom, JSON Feed, sitemap.xml or oEmbed (they need absolute URLs: without oEmbed, a landing-page link pasted into WordPress stays a link) and links are relative (Facebook shows a link preview only with absolute ones)',
  'out-write-failed': ({ out, reason }) =>
    `${out} could not be written: ${
      reason === 'ENOSPC' || reason === 'EDQUOT'
        ? 'the disk is full'
        : reason === 'EACCES' || reason === 'EPERM'
          ? 'this computer does not let you write there (name a folder of your own)'
          : reason === 'EROFS'
            ? 'that disk can only be read'
            : 'the computer could not write it; try again'
    }; it was left as it was`,
  'import-unwritable': ({ slip, number, id, where, value }) =>
    ({
      'not-object': 'the feed is not a JSON object',
      'releases-not-list': '"releases" is not a list',
      'no-id': `release ${number} has no id of a-z, 0-9 and - (it names the release's folder)`,
      'repeated-id': `release ${number} repeats the id "${id}"; each release needs a folder of its own`,
      'language-tag': `${where}: ${value} is not a language tag such as lv, en or pt-BR; nothing was written`,
    })[slip],
};

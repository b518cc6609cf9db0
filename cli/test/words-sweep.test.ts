// One sweep over inputs broken the ways people break them (issue #25, item 3):
// each is run in English, Latvian and Russian, and no line of a Latvian or
// Russian run may hold a sentence of the English one. A message left out of
// the catalogue (its English words printed in every language) fails here,
// whichever command and file it comes from.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { commandHelp, overallHelp } from '../src/commands/help.js';
import { commands } from '../src/commands/index.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

/** The help (`--help`, and the usage line after a usage error) is English in every language still: left out of the sweep. */
const HELP = new Set([overallHelp(commands), ...commands.map(commandHelp)].flatMap((text) => text.split('\n')));

const RELEASE = 'releases/2020-05-07-pavasaris';
const CONFIG =
  'version: 1\nlanguage: lv\nproject:\n  id: kopienas\n  name: Kopienas\npeople:\n  arvita-juksa:\n    name: Arvita Jukša\n    email: arvita@inbox\n';
const RELEASE_FILE = '---\npublished: 7.05.2020\ntitle: Pavasaris\ncontacts:\n  inquiries: arvita-jukša\n---\n\nTeksts.\n';

/** A folder of `files`, as a coordinator's source folder. */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = scratchDir('kopiena-sweep-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

type Language = 'en' | 'lv' | 'ru';
interface Case {
  name: string;
  /** The command line in `dir`, told to speak `language`. */
  args: (language: Language) => string[];
  files: Record<string, string | Uint8Array>;
}

const validate = (language: Language) => ['validate', '.', '--lang', language];

const feedFile = (feed: unknown) => ({ 'feed.json': JSON.stringify(feed, null, 2) });
const FEED = { version: 1, language: 'lv', project: { id: 'kopienas', name: 'Kopienas', organizations: [5] }, releases: [] as unknown[] };

const GERMAN_ATOM = join(repoRoot, 'cli/test/fixtures/german-atom.xml');

const CASES: Case[] = [
  {
    name: 'import of a feed that does not say its language (a warning, then what was written)',
    args: (language) => ['import', GERMAN_ATOM, '--out', `out-${language}`],
    files: {},
  },
  ...(
    [
      ['import of what is no feed', ['import', 'page.html', '--out', 'out']],
      ['import of no file', ['import', 'nav.json', '--out', 'out']],
      ['import with a language that is none', ['import', GERMAN_ATOM, '--out', 'out', '--language', 'latviski!']],
      ['import with --lang and --language both', ['import', GERMAN_ATOM, '--out', 'out', '--lang', 'lv', '--language', 'ru']],
      ['validate of no folder', ['validate', 'nav']],
      ['validate of a folder without kopiena.yml', ['validate', 'tukss']],
      ['serve with a port that is no number', ['serve', '.', '--port', 'astoņi']],
      ['serve of a web address', ['serve', 'https://example.org/feed.json']],
      ['build into its own source folder', ['build', 'tukss', '--out', 'tukss']],
      ['build into a folder that is not empty', ['build', GERMAN_ATOM, '--out', 'tukss']],
      ['build into a file', ['build', GERMAN_ATOM, '--out', 'page.html']],
      ['build with a page size of 0', ['build', GERMAN_ATOM, '--out', 'x', '--page-size', '0']],
      ['build with a base URL that is none', ['build', GERMAN_ATOM, '--out', 'x', '--base-url', 'example.org']],
      ['build with page languages it has no words for', ['build', GERMAN_ATOM, '--out', 'x', '--lang', 'de']],
      ['validate with a format that is none', ['validate', '.', '--format', 'xml']],
      ['import without --out', ['import', GERMAN_ATOM]],
      ['init into a folder that is not empty', ['init', 'tukss']],
    ] as const
  ).map(([name, args]): Case => ({
    name,
    args: () => [...args],
    files: { 'page.html': '<html><body><p>Sveiki</p></body></html>', 'tukss/piezimes.txt': 'x' },
  })),
  {
    name: 'feed files: not a feed, of version 2, a topic without topics, a topic name that is a number or empty',
    args: (language) => ['validate', 'feed.json', '--lang', language],
    files: feedFile({
      ...FEED,
      topics: { lasisana: 5, biblioteka: { lv: '' } },
      releases: [{ id: 'pavasaris', published: '2020-05-07', title: 'Pavasaris', topics: ['lasisana', 'nav'], draft: 'ja' }],
    }),
  },
  {
    name: 'a feed of version 2',
    args: (language) => ['validate', 'feed.json', '--lang', language],
    files: feedFile({ ...FEED, version: 2 }),
  },
  {
    name: 'a list, not a feed',
    args: (language) => ['validate', 'feed.json', '--lang', language],
    files: feedFile([FEED]),
  },
  {
    name: 'a release with a bad date, a misspelt person and an e-mail address that is not one',
    args: validate,
    files: { 'kopiena.yml': CONFIG, [`${RELEASE}/lv.md`]: RELEASE_FILE },
  },
  {
    name: 'activities.csv with a misspelt column and a row short of a cell; a translation that changes the date',
    args: validate,
    files: {
      'kopiena.yml': CONFIG,
      [`${RELEASE}/lv.md`]: RELEASE_FILE,
      [`${RELEASE}/en.md`]: '---\npublished: 2020-05-08\ntitle: Spring\n---\n\nText.\n',
      [`${RELEASE}/activities.csv`]: 'id,when,titel\ntalka,2020-13\n',
    },
  },
  {
    name: 'damaged and foreign workbooks',
    args: validate,
    files: {
      'kopiena.yml': CONFIG,
      [`${RELEASE}/lv.md`]: RELEASE_FILE,
      [`${RELEASE}/activities.xlsx`]: zipSync({ 'word/document.xml': strToU8('<w/>') }),
      'releases/2020-06-01-vasara/lv.md': '---\npublished: 2020-06-01\ntitle: Vasara\n---\n',
      'releases/2020-06-01-vasara/activities.xlsx': Uint8Array.from([0x50, 0x4b, 3, 4, 9, 9, 9]),
    },
  },
  {
    name: 'kopiena.yml whose releases are not a list, and a release file left open',
    args: validate,
    files: {
      'kopiena.yml': `${CONFIG}releases: 2020-05-07-pavasaris\n`,
      [`${RELEASE}/lv.md`]: '---\npublished: 2020-05-07\ntitle: Pavasaris\n',
    },
  },
  {
    name: 'kopiena.yml that is a list',
    args: validate,
    files: { 'kopiena.yml': '- version: 1\n', [`${RELEASE}/lv.md`]: RELEASE_FILE },
  },
];

/** What a line says, without where: the text after its last "error:", "warning:" or "kopiena <command>:". */
const saying = (line: string) => line.replace(/^.*?(?:\b(?:error|warning): |kopiena(?: \w+)?: )/, '');

/** Words of English sentences, never of a field name or value. */
const ENGLISH =
  /\b(the|a|an|is|are|not|of|to|in|on|and|or|be|has|have|no|it|its|this|that|with|for|from|cannot|should|must|write|there|as|at|by|was|were)\b/i;

/**
 * The English sentences of a run: its sayings cut at ";", ":" and brackets,
 * the parts of three words or more with an English one among them (a value,
 * a file name or a list of field names is the same in every language).
 */
function englishSentences(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => !HELP.has(line))
    .map(saying)
    .flatMap((text) => text.split(/[;:()]/))
    .map((part) => part.trim())
    .filter((part) => (part.match(/\b[a-z]{2,}\b/gi) ?? []).length >= 3 && ENGLISH.test(part));
}

async function run(testCase: Case, dir: string, language: Language): Promise<string> {
  // Told by --lang where the command has one for its words, else by the computer's locale.
  const done = await kopiena(testCase.args(language), { cwd: dir, env: { LANG: `${language}_${language.toUpperCase()}.UTF-8` }, timeout: 60_000 });
  assert.notEqual(done.status, null, `${testCase.name} ended`);
  return `${done.stdout}${done.stderr}`;
}

describe('no English in a Latvian or Russian run', () => {
  for (const testCase of CASES) {
    it(testCase.name, async () => {
      const dir = folder(testCase.files);
      const english = englishSentences(await run(testCase, dir, 'en'));
      assert.ok(english.length > 0, 'the English run says something');
      for (const language of ['lv', 'ru'] as const) {
        const said = await run(testCase, dir, language);
        for (const line of said.split('\n'))
          for (const sentence of english) assert.ok(!line.includes(sentence), `${language}: "${sentence}" is English, in:\n${line}`);
      }
    });
  }
});

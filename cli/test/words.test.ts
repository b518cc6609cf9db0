// Problems in the coordinator's language and words (docs/command.md, "Words
// a coordinator understands"): run as a user runs the command, on a folder
// `kopiena init` wrote, broken the way people break them.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { kopiena, kopienaProcess, scratchDir } from './helpers.js';

/** A fresh folder from `kopiena init` (lv, en, ru; activities.csv), with `edit` applied to its files. */
async function initFolder(
  edit: (file: (path: string, change: (text: string) => string) => void, release: string) => void = () => {}
): Promise<string> {
  const dir = join(scratchDir('kopiena-words-'), 'news');
  assert.equal((await kopiena(['init', dir])).status, 0);
  const release = `releases/${readdirSync(join(dir, 'releases'))[0]}`;
  edit((path, change) => {
    const at = join(dir, path);
    const before = readFileSync(at, 'utf8');
    const after = change(before);
    assert.notEqual(after, before, `${path} changed`);
    writeFileSync(at, after);
  }, release);
  return dir;
}

/** `line:column` where `needle` is in `path`'s text. */
function lineOf(dir: string, path: string, needle: string): number {
  const lines = readFileSync(join(dir, path), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `${needle} is in ${path}`);
  return index + 1;
}

const lines = (stdout: string) => stdout.split('\n').filter(Boolean);

/** A misspelt person, a date as people write it, a broken e-mail address. */
const broken = () =>
  initFolder((file, release) => {
    file('kopiena.yml', (text) => text.replace('arvita.juksa@inbox.lv', 'arvita.juksa@inbox'));
    file(`${release}/index.lv.md`, (text) =>
      text.replace(/^published: .*$/m, 'published: 7.05.2020').replace('inquiries: arvita-juksa', 'inquiries: arvita-jukša')
    );
  });

describe('kopiena validate speaks the coordinator’s language', () => {
  let dir = '';
  let published = '';
  let email = '';
  before(async () => {
    dir = await broken();
    const release = `releases/${readdirSync(join(dir, 'releases'))[0]}`;
    published = `${join(dir, release, 'index.lv.md')}:${lineOf(dir, `${release}/index.lv.md`, 'published:')}:12`;
    email = `${join(dir, 'kopiena.yml')}:${lineOf(dir, 'kopiena.yml', 'arvita.juksa@inbox')}:12`;
  });

  it('--lang lv: Latvian words, the field by name, the value found and a good one (the built binary, on an English machine)', () => {
    const run = kopienaProcess(['validate', dir, '--lang', 'lv'], { env: { ...process.env, LC_ALL: 'en_US.UTF-8' } });
    assert.equal(run.status, 1);
    const said = lines(run.stdout);
    assert.ok(said.includes(`${published}: kļūda: published: "7.05.2020" nav datums; rakstiet 2020-05-07`), run.stdout);
    assert.ok(
      said.includes(
        `${email}: kļūda: persona arvita-juksa, email: "arvita.juksa@inbox" nav e-pasta adrese; rakstiet to šādi: vards@example.lv (citādi lapās tā būs redzama kā vienkāršs teksts)`
      ),
      run.stdout
    );
    assert.match(run.stdout, /contacts › inquiries: nav personas ar identifikatoru "arvita-jukša"; vai domājāt arvita-juksa\?/);
    assert.match(run.stderr, /: 3 kļūdas, 0 brīdinājumu\n$/);
  });

  it('--lang ru: Russian words and plural forms', async () => {
    const run = await kopiena(['validate', dir, '--lang', 'ru']);
    assert.equal(run.status, 1);
    assert.ok(lines(run.stdout).includes(`${published}: ошибка: published: «7.05.2020» — не дата; напишите 2020-05-07`), run.stdout);
    assert.match(run.stdout, /нет контактного лица с идентификатором «arvita-jukša»; возможно, имелось в виду arvita-juksa\?/);
    assert.match(run.stderr, /: 3 ошибки, 0 предупреждений\n$/);
  });

  it('--lang en: plain English, no JSON paths, no jargon', async () => {
    const run = await kopiena(['validate', dir, '--lang', 'en']);
    assert.ok(lines(run.stdout).includes(`${published}: error: published: "7.05.2020" is not a date; write it as 2020-05-07`), run.stdout);
    assert.match(run.stdout, /there is no person with the id "arvita-jukša"; did you mean arvita-juksa\?/);
    assert.doesNotMatch(run.stdout, /releases\[|ISO|EDTF|YAML|schema/);
  });

  it('without --lang, speaks the source’s language (kopiena.yml says lv)', async () => {
    const run = await kopiena(['validate', dir], { env: { LANG: 'ru_RU.UTF-8' } });
    assert.match(run.stdout, /kļūda: published: "7.05.2020" nav datums/);
  });

  it('--format json keeps the stable codes and JSON paths, whatever the language', async () => {
    for (const lang of ['lv', 'ru', 'en']) {
      const report = JSON.parse((await kopiena(['validate', dir, '--format', 'json', '--lang', lang])).stdout);
      assert.equal(report.ok, false);
      assert.deepEqual(
        report.problems.map(({ path, code, severity }: { path: string; code: string; severity: string }) => [severity, code, path]),
        [
          ['error', 'email', 'people.arvita-juksa.email'],
          ['error', 'date', 'releases[0].published'],
          ['error', 'unknown-id', 'releases[0].contacts.inquiries'],
        ]
      );
    }
  });
});

describe('kopiena validate, the environment’s locale', () => {
  /** A feed file without a language of its own, with one bad activity date. */
  function feedWithoutLanguage(): string {
    const dir = scratchDir('kopiena-words-');
    const feed = {
      version: 1,
      project: { id: 'talka', name: 'Talka' },
      releases: [
        { id: 'talka-2026', published: '2026-04-30', title: 'Talka', activities: [{ id: 'stadisana', when: '30.04.2026', title: 'Stādīšana' }] },
      ],
    };
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed, null, 2));
    return join(dir, 'feed.json');
  }
  const feed = feedWithoutLanguage();
  const noLocale = { LC_ALL: '', LC_MESSAGES: '', LANG: '' };
  const said = async (args: string[], env: NodeJS.ProcessEnv) => (await kopiena(args, { env })).stdout;

  it('is used when neither --lang nor the source names a language: LANG, overridden by LC_MESSAGES and LC_ALL', async () => {
    assert.match(
      await said(['validate', feed], { ...noLocale, LANG: 'lv_LV.UTF-8' }),
      /kļūda: relīze talka-2026, aktivitāte stadisana, when: "30\.04\.2026" nav datums/
    );
    assert.match(
      await said(['validate', feed], { ...noLocale, LANG: 'lv_LV.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' }),
      /ошибка: релиз talka-2026, мероприятие stadisana, when: «30\.04\.2026» — не дата/
    );
    assert.match(
      await said(['validate', feed], { ...noLocale, LANG: 'lv_LV.UTF-8', LC_ALL: 'en_GB.UTF-8' }),
      /error: release talka-2026, activity stadisana, when: "30\.04\.2026" is not a date/
    );
  });

  it('gives way to --lang, and English is the last resort', async () => {
    assert.match(await said(['validate', feed, '--lang', 'ru'], { ...noLocale, LANG: 'lv_LV.UTF-8' }), /ошибка:/);
    assert.match(await said(['validate', feed], { ...noLocale, LANG: 'de_DE.UTF-8' }), /error: .*write a day \(2026-04-30\), a month \(2026-04\)/);
  });
});

describe('kopiena validate, one problem once', () => {
  it('a broken index.en.md gives one problem at its line, not a "no English text" warning for each field', async () => {
    let release = '';
    const dir = await initFolder((file, at) => {
      release = at;
      file(`${at}/index.en.md`, (text) => text.replace(/^place: .*$/m, 'place: [Daugavpils'));
    });
    const run = await kopiena(['validate', dir, '--lang', 'en']);
    assert.equal(run.status, 1);
    assert.deepEqual(lines(run.stdout), [
      `${join(dir, release, 'index.en.md')}:3:1: error: cannot be read from here on: look for a missing quote ("), bracket (]) or colon (:), or a line indented differently from its neighbours`,
    ]);
  });

  it('still warns of a translation that is missing when the file reads', async () => {
    const dir = await initFolder((file, release) => file(`${release}/index.en.md`, (text) => text.replace(/^summary: .*\n/m, '')));
    const run = await kopiena(['validate', dir, '--lang', 'en']);
    assert.equal(run.status, 0);
    assert.deepEqual(
      lines(run.stdout).map((line) => line.replace(/^.*?: warning: /, '')),
      ['summary: has no English text (the release is in Latvian, English, and Russian): English readers see another language here']
    );
  });
});

describe('the catalogue', () => {
  it('says every code in every language, and no two languages alike', async () => {
    const { CATALOGUE } = await import('../src/words/speaker.js');
    const codes = Object.keys(CATALOGUE.en.says).sort();
    for (const words of Object.values(CATALOGUE)) assert.deepEqual(Object.keys(words.says).sort(), codes);
    const said = { code: 'email', value: 'x@y' } as const;
    assert.equal(new Set(Object.values(CATALOGUE).map((words) => words.says.email(said))).size, 3);
  });

  it('counts with the plural forms of each language', async () => {
    const { CATALOGUE } = await import('../src/words/speaker.js');
    const { lv, ru, en } = CATALOGUE;
    assert.deepEqual(
      [0, 1, 2, 5, 11, 12, 21, 22].map((n) => lv.counted(n, n)),
      [
        '0 kļūdu, 0 brīdinājumu',
        '1 kļūda, 1 brīdinājums',
        '2 kļūdas, 2 brīdinājumi',
        '5 kļūdas, 5 brīdinājumi',
        '11 kļūdu, 11 brīdinājumu',
        '12 kļūdu, 12 brīdinājumu',
        '21 kļūda, 21 brīdinājums',
        '22 kļūdas, 22 brīdinājumi',
      ]
    );
    assert.deepEqual(
      [0, 1, 2, 5, 11, 21, 22].map((n) => ru.counted(n, n)),
      [
        '0 ошибок, 0 предупреждений',
        '1 ошибка, 1 предупреждение',
        '2 ошибки, 2 предупреждения',
        '5 ошибок, 5 предупреждений',
        '11 ошибок, 11 предупреждений',
        '21 ошибка, 21 предупреждение',
        '22 ошибки, 22 предупреждения',
      ]
    );
    assert.deepEqual(
      [0, 1, 2].map((n) => en.counted(n, n)),
      ['0 errors, 0 warnings', '1 error, 1 warning', '2 errors, 2 warnings']
    );
  });

  it('names languages in the case the sentence needs', async () => {
    const { CATALOGUE } = await import('../src/words/speaker.js');
    const said = { code: 'no-translation', missing: ['en', 'ru'], written: ['lv', 'en', 'ru'] } as const;
    assert.match(CATALOGUE.lv.says['no-translation'](said), /^nav teksta angļu un krievu valodā \(relīze ir latviešu, angļu un krievu valodā\)/);
    assert.match(
      CATALOGUE.ru.says['no-translation'](said),
      /^нет текста на английском и русском \(релиз написан на латышском, английском и русском\)/
    );
  });
});

describe('did you mean', () => {
  it('finds a slip of case, accent or letter, and nothing for an id unlike any', async () => {
    const { nearest } = await import('../src/words/nearest.js');
    const people = ['arvita-juksa', 'kristine-liepina', 'sandra-kraukle', 'inese-nastajus'];
    assert.equal(nearest('Arvita-Jukša', people), 'arvita-juksa');
    assert.equal(nearest('kristine-liepna', people), 'kristine-liepina');
    assert.equal(nearest('ghost', people), undefined);
  });

  it('stays bounded: a huge id against many candidates compares their first 64 characters', async () => {
    const { nearest } = await import('../src/words/nearest.js');
    const candidates = Array.from({ length: 100_000 }, (_, index) => `person-${index}-${'x'.repeat(10_000)}`);
    // The 2,000-candidate cap: person-5 is found among the first ones, a match past the cap is not looked for.
    assert.equal(nearest(`person-5-${'x'.repeat(10_000)}y`, candidates), 'person-5-' + 'x'.repeat(10_000));
    assert.equal(nearest('person-99999-z', candidates.slice(-1)), undefined);
  });
});

// What `kopiena import` and `kopiena serve` tell a coordinator besides the
// problems of a file, in Latvian and Russian (issue #25, item 3): progress,
// the warning that names a guessed language, why a command stopped, the
// preview's status lines and the problems it shows on the page.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../src/main.js';
import { capturingIo, kopiena, repoRoot, scratchDir } from './helpers.js';
import { stateWhen } from './serve-events.js';

const fixture = (name: string) => join(repoRoot, 'cli/test/fixtures', name);
const LATVIAN = { LANG: 'lv_LV.UTF-8' };
const RUSSIAN = { LANG: 'ru_RU.UTF-8' };

describe('an unknown command, in the computer’s language', () => {
  it('names it', async () => {
    assert.match((await kopiena(['publicet'], { env: LATVIAN })).stderr, /^kopiena: nezināma komanda "publicet"$/m);
    assert.match((await kopiena(['publicet'], { env: RUSSIAN })).stderr, /^kopiena: неизвестная команда «publicet»$/m);
  });
});

describe('the command line and --out, in the computer’s language', () => {
  it('a wrong option, a missing one, and an --out that would replace the source', async () => {
    const dir = scratchDir();
    mkdirSync(join(dir, 'jaunumi'));
    writeFileSync(join(dir, 'jaunumi/kopiena.yml'), 'version: 1\n');
    const cases: Array<[string[], string, string]> = [
      [['validate', 'jaunumi', '--format', 'xml'], 'kopiena validate: --format ir text vai json', 'kopiena validate: --format — это text или json'],
      [['import', 'feed.json'], 'kopiena import: vajag --out <folder>', 'kopiena import: нужно указать --out <folder>'],
      [['build', 'jaunumi', '--out', 'x', '--slug'], 'kopiena build: nezināma opcija --slug', 'kopiena build: неизвестная опция --slug'],
      [
        ['serve'],
        'kopiena serve: norādiet vienu avota mapi vai ziņu avota failu',
        'kopiena serve: укажите одну исходную папку или файл источника новостей',
      ],
      [
        ['build', 'jaunumi', '--out', 'jaunumi/site'],
        'kopiena build: --out jaunumi/site ir avota mapē jaunumi: rezultāts sajauktos ar to, no kā tas veidots; norādiet mapi ārpus tās, piemēram, --out jaunumi-site',
        'kopiena build: --out jaunumi/site находится внутри исходной папки jaunumi: результат смешался бы с тем, из чего он сделан; укажите папку вне её, например --out jaunumi-site',
      ],
      [
        ['init', 'jaunumi'],
        'kopiena init: jaunumi nav tukša; norādiet jaunu vai tukšu mapi (nekas netiek pārrakstīts)',
        'kopiena init: jaunumi не пуста; укажите новую или пустую папку (ничего никогда не перезаписывается)',
      ],
    ];
    for (const [args, latvian, russian] of cases) {
      const lv = await kopiena(args, { cwd: dir, env: LATVIAN });
      assert.equal(lv.status, 2, lv.stderr);
      assert.equal(lv.stderr.split('\n')[0], latvian);
      assert.equal((await kopiena(args, { cwd: dir, env: RUSSIAN })).stderr.split('\n')[0], russian);
    }
  });
});

describe('kopiena init in the computer’s language', () => {
  it('says what it wrote, and its hints keep the commands as they run', async () => {
    const lv = await kopiena(['init', 'jaunumi'], { cwd: scratchDir(), env: LATVIAN });
    assert.deepEqual(lv.stdout.split('\n').filter(Boolean), [
      'ierakstīts jaunumi: kopiena.yml, relīzes paraugs mapē releases/ (lv, en, ru), README.md un admin/ (CMS veidlapa)',
      `  ${'kopiena validate jaunumi'.padEnd(40)}  pārbaudīt to`,
      `  ${'kopiena build jaunumi --out jaunumi-site'.padEnd(40)}  izveidot vietni blakus tai`,
    ]);
    const ru = await kopiena(['init', 'novosti'], { cwd: scratchDir(), env: RUSSIAN });
    assert.match(ru.stdout, /^записано в novosti: kopiena\.yml, пример релиза в releases\/ \(lv, en, ru\), README\.md и admin\/ \(форма CMS\)$/m);
    assert.match(ru.stdout, /^ {2}kopiena build novosti --out novosti-site +собрать сайт рядом с ней$/m);
  });
});

describe('a web address that cannot be read, in the computer’s language', () => {
  it('a page the server does not have, and a server that does not answer', async () => {
    const server = createHttpServer((_, response) => response.writeHead(404).end());
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const gone = `${origin}/gone.json`;
      assert.equal(
        (await kopiena(['validate', gone], { env: LATVIAN })).stderr,
        `kopiena validate: neizdevās nolasīt ${gone}: serverī šādas lapas nav (404)\n`
      );
      assert.equal(
        (await kopiena(['validate', gone], { env: RUSSIAN })).stderr,
        `kopiena validate: не удалось прочитать ${gone}: такой страницы на сервере нет (404)\n`
      );
    } finally {
      await new Promise((closed) => server.close(closed));
    }
    const nobody = `${origin}/feed.json`;
    assert.match(
      (await kopiena(['validate', nobody], { env: LATVIAN })).stderr,
      /: neizdevās nolasīt http:\S+: adresē 127\.0\.0\.1:\d+ neviens neatbild\n$/
    );
    assert.match(
      (await kopiena(['validate', nobody], { env: RUSSIAN })).stderr,
      /: не удалось прочитать http:\S+: по адресу 127\.0\.0\.1:\d+ никто не отвечает\n$/
    );
  });
});

describe('kopiena import in Latvian and Russian', () => {
  it('a feed that does not say its language: the warning names the guess, then what was written and how to check it', async () => {
    const lv = await kopiena(['import', fixture('german-atom.xml'), '--out', join(scratchDir(), 'jaunumi')], { env: LATVIAN });
    assert.equal(lv.status, 0, lv.stderr);
    assert.match(
      lv.stderr,
      /^kopiena import: brīdinājums: .*german-atom\.xml nenorāda, kādā valodā tas ir; tā teksts ierakstīts kā lv \(šī datora valoda\)\. Ja tas nav pareizi, importējiet to vēlreiz ar --lang un valodu, piemēram, --lang de$/m
    );
    assert.match(
      lv.stderr,
      /^kopiena import: brīdinājums: pirmais attēls relīžu 2020-05-09-\S+ tekstā nenorāda savu izmēru, tāpēc kopīgošanai tas netiek izmantots;/m
    );
    assert.match(lv.stdout, /^ierakstīts .*jaunumi: kopiena.yml projektam "[^"]+" un 2 relīzes$/m);
    assert.match(lv.stdout, /^pārbaudiet to ar: kopiena validate .*jaunumi$/m);

    const ru = await kopiena(['import', fixture('german-atom.xml'), '--out', join(scratchDir(), 'novosti')], { env: RUSSIAN });
    assert.equal(ru.status, 0, ru.stderr);
    assert.match(
      ru.stderr,
      /^kopiena import: предупреждение: .*german-atom\.xml не указывает, на каком он языке; его текст записан как ru \(язык этого компьютера\)\. Если это не так, импортируйте его снова с --lang и языком, например --lang de$/m
    );
    assert.match(ru.stdout, /^записано в .*novosti: kopiena.yml для «[^»]+» и 2 релиза$/m);
    assert.match(ru.stdout, /^проверьте результат: kopiena validate .*novosti$/m);
  });

  it('--lang names the text’s language and so the words: Russian on an English computer', async () => {
    const run = await kopiena(['import', fixture('wordpress-de-rss.xml'), '--out', join(scratchDir(), 'p'), '--lang', 'ru']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /wordpress-de-rss\.xml указывает язык de; его текст записан как ru, как указано в --lang$/m);
    assert.match(run.stdout, /^записано в /m);
  });

  it('why it stopped: no such file, not a feed, a language that is no language, both --lang and --language', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'page.html'), '<html><body><p>Sveiki</p></body></html>');
    const cases: Array<[string[], RegExp, RegExp]> = [
      [
        ['nav.json'],
        /: nav\.json: šāda faila nav \(pārbaudiet nosaukumu un to, kurā mapē esat\)$/,
        /: nav\.json: такого файла нет \(проверьте имя и то, в какой папке вы находитесь\)$/,
      ],
      [
        ['page.html'],
        /: page\.html nav ne kopiena ziņu avots, ne JSON Feed, ne RSS 2\.0, ne Atom ziņu avots$/,
        /: page\.html — не источник новостей kopiena, не JSON Feed, не RSS 2\.0 и не Atom$/,
      ],
      [
        [fixture('german-atom.xml'), '--language', 'latviski!'],
        /: --language: "latviski!" nav valodas kods; rakstiet, piemēram, lv, en, ru vai pt-BR$/,
        /: --language: «latviski!» — не код языка; напишите, например, lv, en, ru или pt-BR$/,
      ],
      [
        ['page.html', '--lang', 'lv', '--language', 'ru'],
        /: --lang un --language ir viena un tā pati opcija \(--language ir tās agrākais nosaukums\); norādiet vienu$/m,
        /: --lang и --language — одна и та же опция \(--language — её прежнее название\); укажите одну$/m,
      ],
    ];
    for (const [args, latvian, russian] of cases) {
      for (const [env, words] of [
        [LATVIAN, latvian],
        [RUSSIAN, russian],
      ] as const) {
        const run = await kopiena(['import', ...args, '--out', join(scratchDir(), 'p')], { cwd: dir, env });
        assert.equal(run.status, 2, run.stderr);
        assert.match(run.stderr.split('\n')[0], words);
      }
    }
  });
});

/** A source folder in `language`, its one release valid. */
function sourceFolder(language: 'lv' | 'ru'): { dir: string; release: string } {
  const dir = scratchDir('kopiena-words-serve-');
  const release = join(dir, 'releases/2020-05-07-pavasaris', `${language}.md`);
  const files = {
    [join(dir, 'kopiena.yml')]: `version: 1\nlanguage: ${language}\nproject:\n  id: kopienas\n  name: Kopienas\n`,
    [release]: '---\npublished: 2020-05-07\ntitle: Pavasaris\n---\n\nTeksts.\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return { dir, release };
}

const SERVE_WORDS = {
  lv: {
    started: /^kopiena serve: \. priekšskatījums ir (http:\/\/127\.0\.0\.1:\d+)\/ un tiek pārbūvēts ikreiz, kad saglabājat; Ctrl\+C to aptur$/,
    built: /^kopiena serve: izveidots \d+,\d s laikā, http:\/\/127\.0\.0\.1:\d+\/$/,
    problem: 'published: "7.05.2020" nav datums; rakstiet 2020-05-07',
    broken: /^kopiena serve: \.: 1 kļūda; joprojām redzama pēdējā strādājošā vietne$/,
    stopped: 'kopiena serve: apturēts',
  },
  ru: {
    started:
      /^kopiena serve: предпросмотр \. открыт по адресу (http:\/\/127\.0\.0\.1:\d+)\/ и обновляется при каждом сохранении; Ctrl\+C останавливает его$/,
    built: /^kopiena serve: собрано за \d+,\d с, http:\/\/127\.0\.0\.1:\d+\/$/,
    problem: 'published: «7.05.2020» — не дата; напишите 2020-05-07',
    broken: /^kopiena serve: \.: 1 ошибка; пока показывается последняя рабочая версия сайта$/,
    stopped: 'kopiena serve: остановлено',
  },
} as const;

describe('kopiena serve in Latvian and Russian', () => {
  for (const language of ['lv', 'ru'] as const) {
    it(`${language}: where the preview is, each build, the problems in the terminal and on the page, and its end`, { timeout: 60_000 }, async () => {
      const words = SERVE_WORDS[language];
      const { dir, release } = sourceFolder(language);
      const io = capturingIo({ cwd: dir, env: { TMPDIR: scratchDir('kopiena-words-serve-tmp-') } });
      const exited = main(['serve', '.', '--port', '0'], io);
      const origin = words.started.exec(await io.line(/^kopiena serve: .*Ctrl\+C/))?.[1];
      assert.ok(origin, io.printed().stdout);
      assert.match(io.printed().stdout.split('\n')[0], words.built);

      writeFileSync(release, '---\npublished: 7.05.2020\ntitle: Pavasaris\n---\n\nTeksts.\n');
      assert.match(await io.line(words.broken), words.broken);
      const state = await stateWhen(origin, (shown) => shown.problems.length > 0);
      assert.equal(state.problems.length, 1);
      assert.ok(state.problems[0].endsWith(words.problem), state.problems[0]);
      assert.ok(io.printed().stderr.includes(state.problems[0]));
      assert.notEqual(state.words.heading, 'The site is not updated: your files have errors');

      io.interrupt();
      assert.equal(await exited, 0);
      assert.equal(io.printed().stdout.trim().split('\n').at(-1), words.stopped);
    });
  }

  it('a port that is taken, said in the computer’s language', async () => {
    const taken = createServer();
    await new Promise<void>((listening) => taken.listen(0, '127.0.0.1', listening));
    const port = (taken.address() as { port: number }).port;
    try {
      const { dir } = sourceFolder('lv');
      const lv = await kopiena(['serve', '.', '--port', String(port)], { cwd: dir, env: LATVIAN });
      assert.equal(lv.status, 2);
      assert.equal(
        lv.stderr,
        `kopiena serve: ports ${port} ir aizņemts (cits kopiena serve vai cita programma); norādiet citu, piemēram, --port ${port + 1}\n`
      );
      const ru = await kopiena(['serve', '.', '--port', String(port)], { cwd: dir, env: RUSSIAN });
      assert.equal(
        ru.stderr,
        `kopiena serve: порт ${port} занят (другим kopiena serve или другой программой); укажите другой, например --port ${port + 1}\n`
      );
      const option = await kopiena(['serve', '.', '--port', 'astoņi'], { cwd: dir, env: LATVIAN });
      assert.match(option.stderr, /^kopiena serve: --port jābūt veselam skaitlim no 0 līdz 65535 \(norādīts "astoņi"\)$/m);
    } finally {
      taken.close();
    }
  });
});

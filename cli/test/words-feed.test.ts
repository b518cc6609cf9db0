// The widgets' own rules that had no words of their own (they were printed in
// English with the code "feed"): a feed that is not one, of another version,
// too large, topics without a list of topics, a topic name that is no text,
// a reference that is no id. Each has a stable code and Latvian and Russian
// words (issue #25, item 3).
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { kopiena, scratchDir } from './helpers.js';

const FEED = { version: 1, language: 'lv', project: { id: 'kopienas', name: 'Kopienas' }, releases: [] as unknown[] };
const RELEASE = { id: 'pavasaris', published: '2020-05-07', title: 'Pavasaris' };

interface Said {
  code: string;
  message: string;
}

/** `validate feed.json --format json --lang <lang>`: each problem's code and words (the text lines say the same words). */
async function problems(feed: unknown, lang: string): Promise<Said[]> {
  const dir = scratchDir('kopiena-words-feed-');
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
  const run = await kopiena(['validate', 'feed.json', '--format', 'json', '--lang', lang], { cwd: dir });
  return (JSON.parse(run.stdout).problems as Said[]).map(({ code, message }) => ({ code, message }));
}

const CASES: Array<{ name: string; feed: unknown; code: string; lv: string; ru: string }> = [
  {
    name: 'a list, not a feed',
    feed: [FEED],
    code: 'feed-not-object',
    lv: 'nav ziņu avots: tam jābūt vienai lauku grupai { } (version, language, project, releases), nevis sarakstam',
    ru: 'это не источник новостей: он должен быть одной группой полей { } (version, language, project, releases), а не списком',
  },
  {
    name: 'a feed of version 2',
    feed: { ...FEED, version: 2 },
    code: 'feed-version',
    lv: 'programma kopiena šajā versijā nelasa ziņu avota versiju "2"; rakstiet 1 vai atjauniniet programmu kopiena, ja ziņu avotu rakstījusi jaunāka tās versija',
    ru: 'эта версия kopiena не читает источник новостей версии «2»; напишите 1 или обновите kopiena, если источник создан более новой версией',
  },
  {
    name: 'more releases than the widgets read',
    feed: { ...FEED, releases: Array.from({ length: 10_001 }, () => ({})) },
    code: 'feed-too-large',
    lv: 'ziņu avotā ir vairāk nekā 10\u00a0000 relīžu – vairāk, nekā logrīki spēj nolasīt; atstājiet šeit jaunākās, bet vecākās relīzes pārceliet uz arhīva lapām',
    ru: 'в источнике новостей больше 10\u00a0000 релизов — больше, чем могут прочитать виджеты; оставьте здесь самые новые, а более старые релизы перенесите на страницы архива',
  },
  {
    name: 'a release naming a topic in a feed without topics',
    feed: { ...FEED, releases: [{ ...RELEASE, topics: ['biblioteka'] }] },
    code: 'topic-without-topics',
    lv: 'norāda tēmu "biblioteka", bet neviena tēma nav uzskaitīta: pievienojiet to sadaļā topics ar tās nosaukumu katrā valodā',
    ru: 'указывает тему «biblioteka», но ни одна тема не перечислена: добавьте её в раздел topics с названием на каждом языке',
  },
  {
    name: 'a topic whose name is a number',
    feed: { ...FEED, topics: { biblioteka: 5 } },
    code: 'localized-text',
    lv: 'jābūt tekstam vai tekstam katrā valodā (lv: …, en: …), nevis skaitlim',
    ru: 'должно быть текстом или текстом на каждом языке (lv: …, ru: …), а не числом',
  },
  {
    name: 'a topic whose name is left empty',
    feed: { ...FEED, topics: { biblioteka: { lv: '', en: 'Library' } } },
    code: 'empty',
    lv: 'ir tukšs; ierakstiet tekstu vai izlaidiet šo lauku',
    ru: 'пусто; напишите текст или уберите это поле',
  },
  {
    name: 'an organization of the project given as a number',
    feed: { ...FEED, project: { ...FEED.project, organizations: [5] } },
    code: 'id',
    lv: '"5" nav derīgs identifikators: lietojiet tikai mazos latīņu burtus (bez garumzīmēm), ciparus un defises, piemēram, 5',
    ru: '«5» — недопустимый идентификатор: используйте только строчные латинские буквы, цифры и дефисы, например 5',
  },
];

describe('the widgets’ rules, each with a code and words of its own', () => {
  for (const { name, feed, code, lv, ru } of CASES) {
    it(`${name}: ${code}`, async () => {
      assert.deepEqual(await problems(feed, 'lv'), [{ code, message: lv }]);
      assert.deepEqual(await problems(feed, 'ru'), [{ code, message: ru }]);
    });
  }

  it('no problem of these broken feeds is left with the English-only code "feed"', async () => {
    for (const { feed } of CASES) for (const { code } of await problems(feed, 'en')) assert.notEqual(code, 'feed');
  });
});

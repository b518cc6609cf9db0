// The newsroom fields of docs/feed-format.md (topics, attachments, draft,
// an embargo as a future `published`): what the feed's schema accepts, what
// `kopiena validate` says about the rest, each at its value, and that the
// widgets still render a release that carries them.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../../src/feed/check.js';
import { check as checkFolder } from '../src/check.js';
import type { FeedIssue } from '../../src/feed/errors.js';
import { attachmentSchema, newsroomReleaseSchema, topicNameSchema } from '../../src/feed/schema.js';
import { validateFeed } from '../../src/feed/validate.js';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests break the feed in any place on purpose
const demo = (): Record<string, any> => JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/feed.json'), 'utf8'));

const issuesOf = (schema: Parameters<typeof check>[0], value: unknown) => {
  const issues: FeedIssue[] = [];
  check(schema, value, ['x'], issues);
  return issues;
};

describe('newsroom fields: the schema', () => {
  it('accepts topics, a media kit and a draft flag as docs/feed-format.md writes them', () => {
    assert.deepEqual(issuesOf(topicNameSchema(), { lv: 'Bibliotēkas', en: 'Libraries' }), []);
    assert.deepEqual(issuesOf(topicNameSchema(), 'Bibliotēkas'), []);
    const release = {
      topics: ['libraries', 'youth-2'],
      attachments: [
        { src: 'talka-print.jpg', title: { lv: 'Talka', en: 'Clean-up day' }, credit: 'Foto: Arvita Jukša', license: 'CC BY 4.0' },
        { src: 'https://example.org/logo.svg' },
      ],
      draft: false,
    };
    assert.deepEqual(issuesOf(newsroomReleaseSchema(), release), []);
    assert.deepEqual(issuesOf(newsroomReleaseSchema(), {}), [], 'every newsroom field is optional');
  });

  it('refuses what is not one, with the path and words a coordinator understands', () => {
    assert.deepEqual(issuesOf(topicNameSchema(), { lv: '' }), [
      { path: 'x', message: 'must name the topic: a non-empty string or an object of language tags to non-empty strings' },
    ]);
    assert.deepEqual(
      issuesOf(newsroomReleaseSchema(), { topics: ['Libraries'], draft: 'yes', attachments: [{ title: 'Logo' }, { src: 'a.pdf', license: '' }] }),
      [
        { path: 'x.topics[0]', message: 'must be an id of a-z, 0-9 and -' },
        { path: 'x.attachments[0].src', message: 'is required' },
        { path: 'x.attachments[1].license', message: 'must be a non-empty string' },
        { path: 'x.draft', message: 'must be true or false' },
      ]
    );
    assert.deepEqual(issuesOf(attachmentSchema(), 'logo.png'), [{ path: 'x', message: 'must be an object' }]);
  });

  it('is in feed.schema.json for editors, with a description of drafts and embargoes', () => {
    const schema = JSON.parse(readFileSync(join(repoRoot, 'feed.schema.json'), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.topics.additionalProperties.anyOf[1]), ['type', 'minProperties', 'additionalProperties']);
    const release = schema.properties.releases.items.properties;
    assert.deepEqual(release.topics.items, { type: 'string', pattern: '^[a-z0-9-]+$' });
    assert.deepEqual(release.attachments.items.required, ['src']);
    assert.deepEqual(Object.keys(release.attachments.items.properties), ['src', 'title', 'credit', 'license']);
    assert.equal(release.draft.type, 'boolean');
    assert.match(release.draft.description, /embargo/);
  });

  it('leaves the widgets reading a release that carries newsroom fields, as forward compatibility promises', () => {
    const feed = demo();
    Object.assign(feed, { topics: { libraries: { lv: 'Bibliotēkas' } } });
    Object.assign(feed.releases[0], { topics: ['libraries'], attachments: [{ src: 'logo.png' }], draft: false });
    const { feed: read, issues } = validateFeed(feed, 'https://example.org/feed.json');
    assert.deepEqual(issues, []);
    assert.equal(read.releases.length, feed.releases.length);
  });
});

/** `line:column` (1-based) where `needle` first occurs in `text`. */
function at(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} is in the text`);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

/** Writes `feed` in a fresh folder (inside a scratch folder, so that `..` leads somewhere), lets `setup` add files, and validates it. */
async function validateFeedFile(feed: unknown, setup: (dir: string) => void = () => {}) {
  const dir = join(scratchDir('kopiena-newsroom-'), 'feed');
  mkdirSync(dir);
  setup(dir);
  const text = JSON.stringify(feed, null, 2);
  writeFileSync(join(dir, 'feed.json'), text);
  const run = await kopiena(['validate', 'feed.json', '--lang', 'en'], { cwd: dir });
  return { run, text, dir, lines: run.stdout.split('\n').filter(Boolean) };
}

describe('newsroom fields: kopiena validate', () => {
  it('reports a topic id the feed does not define, and a topic with no name, at the value', async () => {
    const feed = demo();
    feed.topics = { libraries: { lv: 'Bibliotēkas', en: 'Libraries' }, 'Youth Work': 'Jaunatne', empty: { lv: '' } };
    feed.releases[0].topics = ['libraries', 'librarys'];
    const { run, text, lines } = await validateFeedFile(feed);
    assert.equal(run.status, 1);
    assert.deepEqual(lines, [
      `feed.json:${at(text, '"librarys"')}: error: release 2020-05-07-daugavpils-iedvesmo, topics no. 2: there is no topic with the id "librarys"; did you mean libraries?`,
      `feed.json:${at(text, '"Jaunatne"')}: error: topics › Youth Work: "Youth Work" is not an id: use small Latin letters, digits and hyphens only, like youth-work`,
      `feed.json:${at(text, '{\n      "lv": ""')}: error: topics › empty: is empty; write something or leave the field out`,
    ]);
  });

  it('says so when a release names a topic and the feed has none', async () => {
    const feed = demo();
    feed.releases[0].topics = ['libraries'];
    const { lines, text } = await validateFeedFile(feed);
    assert.deepEqual(lines, [
      `feed.json:${at(text, '"libraries"')}: error: release 2020-05-07-daugavpils-iedvesmo, topics no. 1: names the topic "libraries", but no topics are listed: add it under topics, with its name in every language`,
    ]);
  });

  it('refuses a draft flag that is not true or false: the build must know what to keep out', async () => {
    const feed = demo();
    feed.releases[0].draft = 'yes';
    const { run, text, lines } = await validateFeedFile(feed);
    assert.equal(run.status, 1);
    assert.deepEqual(lines, [
      `feed.json:${at(text, '"yes"')}: error: release 2020-05-07-daugavpils-iedvesmo, draft: "yes" is not true or false; write true (yes) or false (no)`,
    ]);
  });

  it('warns of each attachment that cannot be read (missing, outside the folder, a link out, a folder, not http) and keeps the rest', async () => {
    const feed = demo();
    feed.releases[0].attachments = [
      { src: 'kit.pdf', credit: 'IIC', license: 'CC BY 4.0' },
      { src: 'missing.pdf' },
      { src: '../outside.pdf' },
      { src: 'link-out.pdf' },
      { src: 'folder' },
      { src: 'javascript:alert(1)' },
      { src: 'https://example.org/logo.svg' },
    ];
    const { run, text, lines } = await validateFeedFile(feed, (dir) => {
      writeFileSync(join(dir, 'kit.pdf'), '%PDF-1.4\n');
      mkdirSync(join(dir, 'folder'));
      writeFileSync(join(dir, '..', 'outside.pdf'), 'not to be published');
      symlinkSync(join(dir, '..', 'outside.pdf'), join(dir, 'link-out.pdf'));
    });
    const place = (needle: string) => at(text, needle);
    assert.deepEqual(lines, [
      `feed.json:${place('"missing.pdf"')}: warning: release 2020-05-07-daugavpils-iedvesmo, attachments no. 2 › src: there is no file missing.pdf (check its name, and that it is in the release's folder): skipped, the release is published without it`,
      `feed.json:${place('"../outside.pdf"')}: warning: release 2020-05-07-daugavpils-iedvesmo, attachments no. 3 › src: ../outside.pdf is outside the folder: only files inside it are published: skipped, the release is published without it`,
      `feed.json:${place('"link-out.pdf"')}: warning: release 2020-05-07-daugavpils-iedvesmo, attachments no. 4 › src: link-out.pdf is a link to a file outside the folder: only files inside it are published: skipped, the release is published without it`,
      `feed.json:${place('"folder"')}: warning: release 2020-05-07-daugavpils-iedvesmo, attachments no. 5 › src: folder is a folder, not a file: skipped, the release is published without it`,
      `feed.json:${place('"javascript:alert(1)"')}: warning: release 2020-05-07-daugavpils-iedvesmo, attachments no. 6 › src: "javascript:alert(1)" is not a web address (https://…): skipped, the release is published without it`,
    ]);
    assert.equal(run.status, 0, 'warnings leave the feed valid');
  });
});

describe('newsroom fields: the source folder', () => {
  it('reads topics from kopiena.yml, and topics, draft, an embargo and a media kit from front matter, translated titles included', async () => {
    const dir = join(scratchDir('kopiena-newsroom-source-'), 'project');
    const release = join(dir, 'releases', '2026-12-10-talka');
    mkdirSync(release, { recursive: true });
    writeFileSync(
      join(dir, 'kopiena.yml'),
      'version: 1\nlanguage: lv\nproject: { id: kopiena, name: Kopiena }\ntopics:\n  libraries: { lv: Bibliotēkas, en: Libraries }\n'
    );
    writeFileSync(
      join(release, 'index.lv.md'),
      '---\npublished: 2026-12-10T09:00:00+02:00\ndraft: true\ntopics: [libraries]\nattachments:\n  - { src: talka-print.jpg, title: Talka, credit: "Foto: Arvita Jukša", license: CC BY 4.0 }\n  - logo.svg\ntitle: Talka\n---\n\nTeksts.\n'
    );
    writeFileSync(join(release, 'index.en.md'), '---\ntitle: Clean-up\nattachments:\n  - { title: Clean-up day }\n---\n\nText.\n');
    writeFileSync(join(release, 'talka-print.jpg'), 'a print-size photo');
    writeFileSync(join(release, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const { feed, problems } = await checkFolder(dir);
    assert.deepEqual(problems, []);
    const [read] = (feed as { releases: Array<Record<string, unknown>> }).releases;
    assert.deepEqual((feed as { topics: unknown }).topics, { libraries: { lv: 'Bibliotēkas', en: 'Libraries' } });
    assert.equal(read.published, '2026-12-10T09:00:00+02:00');
    assert.equal(read.draft, true);
    assert.deepEqual(read.topics, ['libraries']);
    assert.deepEqual(read.attachments, [
      { src: 'talka-print.jpg', title: { lv: 'Talka', en: 'Clean-up day' }, credit: 'Foto: Arvita Jukša', license: 'CC BY 4.0' },
      { src: 'logo.svg' },
    ]);
  });
});

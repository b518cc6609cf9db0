// A newsroom as a coordinator writes it in the folder `kopiena init` makes
// (pack-test.js, issue #27): a topic named in kopiena.yml, the example
// release of that topic with a camera photo in its media kit, and two copies
// of it that must not be published: a draft, and one embargoed until next
// year. Then what the built site must hold: the topic's pages and feeds with
// that release alone, the media kit with its credit and license, and no
// word of the two held releases in any file (search index included).
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { cameraPhoto } from './published-images.js';

const HELD = { draft: 'Melnraksts-Kvadrāts-7q', embargo: 'Embargo-Trīsstūris-9z' };

/** Front matter lines added after a release file's first `---`. */
const addFrontMatter = (file, lines) => writeFileSync(file, readFileSync(file, 'utf8').replace('---\n', `---\n${lines.join('\n')}\n`));

/** Writes the newsroom into `source`, around `release` (its id); returns what the check needs. */
export async function writeNewsroom(source, release) {
  writeFileSync(
    join(source, 'kopiena.yml'),
    `${readFileSync(join(source, 'kopiena.yml'), 'utf8')}topics:\n  youth: { lv: Jaunieši, en: Young people, ru: Молодёжь }\n`
  );
  const folder = join(source, 'releases', release);
  writeFileSync(join(folder, 'talka-print.jpg'), await cameraPhoto());
  addFrontMatter(join(folder, 'index.lv.md'), [
    'topics: [youth]',
    'attachments:',
    '  - { src: talka-print.jpg, title: Talka Daugavpilī, credit: Arvita Jukša, license: CC BY 4.0 }',
  ]);
  const nextYear = new Date().getUTCFullYear() + 1;
  for (const [kind, word] of Object.entries(HELD)) {
    const id = `${release}-${kind}`;
    cpSync(folder, join(source, 'releases', id), { recursive: true });
    const file = join(source, 'releases', id, 'index.lv.md');
    const text = readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${word}`);
    writeFileSync(
      file,
      kind === 'draft' ? text.replace('---\n', '---\ndraft: true\n') : text.replace(/^published: .*$/m, `published: ${nextYear}-01-15T09:00:00+02:00`)
    );
  }
  return { release, held: Object.values(HELD) };
}

/** What is wrong with the newsroom of `site`, built from the source writeNewsroom made. */
export function newsroomProblems(site, { release, held }) {
  const problems = [];
  const read = (path) => readFileSync(join(site, path), 'utf8');
  const topic = JSON.parse(read('lv/topics/youth/feed.json'));
  const topicIds = topic.items?.map((item) => item.url?.split('/').filter(Boolean).at(-1));
  if (JSON.stringify(topicIds) !== JSON.stringify([release]))
    problems.push(`the topic's JSON Feed holds ${JSON.stringify(topicIds)}, not [${release}]`);
  for (const file of ['index.html', 'rss.xml', 'atom.xml'])
    if (!read(`en/topics/youth/${file}`).includes(release)) problems.push(`en/topics/youth/${file} does not name the release`);
  const page = parseDocument(read(`en/${release}/index.html`));
  const kit = DomUtils.findOne((element) => element.attribs.class === 'media-kit', page.children);
  const kitText = kit ? DomUtils.textContent(kit) : '';
  for (const words of ['Photos and files', 'Credit: Arvita Jukša', 'License: CC BY 4.0', 'JPEG photo'])
    if (!kitText.includes(words)) problems.push(`the landing page's media kit does not say ${JSON.stringify(words)}`);
  const files = readdirSync(site, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  // Pagefind's index files are compressed, but it indexes the pages, which are read here as they are.
  const heldWords = [...held, `${release}-draft`, `${release}-embargo`];
  for (const entry of files) {
    const bytes = readFileSync(join(entry.parentPath, entry.name));
    for (const word of heldWords)
      if (bytes.includes(word)) problems.push(`${join(entry.parentPath, entry.name).slice(site.length + 1)} names a held release (${word})`);
  }
  return problems;
}

// A media kit's files are published on the site's own origin: a web page or
// an SVG drawing that could run a script there is refused with a warning
// (cli/src/check/active-files.ts), on every host alike; the drawings that
// design programs export are published.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { kopiena, scratchDir } from './helpers.js';

const id = '2020-05-07-daugavpils-iedvesmo';
const svg = (inside: string, attributes = '', doctype = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"${attributes}>${inside}</svg>`;

const files: Record<string, string> = {
  'logo.svg': svg(
    '<g><rect width="10" height="10" fill="#c00"/><a href="https://example.org/"><text x="1" y="5">Logo</text></a></g>',
    '',
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
  ),
  'script.svg': svg('<g><g><script>alert(document.domain)</script></g></g>'),
  'onload.svg': svg('<rect width="10" height="10"/>', ' onload="alert(1)"'),
  'link.svg': svg('<a xlink:href=" java&#10;script:alert(1)"><rect width="10" height="10"/></a>'),
  'entity.svg': svg('&x;', '', '<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">]>\n'),
  'embedded.svg': svg(
    '<foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://example.org/"/></foreignObject>'
  ),
  'broken.svg': svg('<g><rect></g>'),
  'press.html': '<!doctype html><title>Press</title><script>alert(1)</script>',
};

describe('a media kit file that would run on the site', () => {
  const scratch = scratchDir('kopiena-media-active-');
  const source = join(scratch, 'project');
  const site = join(scratch, 'site');
  let built: Awaited<ReturnType<typeof kopiena>>;

  before(async () => {
    assert.equal((await kopiena(['init', source])).status, 0);
    const release = join(source, 'releases', id);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(release, name), text);
    const index = join(release, 'index.lv.md');
    const list = Object.keys(files).map((name) => `  - ${name}`);
    writeFileSync(index, readFileSync(index, 'utf8').replace(/^---\n/, `---\nattachments:\n${list.join('\n')}\n`));
    built = await kopiena(['build', source, '--out', site, '--lang', 'lv,en']);
  });

  it('is refused with a warning in the source’s language that says why and what to do, and the rest is published', () => {
    assert.equal(built.status, 0, built.stderr);
    const warned = (name: string) => built.stderr.split('\n').find((line) => line.includes(name)) ?? '';
    for (const name of ['script.svg', 'onload.svg', 'link.svg', 'entity.svg', 'embedded.svg'])
      assert.match(warned(name), /ir SVG zīmējums, kurā ir skripts vai iegulta lapa, kas darbotos vietnē: saglabājiet to vēlreiz/, name);
    assert.match(warned('broken.svg'), /ir bojāts SVG attēls, ko nevar nolasīt/);
    assert.match(warned('press.html'), /atvērtos kā vietnes lapa un tur varētu palaist skriptu: pievienojiet to kā PDF/);
    assert.equal(warned('logo.svg'), '', 'a plain drawing passes');
    const published = (name: string) => existsSync(join(site, 'media', id, name));
    assert.ok(published('logo.svg'), 'the plain drawing is published');
    for (const name of Object.keys(files).filter((name) => name !== 'logo.svg')) assert.ok(!published(name), `${name} is not published`);
    const feed = readFileSync(join(site, 'feed.json'), 'utf8');
    assert.ok(!feed.includes('script.svg') && !feed.includes('press.html'), 'the feed names no refused file');
  });

  it('is said in English and Russian too', async () => {
    const en = await kopiena(['validate', source, '--lang', 'en']);
    assert.match(en.stdout + en.stderr, /script\.svg is an SVG drawing with a script or an embedded page inside, which would run on the site/);
    const ru = await kopiena(['validate', source, '--lang', 'ru']);
    assert.match(ru.stdout + ru.stderr, /press\.html откроется как страница сайта и сможет запустить на нём скрипт/);
  });
});

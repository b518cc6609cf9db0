// Release files as the CMS form saves them (issue #25, item 6): a translation
// that gives the release's own wording of a contact label the release file
// does not have, and an optional object the CMS writes as `null` in a
// language nobody filled in. Both read as the coordinator meant them.
// (npm run test:cms-save saves through the real CMS in Chromium.)
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { check } from '../src/check.js';
import { scratchDir } from './helpers.js';

const RELEASE = 'releases/2020-05-07-pavasaris';

function folder(files: Record<string, string>): string {
  const dir = scratchDir('kopiena-cms-files-');
  const all = {
    'kopiena.yml': 'version: 1\nlanguage: lv\nproject:\n  id: kopienas\n  name: Kopienas\npeople:\n  anna:\n    name: Anna Bērziņa\n',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('release files as the CMS form saves them', () => {
  it('takes contact labels that only a translation gives, and a null image in a translation as not given', async () => {
    const dir = folder({
      [`${RELEASE}/index.lv.md`]:
        '---\npublished: 2020-05-07\ntitle: Pavasaris\nimage:\n  src: https://example.org/talka.jpg\n  alt: Talka\ncontacts:\n  preparedBy: anna\n---\n\nTeksts.\n',
      [`${RELEASE}/index.en.md`]:
        '---\ntitle: Spring\nimage: null\ncontacts:\n  preparedBy: anna\n  labels:\n    preparedBy: "Written by:"\n---\n\nText.\n',
    });
    const { feed, problems } = await check(dir);
    assert.deepEqual(
      problems.filter((problem) => problem.severity === 'error'),
      []
    );
    const [release] = (feed as { releases: Array<Record<string, unknown>> }).releases;
    assert.deepEqual(release.contacts, { preparedBy: 'anna', labels: { preparedBy: { en: 'Written by:' } } });
    assert.deepEqual(release.image, { src: 'https://example.org/talka.jpg', alt: 'Talka' });
  });
});

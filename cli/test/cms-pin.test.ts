// The CMS page that `kopiena init` writes loads one exact version of Sveltia
// CMS with subresource integrity. The version is the repository's pinned
// devDependency and the hash is that package's file as published (npm
// checked the tarball against package-lock.json), so bumping the package
// without the page, or the page's version without its hash, fails here.
// (npm run test:cms then loads the page in Chromium, which checks the hash itself.)
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { kopiena, repoRoot, scratchDir } from './helpers.js';

const cmsPackage = join(repoRoot, 'node_modules/@sveltia/cms');

describe('the CMS page kopiena init writes', async () => {
  const dir = join(scratchDir(), 'p');
  const run = await kopiena(['init', dir]);
  const page = parseDocument(readFileSync(join(dir, 'admin/index.html'), 'utf8'));
  const scripts = DomUtils.getElementsByTagName('script', page);

  it('loads one script, the pinned devDependency’s version, from the address the CMS loads its own chunks beside', async () => {
    assert.equal(run.status, 0, run.stderr);
    assert.equal(scripts.length, 1);
    const { version } = JSON.parse(readFileSync(join(cmsPackage, 'package.json'), 'utf8'));
    const pinned = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).devDependencies['@sveltia/cms'];
    assert.equal(pinned, version, 'the devDependency is an exact version, and installed');
    assert.equal(scripts[0].attribs.src, `https://unpkg.com/@sveltia/cms@${version}/dist/sveltia-cms.js`);
  });

  it('carries the sha384 of that version’s dist/sveltia-cms.js, and asks for it without credentials', async () => {
    const file = readFileSync(join(cmsPackage, 'dist/sveltia-cms.js'));
    const integrity = `sha384-${createHash('sha384').update(file).digest('base64')}`;
    assert.equal(scripts[0].attribs.integrity, integrity, `template/admin/index.html should say integrity="${integrity}"`);
    assert.equal(scripts[0].attribs.crossorigin, 'anonymous', 'a cross-origin script is checked only when fetched with CORS');
  });
});

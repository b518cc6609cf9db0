/**
 * The widgets' script-tag bundle (the package's dist/kopiena.js with its
 * lazy locale and feature chunks), which `kopiena build` copies into the
 * site so that every snippet the site hands out loads it from there: no
 * CDN, and a partner's page asks nothing of a third party.
 *
 * It goes under `assets/kopiena-<hash>/`, the hash taken from the bundle's
 * own bytes, so its files can be cached for a year as immutable
 * (host-config.ts) and a new version of kopiena lands under a new address
 * instead of mixing with an old copy in a browser's cache. The chunks are
 * imported relative to kopiena.js, so the folder moves as a whole.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface WidgetBundle {
  /** The folder in the site, e.g. `assets/kopiena-0123456789/`. */
  folder: string;
  /** The entry script's path in the site: what a snippet's `<script src>` names. */
  script: string;
  /** Path in the site → bytes, the entry script and every chunk. */
  files: Map<string, Uint8Array>;
}

/** Where cli/build.js puts the bundle: beside the command's bundle, or in cli/dist when run from source. */
function bundleFolder(): string {
  const candidates = ['./kopiena/', '../../dist/kopiena/'].map((path) => fileURLToPath(new URL(path, import.meta.url)));
  const found = candidates.find((path) => existsSync(join(path, 'kopiena.js')));
  if (!found) throw new Error('the widgets’ script (dist/kopiena/kopiena.js in the command’s package) is missing: run npm run build');
  return found;
}

let read: WidgetBundle | undefined;

/** The bundle as the site carries it; read once per process (a few files, under 100 kB). */
export function widgetBundle(): WidgetBundle {
  if (read) return read;
  const root = bundleFolder();
  const own = new Map<string, Uint8Array>();
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
    own.set(path, readFileSync(join(root, path)));
  }
  const hash = createHash('sha256');
  // Paths in a fixed order, each with its length, so the same files always give the same name.
  for (const path of [...own.keys()].sort()) hash.update(`${path}\0${own.get(path)!.length}\0`).update(own.get(path)!);
  const folder = `assets/kopiena-${hash.digest('hex').slice(0, 12)}/`;
  read = { folder, script: `${folder}kopiena.js`, files: new Map([...own].map(([path, bytes]) => [`${folder}${path}`, bytes])) };
  return read;
}

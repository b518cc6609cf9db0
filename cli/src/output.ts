/**
 * Where `build`, `import` and `init` write, and the one way they write
 * there. A coordinator's folder may hold the only copy of their work, so:
 *
 * - `--out` is refused (an InputError, exit 2, before anything is written)
 *   when it is the source, inside it or holds it, and when it is a non-empty
 *   folder that is not a site `kopiena build` wrote (`build`) or not empty
 *   at all (`import`, `init`). Paths are compared after symlinks resolve.
 * - Every file goes through `Staging.write`, which refuses a path that is
 *   absolute, climbs with `..` or passes through a symlinked folder: nothing
 *   lands outside the folder asked for, whatever an id or a name says.
 * - The output is written into a hidden staging folder beside `--out` and
 *   swapped in only when complete, so an interrupted run leaves the old
 *   output whole.
 * - A site records the files it wrote in `.kopiena-site.json`; a rebuild
 *   replaces exactly those and keeps what a person put beside them (a
 *   `CNAME`, a `.well-known/` file).
 */
import {
  copyFile,
  constants,
  link,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  realpath,
  rename,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep, win32 } from 'node:path';
import cliPackage from '../package.json' with { type: 'json' };
import { InputError } from './errors.js';

/** The record of what a build wrote, at the root of the site. */
export const MANIFEST = '.kopiena-site.json';
const GENERATOR = 'kopiena build';

export type Bytes = string | Uint8Array;

export interface Destination {
  /** As the user wrote it, for messages. */
  given: string;
  /** The real path (symlinks resolved) that the output replaces. */
  path: string;
  /** Whether the folder is there already (empty, or a site this command wrote). */
  exists: boolean;
  /** The files the previous build wrote there (from its manifest); empty otherwise. */
  written: ReadonlySet<string>;
  /** A site carries a manifest; a source folder (`import`, `init`) does not. */
  kind: 'site' | 'folder';
}

const isInside = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** The real path of `path`, which need not exist yet (its nearest existing folder is resolved); `shown` names it in errors. */
async function realPathOf(path: string, shown = path): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw new InputError({ code: 'out-unreadable', folder: shown, reason: errorCode(error) ?? '' });
    // A link to nowhere exists as a file of its own: replacing it would destroy it.
    if (
      await lstat(absolute).then(
        () => true,
        () => false
      )
    )
      throw new InputError({ code: 'out-dangling-link', folder: shown });
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(await realPathOf(parent), basename(absolute));
  }
}

/** A word a POSIX shell reads back as the same text. */
export const shellWord = (text: string): string => (/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`);

/** Where a site built from `source` can go: a folder beside it, as the user would type it from here. */
export function siteFolderFor(source: string, cwd = process.cwd()): string {
  const folder = resolve(cwd, source);
  const path = relative(cwd, join(dirname(folder), `${basename(folder) || 'project'}-site`));
  return path || '.';
}

function refuseOverlap(out: string, given: string, source: { path: string; given: string; isFolder: boolean }, cwd: string): void {
  const beside = source.isFolder ? shellWord(siteFolderFor(source.given, cwd)) : undefined;
  const how = out === source.path ? 'same' : isInside(out, source.path) ? 'inside' : isInside(source.path, out) ? 'holds' : undefined;
  if (how) throw new InputError({ code: 'out-overlap', out: given, source: source.given, how, beside });
}

/** The files a previous build listed, or undefined when the manifest is missing or not one this command writes. */
async function readManifest(folder: string): Promise<Set<string> | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(join(folder, MANIFEST), 'utf8'));
  } catch {
    return undefined;
  }
  const { generator, files } = (parsed ?? {}) as { generator?: unknown; files?: unknown };
  if (generator !== GENERATOR || !Array.isArray(files)) return undefined;
  if (!files.every((file) => typeof file === 'string' && relativeParts(file) !== undefined)) return undefined;
  return new Set(files as string[]);
}

/**
 * Checks `--out` before anything is read or written.
 * @param source the input as given (a folder or a file), when it is on this machine
 * @param cwd where relative paths start (the command's `io.cwd`)
 * @throws InputError saying why `--out` is refused and what to do instead
 */
export async function destination(given: string, kind: Destination['kind'], source?: string, cwd = process.cwd()): Promise<Destination> {
  const path = await realPathOf(resolve(cwd, given), given);
  if (source !== undefined) {
    const sourcePath = await realPathOf(resolve(cwd, source), source);
    const isFolder = await lstat(sourcePath).then(
      (info) => info.isDirectory(),
      () => false
    );
    refuseOverlap(path, given, { path: sourcePath, given: source, isFolder }, cwd);
  }
  let entries: string[];
  try {
    entries = await readdir(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { given, path, exists: false, written: new Set(), kind };
    if (errorCode(error) === 'ENOTDIR') throw new InputError({ code: 'out-is-file', out: given });
    throw new InputError({ code: 'out-unreadable', folder: given, reason: errorCode(error) ?? '' });
  }
  if (!entries.length) return { given, path, exists: true, written: new Set(), kind };
  const written = kind === 'site' ? await readManifest(path) : undefined;
  if (!written) throw new InputError({ code: 'out-not-empty', out: given, manifest: kind === 'site' ? MANIFEST : undefined });
  return { given, path, exists: true, written, kind };
}

/** The segments of a safe relative path, or undefined for one that could leave its folder. */
function relativeParts(path: string): string[] | undefined {
  if (!path || path.includes('\0') || path.includes('\\') || path.startsWith('/') || win32.isAbsolute(path)) return undefined;
  const parts = path.split('/');
  return parts.every((part) => part !== '' && part !== '.' && part !== '..') ? parts : undefined;
}

/** A folder beside the destination that becomes it when complete. The one writer of every command. */
export class Staging {
  /** Folders already made (or checked) under the staging folder: none of them is a link. */
  private readonly folders = new Set<string>();

  private constructor(
    readonly target: Destination,
    readonly folder: string
  ) {}

  static async beside(target: Destination): Promise<Staging> {
    await mkdir(dirname(target.path), { recursive: true });
    const folder = await mkdtemp(join(dirname(target.path), `.${basename(target.path)}.kopiena-`));
    return new Staging(target, folder);
  }

  /** Where `path` goes, after checking it stays inside (folders made, none of them a link). */
  private async place(path: string): Promise<string> {
    const parts = relativeParts(path);
    if (!parts) throw new InputError(`refused to write ${JSON.stringify(path)}: it would land outside ${this.target.given}`);
    let folder = this.folder;
    for (const part of parts.slice(0, -1)) {
      folder = join(folder, part);
      if (this.folders.has(folder)) continue;
      await mkdir(folder).catch((error: unknown) => {
        if (errorCode(error) !== 'EEXIST') throw error;
      });
      // lstat, not stat: a link to a folder elsewhere is not a folder of the output.
      if (!(await lstat(folder)).isDirectory())
        throw new InputError(`refused to write ${JSON.stringify(path)}: ${relative(this.folder, folder)} is not a folder of ${this.target.given}`);
      this.folders.add(folder);
    }
    return join(folder, parts[parts.length - 1]);
  }

  /** Writes one new file; it never replaces one. */
  async write(path: string, bytes: Bytes): Promise<void> {
    await writeFile(await this.place(path), bytes, { flag: 'wx' });
  }

  /** Empties the staging folder (to write it again). */
  async clear(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true });
    await mkdir(this.folder);
    this.folders.clear();
  }

  async discard(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true });
  }

  /** Brings what a person put beside a previous build into the staging folder (linked, not moved: the old site stays whole). */
  async keepTheirs(theirs: readonly PersonEntry[]): Promise<void> {
    for (const { path, kind } of theirs) {
      const from = join(this.target.path, path);
      if (kind === 'folder') {
        await this.place(`${path}/-`); // makes the folder and checks each step of it
        continue;
      }
      const to = await this.place(path);
      if (kind === 'link') await symlink(await readlink(from), to);
      else await link(from, to).catch(() => copyFile(from, to, constants.COPYFILE_EXCL));
    }
  }

  /** Puts the staged output in place of the destination. */
  async swap(): Promise<void> {
    const { path, exists } = this.target;
    if (!exists) {
      await rename(this.folder, path);
      return;
    }
    const entries = await readdir(path);
    if (!entries.length) {
      // An empty folder (perhaps the current one) is kept and filled.
      for (const entry of await readdir(this.folder)) await rename(join(this.folder, entry), join(path, entry));
      return;
    }
    // Files appeared since --out was checked: they are someone's, so nothing is swapped.
    if (!this.target.written.size) throw new InputError({ code: 'out-changed', out: this.target.given });
    const previous = `${this.folder}-previous`;
    await rename(path, previous);
    try {
      await rename(this.folder, path);
    } catch (error) {
      await rename(previous, path);
      throw error;
    }
    await rm(previous, { recursive: true, force: true });
  }
}

/** A file, link or empty folder in a previous site that its manifest does not list: a person's. */
export interface PersonEntry {
  path: string;
  kind: 'file' | 'link' | 'folder';
}

/** What a person added to the previous site; @throws InputError when the new site would need one of those places. */
async function personEntries(target: Destination, newPaths: ReadonlySet<string>): Promise<PersonEntry[]> {
  if (!target.exists || !target.written.size) return [];
  const theirs: PersonEntry[] = [];
  const newFolders = new Set(
    [...newPaths].flatMap((path) =>
      path
        .split('/')
        .slice(0, -1)
        .map((_, at, parts) => parts.slice(0, at + 1).join('/'))
    )
  );
  const clashes: string[] = [];
  const walk = async (folder: string) => {
    const entries = await readdir(join(target.path, folder), { withFileTypes: true });
    if (!entries.length && folder) theirs.push({ path: folder, kind: 'folder' });
    for (const entry of entries) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (newPaths.has(path)) clashes.push(path);
        else await walk(path);
        continue;
      }
      if (path === MANIFEST || target.written.has(path)) continue;
      if (newPaths.has(path) || newFolders.has(path)) clashes.push(path);
      else if (entry.isSymbolicLink()) theirs.push({ path, kind: 'link' });
      else if (entry.isFile()) theirs.push({ path, kind: 'file' });
      else clashes.push(path);
    }
  };
  await walk('');
  if (clashes.length)
    throw new InputError(
      `--out ${target.given} holds ${clashes.slice(0, 3).join(', ')}${clashes.length > 3 ? ` and ${clashes.length - 3} more` : ''}, not written by kopiena build, where the new site has its own files; move ${clashes.length === 1 ? 'it' : 'them'} away first (nothing is ever overwritten)`
    );
  return theirs;
}

/**
 * Runs `task` on every item, `width` at a time (the file system writes several files while this thread waits).
 * After a failure no task starts, and it rejects only when every running one has ended.
 */
async function eachAtOnce<T>(items: readonly T[], width: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const lane = async () => {
    while (!failures.length && next < items.length) await task(items[next++]).catch((error: unknown) => failures.push(error));
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  if (failures.length) throw failures[0];
}

/**
 * Writes `files` as the output at `target`, all or nothing: staged beside
 * it, checked path by path, swapped in when complete. A site also gets its
 * manifest and keeps the files a person put beside the previous build.
 */
export async function writeOutput(target: Destination, files: ReadonlyMap<string, Bytes>): Promise<void> {
  const paths = [...files.keys()].sort();
  // Refused before anything is written; looked at again just before the swap, for what a person added meanwhile.
  if (target.kind === 'site') await personEntries(target, new Set(paths));
  const staging = await Staging.beside(target);
  try {
    await eachAtOnce(paths, 16, (path) => staging.write(path, files.get(path)!));
    if (target.kind === 'site') {
      await staging.write(MANIFEST, `${JSON.stringify({ generator: GENERATOR, version: cliPackage.version, files: paths }, null, 2)}\n`);
      await staging.keepTheirs(await personEntries(target, new Set(paths)));
    }
    await staging.swap();
  } finally {
    await staging.discard();
  }
}

/** Every file under `folder`, by relative path (a folder of the package, e.g. the widgets' script or the init template). */
export async function readTree(folder: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/');
    files.set(path, await readFile(join(folder, path)));
  }
  return files;
}

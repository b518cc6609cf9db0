/**
 * `kopiena serve`'s preview: builds the site into a temporary folder it
 * owns, with the same pipeline as `kopiena build` (site/from-source.ts,
 * written through output.ts), serves it (server.ts) and rebuilds when a file
 * of the source is saved. A build with errors leaves the last good one
 * served and its problems shown on the pages and in the terminal. Each
 * build goes to a folder of its own, switched to when complete, so a page
 * never gets half a site; the previous one and, on close, the whole
 * temporary folder are removed (nothing else is ever deleted).
 */
import { watch, type FSWatcher } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { type Locale, matchLocale, previewText } from '../../../src/core.js';
import type { Io } from '../commands/io.js';
import { InputError } from '../errors.js';
import { destination } from '../output.js';
import type { Problem } from '../problems.js';
import { speakerFor } from '../report.js';
import { siteFromSource } from '../site/from-source.js';
import { terminalText } from '../terminal.js';
import type { Speaker } from '../words/speaker.js';
import type { Told } from '../words/told.js';
import { previewServer, type PreviewState } from './server.js';

export interface PreviewOptions {
  /** A source folder or a feed file, as the user named it. */
  input: string;
  /** 0: any free port. */
  port: number;
  /** When the port was not asked for, the next free one is taken instead (up to 20 further). */
  nextFreePort: boolean;
  locales: Locale[];
  io: Io;
}

export interface Preview {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Who speaks to the coordinator: in the language of the source as last built, else the environment's. */
  speaker(): Speaker;
  close(): Promise<void>;
}

/** A save often comes as several events (write, rename, a swap file): one build after they stop for this long. */
const QUIET_MS = 120;

/** The language of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`: `lv_LV.UTF-8`), when kopiena speaks it. */
function environmentLocale(env: Io['env']): Locale | undefined {
  const setting = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return matchLocale(setting?.split(/[.@]/)[0].replace('_', '-'));
}

/** Listens on 127.0.0.1:`port`, or the next free port when allowed. @throws InputError when the port is taken */
async function listen(server: Server, port: number, nextFreePort: boolean, io: Io, speaker: Speaker): Promise<number> {
  for (let tried = port; ; tried++) {
    const failure = await new Promise<NodeJS.ErrnoException | undefined>((settle) => {
      const failed = (error: NodeJS.ErrnoException) => {
        server.off('listening', listening);
        settle(error);
      };
      const listening = () => {
        server.off('error', failed);
        settle(undefined);
      };
      server.once('error', failed).once('listening', listening);
      server.listen(tried, '127.0.0.1');
    });
    if (!failure) {
      const bound = (server.address() as AddressInfo).port;
      if (tried !== port) io.stderr(`kopiena serve: ${speaker.tell({ code: 'serve-port-moved', port, bound })}`);
      return bound;
    }
    if (failure.code !== 'EADDRINUSE' && failure.code !== 'EACCES')
      throw new InputError({ code: 'serve-cannot-listen', port: tried, reason: failure.code ?? '' });
    if (!nextFreePort || tried >= port + 20 || port === 0)
      throw new InputError({ code: 'serve-port-taken', port: tried, refused: failure.code === 'EACCES' });
  }
}

/** Starts the preview: the first build is done (or has failed with problems) when this resolves. @throws InputError */
export async function startPreview({ input, port, nextFreePort, locales, io }: PreviewOptions): Promise<Preview> {
  const path = resolve(io.cwd, input);
  const isFolder = (await stat(path).catch(() => undefined))?.isDirectory();
  if (isFolder === undefined) throw new InputError({ code: 'no-input', input, folder: true });
  const spoken = environmentLocale(io.env) ?? 'en';
  let state: PreviewState = { build: 0, problems: [], errors: 0, words: await previewText(spoken) };
  const preview = previewServer(() => state);
  let speaker = speakerFor(undefined, io.env);
  const bound = await listen(preview.server, port, nextFreePort, io, speaker);
  const origin = `http://127.0.0.1:${bound}`;
  // The environment the command was given, so a test can tell its own folder from a parallel run's.
  const temporary = await mkdtemp(join(io.env.TMPDIR || tmpdir(), 'kopiena-serve-'));
  const drawnCards = new Map<string, Uint8Array>();
  let attempts = 0;

  // In the source's language, else the environment's, as `kopiena build` says them.
  const report = (problems: Problem[], feed: unknown) => {
    speaker = speakerFor(feed, io.env);
    const lines = problems.map((problem) => speaker.line(problem));
    for (const line of lines) io.stderr(line);
    return lines;
  };

  async function rebuild(): Promise<void> {
    const started = io.now();
    const folder = join(temporary, `site-${++attempts}`);
    try {
      const out = await destination(folder, 'site');
      const built = await siteFromSource({
        input,
        out,
        baseUrl: origin,
        locales,
        pageSize: 20,
        drawnCards,
        cwd: io.cwd,
        env: io.env,
        now: io.now(),
        includeDrafts: true,
      });
      const lines = report(built.problems, built.feed);
      const words = await previewText(matchLocale(built.language) ?? spoken);
      if (built.written) {
        const previous = state.root;
        state = { build: state.build + 1, root: folder, problems: lines, errors: 0, words };
        if (previous) await rm(previous, { recursive: true, force: true });
        const seconds = (io.now().getTime() - started.getTime()) / 1000;
        io.stdout(`kopiena serve: ${speaker.tell({ code: 'serve-built', seconds, origin })}`);
      } else {
        const errors = built.problems.filter((problem) => problem.severity === 'error').length;
        state = { ...state, problems: lines, errors, words };
        io.stderr(`kopiena serve: ${speaker.words.previewBroken(errors, terminalText(input), state.root !== undefined)}`);
      }
    } catch (error) {
      if (!(error instanceof InputError) && state.build === 0 && attempts === 1) throw error;
      // The source cannot be read now (a folder renamed in the middle of a save): said as a problem, and the last good site stays.
      const told: Told = error instanceof InputError && error.told ? error.told : { code: 'unexpected', detail: (error as Error).message };
      const line = terminalText(`${input}: ${speaker.words.severity.error}: ${speaker.tell(told)}`);
      io.stderr(line);
      state = { ...state, problems: [line], errors: 1 };
    }
    preview.announce();
  }

  try {
    await rebuild();
  } catch (error) {
    preview.server.close();
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  const run = (): void => {
    if (closed) return;
    if (running) return void (again = true);
    running = rebuild().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        run();
      }
    });
  };
  const watcher: FSWatcher = watch(isFolder ? path : dirname(path), { recursive: isFolder }, () => {
    clearTimeout(timer);
    timer = setTimeout(run, QUIET_MS);
  });
  watcher.on('error', () => io.stderr(`kopiena serve: ${speaker.tell({ code: 'serve-watch-stopped', input: terminalText(input) })}`));

  return {
    origin,
    speaker: () => speaker,
    async close() {
      closed = true;
      watcher.close();
      clearTimeout(timer);
      await running;
      preview.hangUp();
      preview.server.closeAllConnections();
      await new Promise<void>((done) => preview.server.close(() => done()));
      await rm(temporary, { recursive: true, force: true });
    },
  };
}

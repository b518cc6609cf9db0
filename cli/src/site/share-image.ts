/**
 * A 1200 × 630 share image for releases without one, so a link preview on
 * Facebook is never empty: the date line, the title and the project's name.
 * Drawn in Node with no browser: satori lays the card out and turns its
 * text into SVG paths with the Noto Sans files shipped beside the command
 * (Latin with Latvian, Lithuanian and Estonian letters, and Cyrillic), then
 * resvg rasterizes the SVG, and the pixels are written as PNG.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

export interface ShareCard {
  title: string;
  project: string;
  date: string;
  lang: string;
}

export const shareImageSize = { width: 1200, height: 630 } as const;

/** The subsets of Noto Sans that build.js copies into dist/fonts; each is its own family, and the card lists them all. */
const subsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'];
const fontFiles = subsets.flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({ subset, file: `noto-sans-${subset}-${weight}-normal.woff`, weight }))
);
/** One family name per subset: satori falls back along the family list, not between files of one family. */
const family = (subset: string) => `Noto Sans ${subset}`;

type Fonts = Parameters<typeof satori>[1]['fonts'];
let fonts: Promise<Fonts> | undefined;

/** Beside the bundle (dist/cli.js → dist/fonts), or from the source tree (cli/src/pages → cli/dist/fonts) in tests. */
const fontFolders = [new URL('./fonts/', import.meta.url), new URL('../../dist/fonts/', import.meta.url)];

async function readFont(file: string): Promise<Buffer> {
  for (const folder of fontFolders) {
    try {
      return await readFile(new URL(file, folder));
    } catch {
      // try the next place
    }
  }
  throw new Error(`the share-image font ${file} is missing from the installed command (reinstall @kopiena/cli)`);
}

function loadFonts(): Promise<Fonts> {
  fonts ??= Promise.all(
    fontFiles.map(async ({ subset, file, weight }) => ({ name: family(subset), data: await readFont(file), weight, style: 'normal' as const }))
  );
  return fonts;
}

/** At most this many characters of title fit four lines at the smallest size. */
const titleLimit = 120;

/**
 * The title cut to `limit` characters at a word boundary, with an ellipsis;
 * a single word longer than that is cut between graphemes, so a letter with
 * its combining marks (or an emoji sequence) is never split.
 */
export function clampTitle(title: string, limit = titleLimit): string {
  const text = title.replace(/\s+/g, ' ').trim();
  // Grapheme count at each grapheme boundary (word boundaries are among them).
  const graphemesBefore = new Map<number, number>([[0, 0]]);
  const graphemes: string[] = [];
  for (const { segment, index } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    graphemes.push(segment);
    graphemesBefore.set(index + segment.length, graphemes.length);
  }
  if (graphemes.length <= limit) return text;
  let cut = '';
  for (const { segment, index, isWordLike } of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) {
    const end = index + segment.length;
    if ((graphemesBefore.get(end) ?? Infinity) > limit - 1) break;
    if (isWordLike) cut = text.slice(0, end);
  }
  // One word longer than the limit: cut it between graphemes.
  if (!cut) cut = graphemes.slice(0, limit - 1).join('');
  return `${cut.replace(/[\s\p{P}]+$/u, '')}…`;
}

const titleSize = (length: number) => (length <= 40 ? 72 : length <= 80 ? 60 : 50);

type Node = { type: string; props: { style: Record<string, string | number>; children?: string | Node[] } };
const box = (style: Node['props']['style'], children: Node['props']['children']): Node => ({ type: 'div', props: { style, children } });

function layout({ title, project, date }: ShareCard): Node {
  const shown = clampTitle(title);
  return box(
    {
      width: shareImageSize.width,
      height: shareImageSize.height,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '72px 80px',
      boxSizing: 'border-box',
      backgroundColor: '#0a4f96',
      color: '#ffffff',
      fontFamily: subsets.map((subset) => `'${family(subset)}'`).join(', '),
    },
    [
      box({ fontSize: 30, fontWeight: 400, opacity: 0.92 }, date),
      box({ fontSize: titleSize(shown.length), fontWeight: 700, lineHeight: 1.15, lineClamp: 4, wordBreak: 'break-word' }, shown),
      box({ display: 'flex', alignItems: 'center', fontSize: 34, fontWeight: 700 }, [
        box({ width: 12, height: 44, marginRight: 20, backgroundColor: '#ffd24a' }, []),
        box({}, clampTitle(project, 60)),
      ]),
    ]
  );
}

/** PNG bytes of one share card. */
export async function drawShareImage(card: ShareCard): Promise<Uint8Array> {
  // Composed form: a decomposed "a" + macron would otherwise be drawn as two glyphs, maybe from two fonts.
  card = { ...card, title: card.title.normalize('NFC'), project: card.project.normalize('NFC'), date: card.date.normalize('NFC') };
  const svg = await satori(layout(card) as unknown as Parameters<typeof satori>[0], { ...shareImageSize, fonts: await loadFonts() });
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

/** The scanlines of the last image drawn on this thread, kept: a fresh 3 MB buffer per card costs more in page faults than copying into it. */
let scanlines: Buffer | undefined;

/**
 * RGBA pixels as a PNG: unfiltered scanlines, deflated by Node's zlib.
 * resvg's own encoder spends two thirds of a card's time on filtering;
 * a flat card compresses well enough without it (level 3: about 45 kB a
 * card, in a fifth of the time).
 */
export function encodePng(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const row = width * 4;
  // Each row: filter type 0, then its pixels. The filter bytes are never written, so they stay 0 in a kept buffer.
  if (scanlines?.length !== (row + 1) * height) scanlines = Buffer.alloc((row + 1) * height);
  for (let y = 0; y < height; y++) scanlines.set(pixels.subarray(y * row, (y + 1) * row), y * (row + 1) + 1);
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const frame = Buffer.alloc(12 + data.length);
    frame.writeUInt32BE(data.length, 0);
    body.copy(frame, 4);
    frame.writeUInt32BE(crc32(body), 8 + data.length);
    return frame;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 3 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** What the main thread hands each worker of the pool (share-worker.ts). */
export interface ShareJob {
  cards: ShareCard[];
  /** One Int32: the index of the next card to draw, taken with Atomics.add by whichever worker is free. */
  next: SharedArrayBuffer;
}

/** What a worker posts back for each card it drew. */
export interface ShareResult {
  index: number;
  png: Uint8Array;
}

/**
 * PNG bytes of the share image of each card, in the cards' order. Many
 * cards are drawn by a pool of worker threads (one per core): layout and
 * rasterizing are CPU-bound, and a site of 1,000 releases in three
 * languages has 3,000. The workers take cards from a shared counter, so
 * they keep drawing while this thread is busy (kopiena build renders the
 * pages meanwhile) and nothing waits for this thread to hand out work.
 * Aborting `signal` stops the workers (the promise then rejects).
 */
export async function drawShareImages(cards: ShareCard[], { signal }: { signal?: AbortSignal } = {}): Promise<Uint8Array[]> {
  const worker = new URL('./share-worker.js', import.meta.url);
  const threads = Math.min(availableParallelism(), Math.ceil(cards.length / 16));
  if (threads < 2 || !existsSync(worker)) {
    const images: Uint8Array[] = [];
    for (const card of cards) {
      signal?.throwIfAborted();
      images.push(await drawShareImage(card));
    }
    return images;
  }
  const images: Uint8Array[] = new Array(cards.length);
  const job: ShareJob = { cards, next: new SharedArrayBuffer(4) };
  // resvg keeps each card's pixels (3 MB) in native memory that V8 does not count, freed only when a garbage
  // collection finalizes the JS object. A small young generation collects every few cards, so that memory is reused
  // instead of dozens of images' worth piling up and each new one faulting in fresh pages (half the page faults or fewer, measured).
  const options = { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 12 } };
  const pool = Array.from({ length: threads }, () => new Worker(worker, options));
  // The caller gave up (its pages failed): stop drawing now rather than after the last card.
  signal?.addEventListener('abort', () => pool.forEach((thread) => void thread.terminate()), { once: true });
  // A worker exits when no card is left; Node delivers all its messages before 'exit'.
  const finished = (thread: Worker) =>
    new Promise<void>((resolve, reject) => {
      thread.on('message', ({ index, png }: ShareResult) => (images[index] = png));
      thread.once('error', reject);
      thread.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a share-image worker stopped with exit code ${code}`))));
    });
  try {
    await Promise.all(pool.map(finished));
  } finally {
    await Promise.all(pool.map((thread) => thread.terminate()));
  }
  const missing = images.findIndex((png) => !png);
  if (missing >= 0) throw new Error(`the share image of card ${missing} was not drawn`);
  return images;
}

/**
 * Draws the cards (drawShareImages) while `work` runs on this thread, and
 * resolves to both results; when `work` fails, the drawing is stopped and
 * its error is the one thrown.
 */
export async function whileDrawing<T>(cards: ShareCard[], work: () => Promise<T>): Promise<[T, Uint8Array[]]> {
  const stop = new AbortController();
  const drawing = drawShareImages(cards, { signal: stop.signal });
  let result: T;
  try {
    result = await work();
  } catch (error) {
    stop.abort();
    await drawing.catch(() => undefined);
    throw error;
  }
  return [result, await drawing];
}

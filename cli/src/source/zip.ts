/**
 * The parts of a zip file (an .xlsx workbook is one), read within bounds:
 * the number of entries, each part's and all parts' unpacked bytes. yauzl
 * reads the archive and checks that no entry unpacks to more than it
 * declares; the declared sizes are checked before anything is unpacked and
 * the bytes are counted again as they come, so a zip bomb ends as a
 * ZipProblem, not as memory.
 */
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { Said } from '../words/said.js';

export interface ZipLimits {
  /** Entries in the archive's directory. */
  entries: number;
  /** Unpacked bytes of one part. */
  partBytes: number;
  /** Unpacked bytes of all parts read. */
  totalBytes: number;
}

/** Why the parts could not be read: what the problem says (`said`), and the library's own words for whoever debugs (`message`). */
export class ZipProblem extends Error {
  constructor(
    readonly said: Said,
    detail: string
  ) {
    super(detail);
  }
}

const DAMAGED: Said = { code: 'workbook-damaged' };

/** An open archive: its part names, and `read` for the text of one part. */
export interface Zip {
  names: ReadonlySet<string>;
  /** The part's text (UTF-8), or undefined when there is no such part. @throws ZipProblem */
  read(name: string): Promise<string | undefined>;
}

function open(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) =>
      error ? reject(new ZipProblem(DAMAGED, error.message)) : resolve(zip)
    )
  );
}

function listEntries(zip: ZipFile, limits: ZipLimits): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on('entry', (entry: Entry) => {
      if (entries.size >= limits.entries) {
        zip.close();
        reject(new ZipProblem({ code: 'workbook-too-large', slip: 'parts', limit: limits.entries }, `more than ${limits.entries} entries`));
        return;
      }
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(new ZipProblem(DAMAGED, error.message)));
    zip.readEntry();
  });
}

/** Opens the archive in `bytes`. @throws ZipProblem */
export async function openZip(bytes: Buffer, limits: ZipLimits): Promise<Zip> {
  const zip = await open(bytes);
  const entries = await listEntries(zip, limits);
  let unpacked = 0;
  const read = async (name: string): Promise<string | undefined> => {
    const entry = entries.get(name);
    if (!entry) return undefined;
    const budget = Math.min(limits.partBytes, limits.totalBytes - unpacked);
    const tooLarge = () =>
      new ZipProblem({ code: 'workbook-too-large', slip: 'unpacked', limit: limits.partBytes }, `${name} unpacks to more than ${budget} bytes`);
    if (entry.uncompressedSize > budget) throw tooLarge();
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
      zip.openReadStream(entry, (error, opened) => (error ? reject(new ZipProblem(DAMAGED, `${name}: ${error.message}`)) : resolve(opened)))
    );
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > budget) throw tooLarge();
        chunks.push(chunk);
      }
    } catch (error) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      if (error instanceof ZipProblem) throw error;
      throw new ZipProblem(DAMAGED, `${name}: ${(error as Error).message}`);
    }
    unpacked += size;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
    } catch {
      throw new ZipProblem(DAMAGED, `${name} is not UTF-8`);
    }
  };
  return { names: new Set(entries.keys()), read };
}

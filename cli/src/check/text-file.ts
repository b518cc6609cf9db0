/**
 * Reading a text file that a person wrote: refuses what is too large to be
 * a feed source and what is not UTF-8 text (a picture saved as lv.md), with a
 * message instead of a garbled parse.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { LIMITS } from '../../../src/core.js';
import type { Said } from '../words/said.js';

export type TextResult = { text: string } | { problem: Said };

/**
 * UTF-16, as Windows tools save "Unicode" text: a byte order mark, or (without
 * one) a zero byte beside most characters of a Latin text, always on the same side.
 */
function isUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = Math.min(bytes.length, 4096) & ~1;
  let even = 0;
  let odd = 0;
  for (let at = 0; at < sample; at += 2) {
    if (bytes[at] === 0) even++;
    if (bytes[at + 1] === 0) odd++;
  }
  return sample >= 4 && (even === 0 || odd === 0) && Math.max(even, odd) > sample / 4;
}

/** Decodes bytes as UTF-8 text, dropping a byte order mark; or says why they are not text. */
export function decodeText(bytes: Uint8Array, limit: number = LIMITS.bytes): TextResult {
  if (bytes.length > limit) return { problem: { code: 'file-too-large', size: bytes.length, limit } };
  if (isUtf16(bytes)) return { problem: { code: 'not-text', found: 'utf-16' } };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4) {
    return { problem: { code: 'not-text', found: 'zip' } };
  }
  if (bytes.includes(0)) return { problem: { code: 'not-text', found: 'binary' } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { problem: { code: 'not-text', found: 'encoding' } };
  }
}

/**
 * Reads a file's bytes; the size is checked before reading, so a huge file costs
 * nothing. Synchronous on purpose: a folder of 10,000 releases is 30,000 small
 * files, and one thread-pool round trip each is most of the time on a busy machine.
 */
export async function readBytes(path: string, limit: number = LIMITS.bytes): Promise<{ bytes: Buffer } | { problem: Said }> {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > limit) return { problem: { code: 'file-too-large', size, limit } };
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const count = readSync(fd, bytes, read, size - read, null);
      if (count === 0) break;
      read += count;
    }
    return { bytes: bytes.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}

/** Reads a text file (readBytes, then decodeText). */
export async function readText(path: string, limit: number = LIMITS.bytes): Promise<TextResult> {
  const read = await readBytes(path, limit);
  return 'problem' in read ? read : decodeText(read.bytes, limit);
}

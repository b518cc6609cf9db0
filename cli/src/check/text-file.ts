/// <reference types="node" />
/**
 * Reading a text file that a person wrote: refuses what is too large to be
 * a feed source and what is not UTF-8 text (a picture saved as lv.md), with a
 * message instead of a garbled parse.
 */
import { readFile, stat } from 'node:fs/promises';
import { LIMITS } from '../../../src/feed/schema.js';

export type TextResult = { text: string } | { problem: string };

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Decodes bytes as UTF-8 text, dropping a byte order mark; or says why they are not text. */
export function decodeText(bytes: Uint8Array, limit: number = LIMITS.bytes): TextResult {
  if (bytes.length > limit) return { problem: `is ${megabytes(bytes.length)}, more than the ${megabytes(limit)} a feed may have` };
  if (bytes.includes(0)) return { problem: 'is not a text file (it holds binary data); save it as UTF-8 text' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { problem: 'is not UTF-8 text; save it with the UTF-8 encoding' };
  }
}

/** Reads a text file; the size is checked before reading, so a huge file costs nothing. */
export async function readText(path: string, limit: number = LIMITS.bytes): Promise<TextResult> {
  const { size } = await stat(path);
  if (size > limit) return { problem: `is ${megabytes(size)}, more than the ${megabytes(limit)} a feed may have` };
  return decodeText(await readFile(path), limit);
}

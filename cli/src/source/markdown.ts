/**
 * A release file: YAML front matter between two `---` lines, then the body,
 * one paragraph per block of lines separated by blank lines. The paragraphs
 * are feed text (the inline-markdown subset), kept exactly as written.
 */
import type { Said } from '../words/said.js';

export interface Paragraph {
  text: string;
  /** 1-based line of its first line. */
  line: number;
}

export interface ReleaseFile {
  /** The YAML between the fences ('' when the file has none). */
  frontMatter: string;
  /** The file line the front matter's first line is on. */
  frontMatterLine: number;
  paragraphs: Paragraph[];
}

export type ReleaseFileResult = ReleaseFile | { problem: Said; line: number };

const isFence = (line: string) => line.trimEnd() === '---';
const isBlank = (line: string) => line.trim() === '';

export function splitReleaseFile(text: string): ReleaseFileResult {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  let bodyStart = 0;
  let frontMatter = '';
  if (lines.length && isFence(lines[0])) {
    const close = lines.findIndex((line, index) => index > 0 && isFence(line));
    if (close < 0) return { problem: { code: 'front-matter-open' }, line: 1 };
    frontMatter = lines.slice(1, close).join('\n');
    bodyStart = close + 1;
  }
  const paragraphs: Paragraph[] = [];
  let current: string[] = [];
  let startLine = 0;
  const flush = () => {
    if (current.length) paragraphs.push({ text: current.join('\n'), line: startLine });
    current = [];
  };
  for (let index = bodyStart; index < lines.length; index++) {
    if (isBlank(lines[index])) flush();
    else {
      if (!current.length) startLine = index + 1;
      current.push(lines[index]);
    }
  }
  flush();
  return { frontMatter, frontMatterLine: 2, paragraphs };
}

/** The text of a release file (import and init write these). */
export function joinReleaseFile(frontMatter: string, paragraphs: readonly string[]): string {
  const head = frontMatter ? `---\n${frontMatter.endsWith('\n') ? frontMatter : `${frontMatter}\n`}---\n` : '';
  return `${head}${paragraphs.length ? `\n${paragraphs.join('\n\n')}\n` : ''}`;
}

/** Whether `paragraphs` survive being written as a body and read back (no blank lines inside, no edge whitespace). */
export function fitsBody(paragraphs: readonly unknown[]): paragraphs is string[] {
  return paragraphs.every(
    (paragraph) =>
      typeof paragraph === 'string' &&
      paragraph.length > 0 &&
      paragraph === paragraph.trim() &&
      !paragraph.split('\n').some((line) => isBlank(line) || line !== line.trimEnd() || isFence(line)) &&
      !paragraph.includes('\r')
  );
}

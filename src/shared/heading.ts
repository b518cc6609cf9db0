/**
 * Headings at the level the host page asks for (`heading-level`), so a
 * widget fits the page's outline. Tags are static; only the level varies.
 */
import { literal, type StaticValue } from 'lit/static-html.js';

const tags: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** The heading tag for `level`, clamped to 1–6 (invalid input → h2). */
export function headingTag(level: number, offset = 0): StaticValue {
  const wanted = Number.isInteger(level) ? level + offset : 2 + offset;
  return tags[Math.min(6, Math.max(1, wanted)) - 1];
}

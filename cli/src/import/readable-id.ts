/**
 * Readable ids for imported releases and projects: the title in a-z, 0-9
 * and -, its letters transliterated by @sindresorhus/transliterate (ß → ss,
 * ā → a, Cyrillic by its usual Latin spelling), and cut at the end of a word
 * so that no id ends in half a word.
 */
import transliterate from '@sindresorhus/transliterate';

/** Characters of a readable id at most (before a date prefix). */
export const ID_LENGTH = 60;

/** Letters whose usual English spelling the library does not use by default: щ (shch, not sch), Ukrainian ї, є, ґ. */
const SPELLINGS: Array<[string, string]> = [
  ['щ', 'shch'],
  ['Щ', 'Shch'],
  ['ї', 'yi'],
  ['є', 'ye'],
  ['ґ', 'g'],
  ['Ї', 'Yi'],
  ['Є', 'Ye'],
  ['Ґ', 'G'],
];

/** Apostrophes join a word (`don't` → dont, `п’ять` → pyat), they do not split it. */
const APOSTROPHES = new Set(["'", '’', 'ʼ', '`']);

/** `text` as an id of a-z, 0-9 and -, at most ID_LENGTH characters, cut after a whole word; `fallback` when nothing is left. */
export function slug(text: string, fallback = 'release'): string {
  const latin = transliterate(text, { customReplacements: SPELLINGS }).toLowerCase();
  let id = '';
  for (const char of latin) {
    if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) id += char;
    else if (APOSTROPHES.has(char)) continue;
    else if (id && !id.endsWith('-')) id += '-';
  }
  if (id.endsWith('-')) id = id.slice(0, -1);
  if (id.length > ID_LENGTH) {
    // The last word boundary that keeps the id at or under the length; a single word longer than that is cut.
    const boundary = id.lastIndexOf('-', ID_LENGTH);
    id = boundary > 0 ? id.slice(0, boundary) : id.slice(0, ID_LENGTH);
  }
  return id || fallback;
}

/**
 * How a feed maps onto a source folder (docs/coordinators.md): which release fields a
 * translation file may translate, and the columns of activities.csv. Shared
 * by the reader (assembly) and import (the other way).
 */
import type { PathKey } from '../check/paths.js';

export const CONFIG_FILE = 'kopiena.yml';
export const RELEASES_DIR = 'releases';
export const ACTIVITIES_FILE = 'activities.csv';
/** The same table as a workbook saved by Excel or LibreOffice (its first sheet). */
export const ACTIVITIES_WORKBOOK = 'activities.xlsx';
/**
 * A release's language file may also be named `index.lv.md`: Sveltia CMS and
 * Decap CMS cannot name a file after its locale alone, so the CMS form that
 * `kopiena init` writes saves `releases/<id>/index.<lang>.md` (i18n
 * `multiple_files`, path `{{slug}}/index`).
 */
export const CMS_FILE_PREFIX = 'index.';

/** Columns of activities.csv, in the order import writes them. */
export const ACTIVITY_COLUMNS = [
  'id',
  'when',
  'part',
  'title',
  'description',
  'participants',
  'occurrences',
  'ongoing',
  'place',
  'organizations',
  'people',
] as const;
export const REQUIRED_COLUMNS = ['id', 'when', 'title'] as const;
/** Columns that take `@lang` translations. */
export const TEXT_COLUMNS = new Set<string>(['title', 'description', 'place']);
export const COUNT_COLUMNS = new Set<string>(['participants', 'occurrences']);
export const LIST_COLUMNS = new Set<string>(['organizations', 'people']);

/**
 * Whether `path` (inside a release) is human text a translation file may
 * give: title, summary, place, body paragraphs, image alt, link labels,
 * contact labels, attachment titles, and an activity's title, description
 * and place.
 */
export function isTranslatable(path: readonly PathKey[]): boolean {
  const [first, second, third, fourth] = path;
  switch (first) {
    case 'title':
    case 'summary':
    case 'place':
      return path.length === 1;
    case 'body':
      return path.length === 2 && typeof second === 'number';
    case 'image':
      return path.length === 2 && second === 'alt';
    case 'links':
      return path.length === 3 && typeof second === 'number' && third === 'label';
    case 'attachments':
      return path.length === 3 && typeof second === 'number' && third === 'title';
    case 'contacts':
      return path.length === 3 && second === 'labels';
    case 'activities':
      return path.length === 3 && typeof second === 'number' && TEXT_COLUMNS.has(String(third)) && fourth === undefined;
    default:
      return false;
  }
}

/**
 * The canonical form of a BCP 47 language tag (`EN-gb` → `en-GB`), or
 * undefined when `text` is not one. Tags name files (`en.md`, `index.en.md`)
 * and `activities.csv` columns (`title@en`), so only what Intl reads as a
 * tag passes (never `../x`), and its primary language has two or three
 * letters, as every ISO 639 code does: `readme.md` beside a release is not
 * a translation.
 */
export function languageTag(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const [tag] = Intl.getCanonicalLocales(text);
    const primary = tag.split('-')[0];
    return primary.length <= 3 ? tag : undefined;
  } catch {
    return undefined;
  }
}

/** The end of a message about a tag that is not one. */
export const TAG_EXAMPLES = 'a language tag such as lv, en or pt-BR';

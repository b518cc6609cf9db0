/**
 * How a feed maps onto a source folder (docs/coordinators.md): which release fields a
 * translation file may translate, and the columns of activities.csv. Shared
 * by the reader (assembly) and import (the other way).
 */
import type { PathKey } from '../check/paths.js';

export const CONFIG_FILE = 'kopiena.yml';
export const RELEASES_DIR = 'releases';
export const ACTIVITIES_FILE = 'activities.csv';
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
 * contact labels, and an activity's title, description and place.
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
    case 'contacts':
      return path.length === 3 && second === 'labels';
    case 'activities':
      return path.length === 3 && typeof second === 'number' && TEXT_COLUMNS.has(String(third)) && fourth === undefined;
    default:
      return false;
  }
}

/** A language tag that names a release file (`lv.md`, `en-GB.md`): letters, digits and hyphens. */
export const isLanguageFileName = (name: string): boolean =>
  name.length > 0 &&
  name.length <= 35 &&
  [...name].every((char) => (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || (char >= '0' && char <= '9') || char === '-');

/**
 * The widgets' own issues (src/feed/validate.ts: a JSON path and English
 * words) turned into what a problem says for a coordinator: which rule, the
 * value found, a good example, and for an unknown id the nearest known one.
 * The rule is read from where the value is and what it is, so the widget
 * bundle keeps its few short messages.
 */
import { FEED_VERSION, isIsoDate, isObject, LIMITS } from '../../../src/core.js';
import { nearest } from '../words/nearest.js';
import { kindOf, shown, type IdKind, type Said } from '../words/said.js';
import { nearestLanguage } from './language-tags.js';
import { parsePath, type PathKey } from './paths.js';

type Json = Record<string, unknown>;

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let value = root;
  for (const key of path) value = isObject(value) || Array.isArray(value) ? (value as Record<PathKey, unknown>)[key] : undefined;
  return value;
}

/** What an id at `keys` refers to, if it is a reference. */
function referenceKind(keys: readonly PathKey[]): IdKind | undefined {
  const last = keys.at(-1);
  const parent = keys.at(-2);
  if (parent === 'contacts' && (last === 'inquiries' || last === 'moreInformation' || last === 'preparedBy')) return 'person';
  if (keys[0] === 'people' && keys.length === 3 && last === 'organization') return 'organization';
  if (typeof last !== 'number') return undefined;
  if (parent === 'people' && keys.length > 2) return 'person';
  if (parent === 'organizations' || (parent === 'about' && keys[0] === 'releases')) return 'organization';
  if (parent === 'topics' && keys[0] === 'releases') return 'topic';
  return undefined;
}

/** `arvita-jukša` → `arvita-juksa`: an id the value could be. */
export function idExample(value: string): string {
  const id = [...value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()]
    .slice(0, 60)
    .join('')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'talka-2026';
}

/** `7.05.2020` → `2020-05-07`: the date the value most likely means, when it can tell. */
export function dateGuess(value: string): string | undefined {
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})\.?$/.exec(value.trim());
  const yearFirst = /^(\d{4})[./](\d{1,2})[./](\d{1,2})\.?$/.exec(value.trim());
  const [year, month, day] = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : yearFirst
      ? [yearFirst[1], yearFirst[2], yearFirst[3]]
      : ['', '', ''];
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return year && isIsoDate(date) ? date : undefined;
}

const known = (map: unknown) => (isObject(map) ? Object.keys(map) : []);

/** What the widgets' issue at `path` says, or undefined for an issue this does not know (its English words are kept). */
export function classify(feed: unknown, path: string, message: string): Said | undefined {
  const keys = parsePath(path);
  const value = valueAt(feed, keys);
  const last = keys.at(-1);
  const root: Json = isObject(feed) ? feed : {};
  const candidates = (kind: IdKind) => known(kind === 'person' ? root.people : kind === 'topic' ? root.topics : root.organizations);

  // The document as a whole (examineFeed's `refuse`).
  if (path === '' && !isObject(feed)) return { code: 'feed-not-object', found: kindOf(feed) };
  if (message.startsWith('Feed version ')) return { code: 'feed-version', value: shown(value), supported: FEED_VERSION };
  if (message.startsWith('The feed has more than '))
    return message.endsWith(' activities.')
      ? { code: 'feed-too-large', of: 'activities', limit: LIMITS.activities }
      : { code: 'feed-too-large', of: 'releases', limit: LIMITS.releases };
  if (message.startsWith('names the topic ')) return { code: 'topic-without-topics', value: shown(value) };
  if (message.startsWith('refers to an unknown ')) {
    const kind: IdKind = message.startsWith('refers to an unknown person')
      ? 'person'
      : message.startsWith('refers to an unknown topic')
        ? 'topic'
        : 'organization';
    return { code: 'unknown-id', kind, value: shown(value), nearest: typeof value === 'string' ? nearest(value, candidates(kind)) : undefined };
  }
  if (message.startsWith('repeats the release id')) return { code: 'repeated-id', kind: 'release', value: shown(value) };
  if (message.startsWith('repeats the activity id')) return { code: 'repeated-id', kind: 'activity', value: shown(value) };
  if (message === 'id must use only a-z, 0-9 and -') {
    // The key of `people` or `organizations`, whole: it may hold the `.` or `[` that split its path.
    const key = path.slice(path.indexOf('.') + 1);
    return { code: 'id', value: shown(key), example: idExample(key) };
  }
  if (value === undefined) return message === 'is required' ? { code: 'required' } : undefined;
  const reference = referenceKind(keys);
  if (reference && typeof value === 'string' && message.startsWith('must be an id')) {
    return { code: 'unknown-id', kind: reference, value: shown(value), nearest: nearest(value, candidates(reference)) };
  }
  if ((last === 'id' && typeof value === 'string') || message.startsWith('must be an id'))
    return { code: 'id', value: shown(value), example: idExample(String(value)) };
  // The feed's or a release's language (the schema's own rule, isLanguageTag).
  if (last === 'language' && (keys.length === 1 || keys[0] === 'releases'))
    return { code: 'language-tag', value: shown(value), nearest: nearestLanguage(value) };
  if (last === 'published') return { code: 'date', value: shown(value), guess: dateGuess(String(value)) };
  if (last === 'when') return { code: 'when', value: shown(value) };
  if (last === 'part') return { code: 'part', value: shown(value) };
  if (last === 'participants') return { code: 'count', value: shown(value), least: 0 };
  if (last === 'occurrences' || last === 'width' || last === 'height') return { code: 'count', value: shown(value), least: 1 };
  if (last === 'ongoing' || last === 'draft') return { code: 'yes-no', value: shown(value) };
  if (last === 'social') return { code: 'social' };
  if (message.startsWith('must be an absolute http')) return { code: 'url', value: shown(value) };
  if (
    message.startsWith('must be a string or an object') ||
    message.startsWith('must be a non-empty string or an object') ||
    message.startsWith('must name the topic')
  ) {
    // A name left empty (`name: ""`, or `lv: ""` in it) is empty, not of the wrong kind.
    return value === '' || (isObject(value) && Object.values(value).includes(''))
      ? { code: 'empty' }
      : { code: 'localized-text', found: kindOf(value) };
  }
  if (message === 'must be a non-empty string') return value === '' ? { code: 'empty' } : { code: 'kind', expected: 'text', found: kindOf(value) };
  if (message === 'must be a string') return { code: 'kind', expected: 'text', found: kindOf(value) };
  if (message === 'must be a number') return { code: 'kind', expected: 'number', found: kindOf(value) };
  if (message === 'must be an array') return { code: 'kind', expected: 'list', found: kindOf(value) };
  if (message.startsWith('must be an object')) return { code: 'kind', expected: 'group', found: kindOf(value) };
  return undefined;
}

/**
 * Tolerant validation: the envelope must be right, but an invalid release,
 * activity, person or organization is skipped and reported, so one typo in
 * a hand-written feed never blanks a partner's page.
 */
import type { Schema } from './zod.js';
import { check, pathToString, type Path } from './check.js';
import {
  FEED_VERSION,
  LIMITS,
  activitySchema,
  envelopeSchema,
  isId,
  isObject,
  organizationSchema,
  personSchema,
  releaseSchema,
  type Activity,
  type Organization,
  type Person,
  type Project,
  type Release,
} from './schema.js';
import { FeedError, type FeedErrorCode, type FeedIssue } from './errors.js';
import { measure } from '../shared/timing.js';

/** A feed that passed validation: every reference in it resolves. */
export interface Feed {
  version: typeof FEED_VERSION;
  /** Language of untagged text. */
  language: string;
  project: Project;
  organizations: ReadonlyMap<string, Organization>;
  people: ReadonlyMap<string, Person>;
  /** In feed order; see `resolve.ts` for ordering. */
  releases: Release[];
  /** An index's `archives` as written (docs/feed-format.md, "Feeds that grow"): checked by `archive-reader.ts` only when a widget reads them. */
  archives?: unknown[];
  /** The URL the feed was read from, which archive page URLs resolve against. */
  url?: string;
}

export interface ValidationResult {
  feed: Feed;
  issues: FeedIssue[];
  /**
   * Set when the activities were left to be checked as a timeline shows them
   * (`unchecked`, a feed of more than `CHECK_FIRST_ABOVE` activities): the
   * result of the whole feed, checked when the page is idle.
   */
  whole?: Promise<ValidationResult>;
}

/**
 * Above this many activities a widget's first render does not wait for all
 * of them to be checked: the activities of each release are checked when a
 * timeline first needs them (`activities.ts`), the whole feed once the page
 * is idle (docs/performance.md, "Deferred validation").
 */
const CHECK_FIRST_ABOVE = 1_000;

/** The releases of a feed checked in part: their activities as written, and the check that keeps the valid ones. */
export const unchecked = new WeakMap<Release, { input: unknown[]; check: () => Activity[] }>();

/** Checks a map of items by id, keeping the valid ones. */
function checkMap<T>(schema: Schema<T>, input: Record<string, unknown> | undefined, at: string, issues: FeedIssue[]) {
  const out = new Map<string, T>();
  for (const [key, value] of Object.entries(input ?? {})) {
    if (!isId(key)) {
      issues.push({ path: `${at}.${key}`, message: 'id must use only a-z, 0-9 and -' });
      continue;
    }
    const item = check(schema, value, [at, key], issues);
    if (item) out.set(key, item);
  }
  return out;
}

/** Reports each id of `ids` missing from `known`; true when all resolve. Also used by `kopiena validate` (cli/src/check/references.ts). */
export function allKnown(ids: Iterable<[Path, string | undefined]>, known: ReadonlyMap<string, unknown>, what: string, issues: FeedIssue[]): boolean {
  let ok = true;
  for (const [path, ref] of ids) {
    if (ref !== undefined && !known.has(ref)) {
      issues.push({ path: pathToString(path), message: `refers to an unknown ${what} "${ref}"` });
      ok = false;
    }
  }
  return ok;
}

const listed = (base: Path, ids: string[] | undefined): Array<[Path, string]> => (ids ?? []).map((ref, index) => [[...base, index], ref]);

/** Everything found in a feed: what a widget may show, every issue, and why it may not show anything. */
export interface Examination {
  /** Absent when `error` is set. */
  feed?: Feed;
  /** Every problem of the whole document, envelope and items alike. */
  issues: FeedIssue[];
  /** Set when the document as a whole cannot be used (what `validateFeed` throws). */
  error?: FeedError;
}

/**
 * Checks the whole document without stopping at the first problem: a missing
 * `project` does not hide bad release dates. Widgets use it through
 * `validateFeed`; `kopiena validate` reports every issue it returns.
 */
export function examineFeed(input: unknown, base?: string, checkFirstAbove = Infinity): Examination {
  const issues: FeedIssue[] = [];
  // The document cannot be used at all: one issue, said the same way to widget and command.
  const refuse = (code: FeedErrorCode, path: string, message: string): Examination => {
    issues.push({ path, message });
    return { issues, error: new FeedError(code, message, issues) };
  };
  if (!isObject(input)) return refuse('schema', '', 'The feed is not a JSON object.');
  const { version } = input;
  let error: FeedError | undefined;
  // A missing version is reported by the envelope's check below, with the rest.
  if (version === undefined) error = new FeedError('version', 'The feed has no "version".', issues);
  else if (version !== FEED_VERSION) {
    return refuse('version', 'version', `Feed version ${JSON.stringify(version)} is not supported; this widget reads version ${FEED_VERSION}.`);
  }
  const envelope = check(envelopeSchema, input, [], issues);
  if (!envelope) error ??= new FeedError('schema', 'The feed does not have the shape of a kopiena feed.', issues);
  // Without a usable envelope the items are still checked, from whatever is there.
  const rawReleases = envelope?.releases ?? (Array.isArray(input.releases) ? input.releases : []);
  if (rawReleases.length > LIMITS.releases) return refuse('too-large', 'releases', `The feed has more than ${LIMITS.releases} releases.`);
  const activityCount = rawReleases.reduce<number>(
    (sum, release) => sum + (isObject(release) && Array.isArray(release.activities) ? release.activities.length : 0),
    0
  );
  if (activityCount > LIMITS.activities) return refuse('too-large', 'releases', `The feed has more than ${LIMITS.activities} activities.`);

  const mapAt = (key: string) => (isObject(input[key]) ? (input[key] as Record<string, unknown>) : undefined);
  const organizations = checkMap(organizationSchema, mapAt('organizations'), 'organizations', issues);
  const people = checkMap(personSchema, mapAt('people'), 'people', issues);
  for (const [key, person] of people) {
    if (!allKnown([[['people', key, 'organization'], person.organization]], organizations, 'organization', issues)) {
      people.set(key, { ...person, organization: undefined });
    }
  }
  // A copy: a valid input is returned as it is (check.ts), and the page's own object stays untouched.
  const project = envelope && {
    ...envelope.project,
    organizations: envelope.project.organizations?.filter((ref, index) =>
      allKnown([[['project', 'organizations', index], ref]], organizations, 'organization', issues)
    ),
  };

  const releases = checkReleases(rawReleases, organizations, people, issues, activityCount > checkFirstAbove);

  if (error || !envelope || !project) return { issues, error };
  return {
    feed: {
      version: FEED_VERSION,
      language: envelope.language ?? 'en',
      project,
      organizations,
      people,
      releases,
      archives: Array.isArray(input.archives) ? input.archives : undefined,
      url: base,
    },
    issues,
  };
}

/**
 * Validates an untrusted, already parsed feed document. With `soon`, in a
 * browser that reports idle time, a feed of more than `CHECK_FIRST_ABOVE`
 * activities comes back checked in part, with its `whole` to follow.
 * @throws FeedError when the document as a whole cannot be used.
 */
export function validateFeed(input: unknown, base = globalThis.document?.baseURI, soon?: boolean): ValidationResult {
  const start = globalThis.KOPIENA_TIMING ? performance.now() : 0;
  const idle = soon ? globalThis.requestIdleCallback : undefined;
  const { feed, issues, error } = examineFeed(input, base, idle ? CHECK_FIRST_ABOVE : Infinity);
  if (error || !feed) throw error;
  // The timeout: a page that is never idle still gets its kopiena-load.
  const whole = feed.releases.some((release) => unchecked.has(release))
    ? new Promise<ValidationResult>((resolve) => idle!(() => resolve(validateFeed(input, base)), { timeout: 500 }))
    : undefined;
  if (globalThis.KOPIENA_TIMING) measure(whole ? 'validation, activities left for later' : 'validation', start);
  return { feed, issues, whole };
}

/**
 * Checks each release (and its activities) against the feed's people and
 * organizations, keeping the valid ones in feed order. Also reads the
 * releases of an archive page (`validate-page.ts`).
 */
export function checkReleases(
  rawReleases: unknown[],
  organizations: ReadonlyMap<string, Organization>,
  people: ReadonlyMap<string, Person>,
  issues: FeedIssue[],
  later?: boolean
): Release[] {
  const releases: Release[] = [];
  const releaseIds = new Set<string>();
  rawReleases.forEach((raw, index) => {
    const at = ['releases', index];
    const release = check(releaseSchema, raw, at, issues);
    // A release that is skipped still has its activities checked, so their problems are known too.
    if (!release) return void (isObject(raw) && Array.isArray(raw.activities) && checkActivities(raw.activities, at, organizations, people, issues));
    if (releaseIds.has(release.id)) {
      issues.push({ path: pathToString([...at, 'id']), message: `repeats the release id "${release.id}"` });
      return;
    }
    const references =
      allKnown(
        (['inquiries', 'moreInformation', 'preparedBy'] as const).map((role) => [[...at, 'contacts', role], release.contacts?.[role]]),
        people,
        'person',
        issues
      ) && allKnown(listed([...at, 'about'], release.about), organizations, 'organization', issues);
    if (!references) return;
    releaseIds.add(release.id);
    const keepValid = (into: FeedIssue[]): Activity[] => checkActivities(release.activities, at, organizations, people, into);
    const checked = { ...release, activities: later ? [] : keepValid(issues) };
    // Their issues are reported by the whole feed's check.
    if (later) unchecked.set(checked, { input: release.activities ?? [], check: () => keepValid([]) });
    releases.push(checked);
  });

  return releases;
}

function checkActivities(
  input: unknown[] | undefined,
  releasePath: Path,
  organizations: ReadonlyMap<string, Organization>,
  people: ReadonlyMap<string, Person>,
  issues: FeedIssue[]
): Activity[] {
  const activities: Activity[] = [];
  const ids = new Set<string>();
  (input ?? []).forEach((raw, index) => {
    const at = [...releasePath, 'activities', index];
    const activity = check(activitySchema, raw, at, issues);
    if (!activity) return;
    if (ids.has(activity.id)) {
      issues.push({ path: pathToString([...at, 'id']), message: `repeats the activity id "${activity.id}"` });
      return;
    }
    const references =
      allKnown(listed([...at, 'organizations'], activity.organizations), organizations, 'organization', issues) &&
      allKnown(listed([...at, 'people'], activity.people), people, 'person', issues);
    if (!references) return;
    ids.add(activity.id);
    activities.push(activity);
  });
  return activities;
}

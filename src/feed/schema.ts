/**
 * The kopiena feed, version 1: the one source of truth for its shape.
 * Types are inferred from these schemas; `scripts/build/export-schema.js` turns
 * them into `feed.schema.json` for editors. The schemas are zod core schemas
 * built by `./zod.js` (the few kinds the feed needs, without the methods of
 * zod/mini's wrappers), because full zod would triple the kit's size.
 */
import { globalRegistry } from 'zod/v4/core';
import * as z from './zod.js';
import { parseWhen, type Part } from './edtf.js';
import { safeUrl } from './safe-url.js';

export const FEED_VERSION = 1;

const PARTS: readonly Part[] = ['early', 'mid', 'late'];

/** Limits beyond which a feed is refused rather than rendered slowly. */
export const LIMITS = { bytes: 5 * 1024 * 1024, releases: 10_000, activities: 100_000, archives: 10_000 } as const;

export const ID_PATTERN = /^[a-z0-9-]+$/;
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
export const isId = (value: string) => ID_PATTERN.test(value);
export const isFilled = (value: string) => value.length > 0;
export const isIsoDate = (value: string) => ISO_DATE_PATTERN.test(value) && !Number.isNaN(Date.parse(value));

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isString = (value: unknown): value is string => typeof value === 'string';
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
export const isNumber = (value: unknown): value is number => typeof value === 'number';
export const isIdText = (value: unknown): value is string => isString(value) && isId(value);
export const isFilledText = (value: unknown): value is string => isString(value) && isFilled(value);
export const isUrlText = (value: unknown): value is string => safeUrl(value) !== undefined;
export const isIsoDateText = (value: unknown): value is string => isString(value) && isIsoDate(value);
export const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
export const isPositiveCount = (value: unknown): value is number => isCount(value) && value > 0;
/**
 * A BCP 47 language tag (`lv`, `en`, `pt-BR`), read as the command reads one
 * (`languageTag()` in cli/src/source/layout.ts): what `Intl` accepts, with a
 * language of 2 or 3 letters; `../x` and `en_US!` are not.
 */
export const isLanguageTag = (value: unknown): value is string => {
  try {
    return isString(value) && Intl.getCanonicalLocales(value)[0].split('-')[0].length < 4;
  } catch {
    return false;
  }
};

// Leaves are z.custom() predicates rather than z.string(), z.number(),
// z.boolean(), z.int(), z.enum(), z.union() or z.record(): zod still checks
// the structure and reports paths, and the browser bundle saves a type class
// for each (0.1–0.6 kB brotli apiece). scripts/build/export-schema.js writes each
// predicate out as JSON Schema.
export const leaf = <T>(check: (value: unknown) => value is T, message: string) => z.custom<T>(check, message);
const string = leaf(isString, 'must be a string');
const id = leaf(isIdText, 'must be an id of a-z, 0-9 and -');
export const filled = leaf(isFilledText, 'must be a non-empty string');
const url = leaf(isUrlText, 'must be an absolute http, https, mailto or tel URL');
const languageTag = leaf(isLanguageTag, 'must be a language tag such as lv, en or pt-BR');
export const isoDate = leaf(isIsoDateText, 'must be an ISO date (2020-05-07) or date-time with offset');
export const count = z.optional(leaf(isCount, 'must be a whole number of at least 0'));
const positiveCount = z.optional(leaf(isPositiveCount, 'must be a whole number of at least 1'));
export const isStringMap = (value: unknown, isValue: (value: string) => boolean = () => true): value is Record<string, string> =>
  isObject(value) && Object.values(value).every((entry) => typeof entry === 'string' && isValue(entry));

/** Human text: a plain string in the release's or feed's language, or one string per BCP 47 tag. */
export const isLocalizedText = (value: unknown): value is string | Record<string, string> => typeof value === 'string' || isStringMap(value);
export const localizedText = z.custom<string | Record<string, string>>(isLocalizedText, 'must be a string or an object of language tags to strings');

/** A person's name: one string, or one per language (`{ "lv": "Inese Nastajus", "ru": "Инесе Настаюс" }`); never empty. */
export const isName = (value: unknown): value is string | Record<string, string> =>
  isFilledText(value) || (isStringMap(value, isFilled) && Object.keys(value).length > 0);

export const isSocialLinks = (value: unknown): value is Record<string, string> => isStringMap(value, (entry) => safeUrl(entry) !== undefined);
export const isPart = (value: unknown): value is Part => PARTS.includes(value as Part);

export const organizationSchema = z.object({
  name: localizedText,
  shortName: z.optional(string),
  url: z.optional(url),
  social: z.optional(z.custom<Record<string, string>>(isSocialLinks, 'must map networks to absolute http(s) URLs')),
  about: z.optional(localizedText),
});

export const personSchema = z.object({
  name: z.custom<string | Record<string, string>>(isName, 'must be a non-empty string or an object of language tags to non-empty strings'),
  role: z.optional(localizedText),
  organization: z.optional(id),
  phone: z.optional(string),
  email: z.optional(string),
});

export const activitySchema = z.object(
  {
    id,
    when: string,
    part: z.optional(z.custom<Part>(isPart, 'must be one of: early, mid, late')),
    title: localizedText,
    description: z.optional(localizedText),
    participants: count,
    occurrences: positiveCount,
    ongoing: z.optional(leaf(isBoolean, 'must be a boolean')),
    organizations: z.optional(z.array(id)),
    people: z.optional(z.array(id)),
    place: z.optional(localizedText),
  },
  [
    z.refine<{ when: string; part?: Part }>(
      (activity) => parseWhen(activity.when, activity.part) !== undefined,
      'is not a date of the supported EDTF subset (e.g. 2020-04-29, 2020-04, 2020-21)',
      ['when']
    ),
  ]
);

export const releaseSchema = z.object({
  id,
  published: isoDate,
  language: z.optional(languageTag),
  place: z.optional(localizedText),
  title: localizedText,
  summary: z.optional(localizedText),
  body: z.optional(z.array(localizedText)),
  image: z.optional(
    z.object({
      src: url,
      alt: z.optional(localizedText),
      width: positiveCount,
      height: positiveCount,
    })
  ),
  /** Checked one by one in `validate.ts`, so one bad activity does not sink its release. */
  activities: z.optional(z.array(z.custom())),
  contacts: z.optional(
    z.object({
      inquiries: z.optional(id),
      moreInformation: z.optional(id),
      preparedBy: z.optional(id),
      /** This release's own wording of a label, shown instead of the boilerplate to readers of a language it is given in. */
      labels: z.optional(
        z.object({
          inquiries: z.optional(localizedText),
          moreInformation: z.optional(localizedText),
          preparedBy: z.optional(localizedText),
        })
      ),
    })
  ),
  about: z.optional(z.array(id)),
  hashtags: z.optional(z.array(filled)),
  links: z.optional(z.array(z.object({ url, label: z.optional(localizedText) }))),
  /**
   * The two newsroom fields `<release-list>` filters by (its `topic`, and drafts a hand-written feed may hold),
   * kept as written: the list reads them only when well formed (a list of ids; exactly `true`), and they are never
   * why a release is skipped; `kopiena validate` checks them with the other newsroom fields.
   */
  topics: z.optional(z.custom<unknown>()),
  draft: z.optional(z.custom<unknown>()),
});

/*
 * Newsroom fields (docs/feed-format.md, "Newsroom fields"): topics, a media
 * kit, drafts. `kopiena validate` checks them (cli/src/check/newsroom.ts) and
 * `kopiena build` acts on them; the widgets read only a release's `topics` and
 * `draft` (in `releaseSchema` above), so the other schemas are built by
 * functions that the widget bundle never calls and leaves out.
 * An embargo needs no field of its own: it is a `published` date-time in the future.
 */
const described = <T extends z.Schema>(schema: T, description: string): T => {
  globalRegistry.add(schema, { description });
  return schema;
};
/** A topic's name: `{ "lv": "Bibliotēkas", "en": "Libraries" }`, or one string in the feed's language. */
export const topicNameSchema = () =>
  z.custom<string | Record<string, string>>(isName, 'must name the topic: a non-empty string or an object of language tags to non-empty strings');
/** The feed's topics: id → name. */
export const topicsSchema = () =>
  described(z.record(id, topicNameSchema()), 'Topics releases belong to: id → name, one per language. Each topic gets its own pages and feeds.');
/** One file of a release's media kit: a photo in print resolution, a logo, a PDF. */
export const attachmentSchema = () =>
  z.object({
    /** A file beside the release (relative to its folder, or to the feed file), or an absolute http(s) URL. */
    src: filled,
    title: z.optional(localizedText),
    credit: z.optional(filled),
    license: z.optional(filled),
  });
/** The newsroom fields of a release; their descriptions are what an editor shows beside `feed.schema.json`. */
export const newsroomReleaseShape = () => ({
  topics: described(z.optional(z.array(id)), 'Ids of the feed’s `topics` this release belongs to.'),
  attachments: described(
    z.optional(z.array(attachmentSchema())),
    'The media kit: photos in print resolution, logos, PDFs, each with a title, credit and license.'
  ),
  draft: described(
    z.optional(leaf(isBoolean, 'must be true or false')),
    'true keeps the release out of the built site until it is false or removed (a preview, kopiena build --drafts, shows it). A `published` date-time in the future is an embargo: the release appears in the first build after it.'
  ),
});
/** A release's newsroom fields alone, as the command checks them. */
export const newsroomReleaseSchema = () => z.object(newsroomReleaseShape());

export const isWhenText = (value: unknown): value is string => isString(value) && parseWhen(value) !== undefined;
/** The document around the items; items are checked one by one in `validate.ts`. */
export const envelopeSchema = z.object({
  version: leaf(isNumber, 'must be a number'),
  language: z.optional(languageTag),
  project: z.object({
    id,
    name: localizedText,
    url: z.optional(url),
    hashtags: z.optional(z.array(filled)),
    partnership: z.optional(localizedText),
    organizations: z.optional(z.array(id)),
  }),
  organizations: z.optional(z.custom<Record<string, unknown>>(isObject, 'must be an object of ids to organizations')),
  people: z.optional(z.custom<Record<string, unknown>>(isObject, 'must be an object of ids to people')),
  releases: z.array(z.custom()),
});

/**
 * The whole feed document as JSON Schema tools see it (for `feed.schema.json`).
 * A function, so that browser bundles, which never call it, leave it out.
 * `archives` entries are added by the export from `archive-index.ts`, so that
 * their schema stays in the archive reader's lazy chunk.
 */
export const feedSchema = () =>
  z.object({
    ...envelopeSchema._zod.def.shape,
    topics: z.optional(topicsSchema()),
    organizations: z.optional(z.record(id, organizationSchema)),
    people: z.optional(z.record(id, personSchema)),
    releases: z.array(z.object({ ...releaseSchema._zod.def.shape, ...newsroomReleaseShape(), activities: z.optional(z.array(activitySchema)) })),
  });

export type LocalizedText = z.Infer<typeof localizedText>;
export type Organization = z.Infer<typeof organizationSchema>;
export type Person = z.Infer<typeof personSchema>;
export type Activity = z.Infer<typeof activitySchema>;
export type Project = z.Infer<typeof envelopeSchema>['project'];
export type Release = Omit<z.Infer<typeof releaseSchema>, 'activities'> & { activities: Activity[] };
export type TopicName = z.Infer<ReturnType<typeof topicNameSchema>>;

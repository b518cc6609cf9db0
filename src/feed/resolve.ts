/**
 * Reads a validated feed for one locale: localized text with the fallback
 * chain of docs/feed-format.md ("Localized text"), references from ids to people and organizations, and
 * the order of releases.
 */
import type { LocalizedText, Organization, Person, Release } from './schema.js';
import type { Feed } from './validate.js';

/** A piece of feed text and the language it is actually in. */
export interface Text {
  text: string;
  lang: string;
}

const baseOf = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * Picks the text for `locale`: exact tag → the locale's base language (and
 * any regional variant of it) → each fallback language in turn → the first entry.
 */
export function pickText(value: LocalizedText, locale: string, fallbacks: readonly string[]): Text {
  if (typeof value === 'string') return { text: value, lang: fallbacks[0] ?? locale };
  const tags = Object.keys(value);
  const find = (wanted: string) =>
    tags.find((tag) => tag.toLowerCase() === wanted.toLowerCase()) ??
    tags.find((tag) => tag.toLowerCase() === baseOf(wanted)) ??
    tags.find((tag) => baseOf(tag) === baseOf(wanted));
  for (const wanted of [locale, ...fallbacks]) {
    const tag = find(wanted);
    if (tag) return { text: value[tag], lang: tag };
  }
  const first = tags[0];
  return first ? { text: value[first], lang: first } : { text: '', lang: locale };
}

/** The `lang` a text needs when it is not in the reader's language, else undefined. */
export function foreignLang(text: Text, locale: string): string | undefined {
  return baseOf(text.lang) === baseOf(locale) ? undefined : text.lang;
}

/** Releases newest first; equal dates keep feed order. */
export function sortReleases(releases: readonly Release[]): Release[] {
  return releases
    .map((release, index) => ({ release, index, time: Date.parse(release.published) }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map(({ release }) => release);
}

/** Whether `release` belongs to `topic` (an id of the feed's `topics`); every release does when no topic is asked for. */
export const ofTopic = (release: Release, topic?: string): boolean => !topic || (Array.isArray(release.topics) && release.topics.includes(topic));

/** `latest` (or no reference) is the newest release; otherwise the one with that id. */
export function findRelease(feed: Feed, reference = 'latest'): Release | undefined {
  if (reference === 'latest') return sortReleases(feed.releases)[0];
  return feed.releases.find((release) => release.id === reference);
}

/** One feed seen in one locale. */
export class Resolver {
  constructor(
    readonly feed: Feed,
    readonly locale: string
  ) {}

  /** Localized text; `release` puts that release's language before the feed's in the fallback chain. */
  text(value: LocalizedText, release?: Release): Text {
    const fallbacks = release?.language ? [release.language, this.feed.language] : [this.feed.language];
    return pickText(value, this.locale, fallbacks);
  }

  /** Localized text as shown to this reader: `lang` is set only when the text is in another language. */
  shown(value: LocalizedText, release?: Release): { text: string; lang?: string } {
    const text = this.text(value, release);
    return { text: text.text, lang: foreignLang(text, this.locale) };
  }

  // A Map has no undefined key: get(undefined) is undefined.
  person(id: string | undefined): Person | undefined {
    return this.feed.people.get(id!);
  }

  organization(id: string | undefined): Organization | undefined {
    return this.feed.organizations.get(id!);
  }
}

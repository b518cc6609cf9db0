/**
 * A release's summary (docs/feed-format.md, "Releases"): its `summary`, else
 * the first paragraph of its body, cut at a word to the length of the place
 * that shows it. The teaser, a landing page's description and syndication
 * all take it from here, so they never tell a release differently.
 */
import type { Resolver } from './resolve.js';
import type { Release } from './schema.js';

/** How many characters of a summary each place shows. */
const SUMMARY_LENGTH = {
  /** A teaser: `<community-release layout="teaser">`, on partners' pages and the site's index, topic and frame pages. */
  teaser: 240,
  /** A landing page's description for search results and link previews (meta, Open Graph and Twitter tags). */
  description: 200,
  /** RSS, Atom and JSON Feed items: the whole summary, feed readers cut it themselves. */
  syndication: Infinity,
} as const;

/** The places that show a summary. */
export type SummaryUse = keyof typeof SUMMARY_LENGTH;

/** Cuts `text` to at most `max` characters at a word boundary, marking the cut with "…". */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max + 1).replace(/\s+\S*$/, '')}…`;
}

/**
 * The summary as this reader sees it (inline markdown; `lang` only when it is in another language), or
 * undefined when the release has neither summary nor body, for the place `use`. `as` turns the text into what the place shows
 * (plain text for a description) before it is cut, so the length counts what a reader sees.
 */
export function releaseSummary(
  release: Release,
  resolver: Resolver,
  use: SummaryUse,
  as: (text: string) => string = (text) => text
): { text: string; lang?: string } | undefined {
  const source = release.summary ?? release.body?.[0];
  if (source === undefined) return undefined;
  const shown = resolver.shown(source, release);
  return { ...shown, text: cutAtWord(as(shown.text), SUMMARY_LENGTH[use]) };
}

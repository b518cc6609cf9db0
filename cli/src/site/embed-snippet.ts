/**
 * The code a partner pastes: the script tag and one element whose
 * attributes say what the embed page's form says. Shared by the build (the
 * snippet written into the page, for readers without JavaScript) and the
 * page's script (the snippet as the form changes), so both agree to the byte.
 */
export type EmbedElement = 'community-release' | 'activity-timeline' | 'contact-card';

export const embedElements: readonly EmbedElement[] = ['community-release', 'activity-timeline', 'contact-card'];

/** The script-tag bundle from the npm package, as the README tells partners to load it. */
export const scriptTag = '<script type="module" src="https://unpkg.com/kopiena/dist/kopiena.js"></script>';

/** `latest` is the element's default; `*` (timeline only) means every release. */
export const allReleases = '*';

export interface EmbedChoice {
  element: EmbedElement;
  /** The feed's URL as the element's `src`. */
  feed: string;
  lang: string;
  release: string;
  releaseLayout: 'full' | 'teaser';
  share: boolean;
  /** Where a teaser's "Read more" goes; `{id}` stands for the release id. */
  href: string;
  group: 'none' | 'year' | 'month';
  order: 'desc' | 'asc';
  limit: number;
  contact: string;
  contactLayout: 'full' | 'compact';
}

/** Attribute name → value; `true` for a boolean attribute. Defaults are left out. */
export function embedAttributes(choice: EmbedChoice): Array<[string, string | true]> {
  const attributes: Array<[string, string | true]> = [
    ['src', choice.feed],
    ['lang', choice.lang],
  ];
  if (choice.element === 'community-release') {
    if (choice.release !== 'latest') attributes.push(['release', choice.release]);
    if (choice.releaseLayout === 'teaser') attributes.push(['layout', 'teaser'], ['href', choice.href]);
    if (choice.share) attributes.push(['share', true]);
  } else if (choice.element === 'activity-timeline') {
    if (choice.release !== allReleases) attributes.push(['release', choice.release]);
    if (choice.group !== 'none') attributes.push(['group', choice.group]);
    if (choice.order !== 'desc') attributes.push(['order', choice.order]);
    if (choice.limit !== 20) attributes.push(['limit', String(choice.limit)]);
  } else {
    attributes.push(['contact', choice.contact]);
    if (choice.contactLayout !== 'full') attributes.push(['layout', choice.contactLayout]);
  }
  return attributes;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const attributeValue = (value: string) => value.replace(/[&<>"]/g, (char) => entities[char]);

/** The snippet as text (it is shown with textContent, never parsed by this page). */
export function embedSnippet(choice: EmbedChoice): string {
  const attributes = embedAttributes(choice)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${attributeValue(value)}"`))
    .join('');
  return `${scriptTag}\n<${choice.element}${attributes}></${choice.element}>\n`;
}

/**
 * The elements' attribute defaults that a page may leave out. The elements
 * start from these, and the embed page of `kopiena build` leaves an attribute
 * out of a snippet when it says the same (cli/src/site/embed-snippet.ts), so
 * a snippet never spells out a default, nor misses one that changed.
 * Literal constants, so the custom elements manifest still shows the values.
 */

/** `<community-release release>`: the newest release. */
export const DEFAULT_RELEASE = 'latest';
/** `<community-release layout>`. */
export const DEFAULT_RELEASE_LAYOUT = 'full';
/** `<activity-timeline order>`: newest first. */
export const DEFAULT_ORDER = 'desc';
/** `<activity-timeline limit>`: activities a page shows. */
export const DEFAULT_LIMIT = 20;
/** `<activity-timeline group>`: no group headings. */
export const DEFAULT_GROUP = 'none';
/** `<contact-card layout>`. */
export const DEFAULT_CONTACT_LAYOUT = 'full';
/** `<release-list count>`: teasers a page shows. */
export const DEFAULT_COUNT = 5;

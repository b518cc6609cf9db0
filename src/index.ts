/**
 * kopiena: defines `<community-release>`, `<activity-timeline>` and
 * `<contact-card>`, and `<release-list>` when the page first shows one (its
 * code is a chunk of its own: release-list/autoload.ts). Importing this
 * module is all a page needs.
 */
import './release-list/autoload.js';
export { ActivityTimeline } from './activity-timeline/activity-timeline.js';
/** The class comes with `kopiena/release-list.js`, which defines the element at once. */
export type { ReleaseList } from './release-list/release-list.js';
export { ContactCard } from './contact-card/contact-card.js';
export { CommunityRelease } from './community-release/community-release.js';
export type { KopienaLoadDetail, KopienaErrorDetail, KopienaEventMap } from './shared/events.js';
export type { FeedErrorCode, FeedIssue } from './feed/errors.js';
export type { Feed, ValidationResult } from './feed/validate.js';
export type { Activity, LocalizedText, Organization, Person, Project, Release } from './feed/schema.js';
/** For CMS plugins and build steps: the widgets' own validation of a parsed feed. */
export { validateFeed } from './feed/validate.js';
export { FeedError } from './feed/errors.js';
export { FEED_VERSION, LIMITS } from './feed/schema.js';

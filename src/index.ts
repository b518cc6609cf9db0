/**
 * kopiena: defines `<community-release>`, `<activity-timeline>` and
 * `<contact-card>`. Importing this module is all a page needs.
 */
export { CommunityRelease } from './community-release/community-release.js';
export { ActivityTimeline } from './activity-timeline/activity-timeline.js';
export { ContactCard } from './contact-card/contact-card.js';
export type { KopienaLoadDetail, KopienaErrorDetail, KopienaEventMap } from './shared/events.js';
export type { FeedErrorCode, FeedIssue } from './feed/errors.js';
export type { Feed } from './feed/validate.js';

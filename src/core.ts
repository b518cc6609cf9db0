/**
 * What the `kopiena` command (cli/) shares with the widgets: the feed's
 * shape, validation, reading and safe URLs (src/feed), the locales and words
 * of pages (src/i18n), and the elements' attribute defaults (src/shared). No
 * element is defined here: this module runs in Node. The command imports the
 * widgets' code only through this file (eslint.config.js refuses a deeper
 * import), so what it relies on is listed in one place. Two exceptions:
 * server rendering, which needs the elements themselves, and the embed
 * snippet, bundled for the browser, which imports the attribute defaults
 * alone.
 */

// The feed: its shape and limits.
export { FEED_VERSION, LIMITS, isIdText, isIsoDate, isIsoDateText, isObject, newsroomReleaseSchema, topicNameSchema } from './feed/schema.js';
export type { LocalizedText, Release, TopicName } from './feed/schema.js';

// Checking a feed, and the issues found.
export { allKnown, examineFeed, validateFeed } from './feed/validate.js';
export type { Examination, Feed } from './feed/validate.js';
export { check, pathToString } from './feed/check.js';
export type { Path } from './feed/check.js';
export type { FeedIssue } from './feed/errors.js';
export { checkArchives } from './feed/archive-index.js';
export type { ArchiveEntry } from './feed/archive-index.js';

// Reading a feed: localized text, order, summaries, dates, embargo, inline markdown, URLs.
export { Resolver, foreignLang, sortReleases } from './feed/resolve.js';
export { releaseSummary } from './feed/summary.js';
export { parseWhen } from './feed/edtf.js';
export { heldBack } from './feed/embargo.js';
export type { HeldBecause } from './feed/embargo.js';
export { parseInline } from './feed/inline-markdown.js';
export type { InlineNode } from './feed/inline-markdown.js';
export { mailtoHref, safeUrl, telHref } from './feed/safe-url.js';

// Locales and the words of pages, the embed page and the preview.
export { loadMessages, supportedLocales } from './i18n/messages.js';
export type { Locale } from './i18n/messages.js';
export { matchLocale } from './i18n/locale.js';
export { localeRow } from './i18n/locale-table.js';
export { formatPublished } from './i18n/published.js';
export { pageText } from './i18n/page-text.js';
export { mediaKitText } from './i18n/media-kit-text.js';
export type { FileKind, MediaKitFile, MediaKitWords } from './i18n/media-kit-text.js';
export type { PageText } from './i18n/page-text.js';
export { embedText } from './i18n/embed-text.js';
export type { EmbedText } from './i18n/embed-text.js';
export { previewText } from './i18n/preview-text.js';
export type { PreviewText } from './i18n/preview-text.js';

// The elements' attribute defaults, which the embed page's form starts from.
export * from './shared/attribute-defaults.js';

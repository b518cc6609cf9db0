/** The loading, error and empty states every element shows the same way. */
import { html, nothing } from 'lit';
import { msg, str } from '../i18n/messages.js';
import { formatPublished } from '../i18n/published.js';
import type { FeedError, FeedErrorCode } from '../feed/errors.js';

/**
 * A skeleton that holds the space the content will take, so nothing jumps
 * when it arrives: the element's `base` while all of it loads, or `part`
 * (`status`) when it stands inside the base for a part that loads.
 */
export function renderSkeleton(lines: number, part = 'base') {
  return html`<div part=${part} class="skeleton" aria-busy="true">
    <span role="status" class="visually-hidden">${msg('Loading…', { id: 'loading', desc: 'Announced while the news feed loads' })}</span>
    ${Array.from({ length: lines }, () => html`<span aria-hidden="true"></span>`)}
  </div>`;
}

function reason(code: FeedErrorCode): string {
  switch (code) {
    case 'network':
      return msg('The feed is unreachable.', {
        id: 'error-network',
        desc: 'Error reason: network failure. Follows the headline "The news could not be loaded.": do not repeat its verb',
      });
    case 'http':
      return msg('The feed server answered with an error.', { id: 'error-http', desc: 'Error reason: HTTP error status' });
    case 'timeout':
      return msg('The feed took too long to arrive.', { id: 'error-timeout', desc: 'Error reason: timeout' });
    case 'parse':
      return msg('The feed is not valid JSON.', { id: 'error-parse', desc: 'Error reason: the file is not JSON' });
    case 'version':
      return msg('The feed is in a version this widget cannot read.', { id: 'error-version', desc: 'Error reason: unsupported feed version' });
    case 'schema':
      return msg('The feed is not in the expected format.', { id: 'error-schema', desc: 'Error reason: the feed has the wrong shape' });
    case 'too-large':
      return msg('The feed is too large to show.', { id: 'error-too-large', desc: 'Error reason: over the size limits' });
    case 'not-found':
      return msg('The requested release is not in the feed.', {
        id: 'error-not-found',
        desc: 'Shown alone when a release id is not in the feed (the feed itself loaded)',
      });
  }
}

/**
 * A short, localized, politely announced message: a headline and the reason;
 * `headline` replaces the generic one. Not found is one sentence: the feed
 * did load, only the item is missing.
 */
export function renderError(error: FeedError | undefined, headline?: string) {
  if (!error) return nothing;
  // A feed refused for its `language` says so: the fix is one field.
  const why =
    error.code === 'schema' && error.issues.some((issue) => issue.path === 'language')
      ? msg('The feed’s language code is not valid.', {
          id: 'error-language',
          desc: 'Error reason: the feed\'s "language" field is not a language code such as lv, en or pt-BR',
        })
      : reason(error.code);
  const text =
    error.code === 'not-found'
      ? (headline ?? why)
      : `${headline ?? msg('The news could not be loaded.', { id: 'error-generic', desc: 'Generic error message of a widget; a reason follows it' })} ${why}`;
  return html`<p class="status" part="status" role="status" data-code=${error.code}>${text}</p>`;
}

/** `saved-copy`: the quiet note above a feed shown from the copy saved at `savedAt`. */
export function renderSavedNote(savedAt: string | undefined, locale: string) {
  if (!savedAt) return nothing;
  const date = formatPublished(savedAt, locale);
  return html`<p class="saved" part="status" role="status">${msg(str`Shown from a saved copy of ${date}`, { id: 'saved-copy', desc: 'Note above news shown from a copy saved in the browser, because the feed cannot be loaded now; the placeholder is the date it was saved' })}</p>`;
}

/**
 * The search box of a language index page. A form in the page, hidden until
 * its script (search-client.ts, at assets/search.js) has started, so a page
 * without JavaScript shows no box that cannot work. Its words are the page's
 * own (page-text.ts, localized through the XLIFF catalogue), handed to the
 * script in data attributes; results are announced in a status region.
 */
import type { PageText } from '../../../src/core.js';
import { escapeHtml } from './escape.js';

/** The script that runs the search box, inside the site. */
export const searchScriptPath = 'assets/search.js';

/** The `<script>` of a page with a search box, `up` leading to the site root. */
export const searchScript = (up: string) => `<script type="module" src="${up}${searchScriptPath}"></script>`;

/** The search box's markup. */
export function searchBox({ search }: PageText): string {
  const words = { found: search.found, none: search.none, failed: search.failed };
  const data = Object.entries(words)
    .map(([name, text]) => `data-${name}="${escapeHtml(text)}"`)
    .join(' ');
  return [
    `<form id="search" class="search" role="search" hidden ${data}>`,
    `<label for="search-words">${escapeHtml(search.label)}</label>`,
    '<input id="search-words" type="search" name="q" required autocomplete="off" enterkeyhint="search">',
    `<button type="submit">${escapeHtml(search.button)}</button>`,
    '<p id="search-status" role="status"></p>',
    '<ol id="search-results" hidden></ol>',
    '</form>',
  ].join('\n');
}

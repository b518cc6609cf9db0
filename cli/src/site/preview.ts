/**
 * A preview site (`kopiena build --drafts`): every page asks search engines
 * not to index it (`<meta name="robots" content="noindex">`, beside the
 * host headers and robots.txt that say the same) and says at its top, in its
 * own language, that it is a preview with drafts and embargoed releases.
 * The page is parsed (htmlparser2) to find where both go; the banner's words
 * come from the catalogue and are escaped.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { type Locale, matchLocale } from '../../../src/core.js';
import { escapeHtml } from './escape.js';

/**
 * `html` marked as a preview page: noindex (after `<meta charset>`, or in place of the page's own robots meta, e.g. a
 * frame's `noindex, indexifembedded`, which a preview must not keep), the banner first in `<body>`. `banner` gives
 * the words of a page's language.
 */
export function markPreview(html: string, banner: (locale: Locale) => string, fallback: Locale): string {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const charset = DomUtils.findOne((element) => element.name === 'meta' && element.attribs.charset !== undefined, document.children);
  const robots = DomUtils.findAll((element) => element.name === 'meta' && element.attribs.name === 'robots', document.children);
  const body = DomUtils.findOne((element) => element.name === 'body', document.children);
  const root = DomUtils.findOne((element) => element.name === 'html', document.children);
  if (!charset || charset.endIndex === null || !body || body.startIndex === null) throw new Error('a preview page needs <meta charset> and <body>');
  const locale = matchLocale(root?.attribs.lang) ?? fallback;
  const noindex = '<meta name="robots" content="noindex">';
  // Edits as [from, to, text], applied from the end so that earlier indices stay valid.
  const edits: [number, number, string][] = robots.length
    ? robots.map((element, index) => [element.startIndex!, element.endIndex! + 1, index === 0 ? noindex : ''])
    : [[charset.endIndex + 1, charset.endIndex + 1, `\n    ${noindex}`]];
  // The start tag of <body> ends at its first '>': its attributes are the page's own, never feed text.
  const bodyOpen = html.indexOf('>', body.startIndex) + 1;
  edits.push([bodyOpen, bodyOpen, `\n    <p class="preview-banner" role="note">${escapeHtml(banner(locale))}</p>`]);
  return edits.sort(([a], [b]) => b - a).reduce((page, [from, to, text]) => page.slice(0, from) + text + page.slice(to), html);
}

/** robots.txt of a preview: nothing to crawl, no sitemap. */
export const previewRobotsTxt = (): string => 'User-agent: *\nDisallow: /\n';

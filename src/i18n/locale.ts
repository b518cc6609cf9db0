/**
 * Which locale a widget speaks: its `lang`, else the nearest ancestor's
 * (across shadow roots), else the page's, else the browser's, else `en`.
 */
import { supportedLocales, type Locale } from './messages.js';

/** Best supported match of a BCP 47 tag: `lv-LV` → `lv`; none → undefined. */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  const base = lower.split(/[-_]/)[0];
  return supportedLocales.find((locale) => locale === lower) ?? supportedLocales.find((locale) => locale === base);
}

let pageLang: string | undefined;

/**
 * The page's own language. An in-page translator such as Google Translate
 * rewrites `<html lang>` to the language it translates into (and marks
 * `<html>` with a `translated-ltr`/`-rtl` class); the widget keeps the
 * language the page was written in. A page can also pin it with
 * `data-localize-lang`, as Lion does.
 */
function htmlLang(html: Element): string | null {
  const pinned = html.getAttribute('data-localize-lang');
  if (pinned) return pinned;
  if (/\btranslated-(ltr|rtl)\b/.test(html.className) && pageLang !== undefined) return pageLang;
  return (pageLang = html.getAttribute('lang') ?? '');
}

/** The language tag that applies to `element`: its own, an ancestor's (across shadow roots), or the page's. */
export function declaredLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node === document.documentElement ? htmlLang(node) : node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

export function resolveLocale(element: Element): Locale {
  const declared = declaredLang(element);
  if (declared !== undefined) return matchLocale(declared) ?? 'en';
  for (const tag of globalThis.navigator?.languages ?? []) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return 'en';
}

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

/**
 * The language tag that applies to `element`. An in-page translator such as
 * Google Translate rewrites `<html lang>` to the language it translates into;
 * a page can pin its real language with `data-localize-lang` (as Lion does).
 */
export function declaredLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node === document.documentElement ? (node.getAttribute('data-localize-lang') ?? node.getAttribute('lang')) : node.getAttribute('lang');
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

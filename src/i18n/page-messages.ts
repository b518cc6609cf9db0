/**
 * The words of the command's pages (landing and embed pages, `kopiena
 * build`): messages with ids `page-…` and `embed-…`. Translators find them in
 * the same XLIFF file as the widgets' messages, but `npm run localize:build`
 * (scripts/build/localize.js) writes them to src/generated/pages/<code>.ts,
 * which only this module imports and the widgets never do: the page words
 * do not grow the widgets' locale chunks.
 */
import type { TemplateMap } from '@lit/localize';
import { sourceLocale } from '../generated/locale-codes.js';
import { activateMessages, addMessages, loadMessages, type Locale } from './messages.js';

const loaders: Record<Exclude<Locale, typeof sourceLocale>, () => Promise<{ templates: TemplateMap }>> = {
  lv: () => import('../generated/pages/lv.js'),
  ru: () => import('../generated/pages/ru.js'),
  lt: () => import('../generated/pages/lt.js'),
  et: () => import('../generated/pages/et.js'),
  uk: () => import('../generated/pages/uk.js'),
};

const loaded = new Set<Locale>([sourceLocale]);

/**
 * `words()` in `locale`: its `msg()` calls read the locale's widget and page
 * messages (some page words are the widgets' own, such as "Show more").
 */
export async function inPageLocale<T>(locale: Locale, words: () => T): Promise<T> {
  await loadMessages(locale);
  if (!loaded.has(locale)) {
    addMessages(locale, (await loaders[locale as Exclude<Locale, typeof sourceLocale>]()).templates);
    loaded.add(locale);
  }
  activateMessages(locale);
  try {
    return words();
  } finally {
    activateMessages(sourceLocale);
  }
}

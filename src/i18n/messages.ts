/**
 * Per-element message tables, with the messages, extraction and XLIFF of
 * @lit/localize.
 *
 * @lit/localize's runtime mode keeps one locale for the whole page, but an
 * lv release may sit beside an ru one. So kopiena's elements call kopiena's
 * own `msg()` (exported here): each element activates its locale's table for
 * the span of its own update (see LocaleController), and `msg()` reads
 * whatever table is active. It never touches @lit/localize's global `msg`
 * (installed once per page by `configureLocalization`), so an app that uses
 * @lit/localize itself may configure it before or after importing kopiena.
 * `lit-localize extract` still finds kopiena's calls: it recognizes `msg` by
 * its type (the `_LIT_LOCALIZE_MSG_` brand of `MsgFn`), not by its module.
 */
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { MsgFn, MsgOptions, StrResult, TemplateMap } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { addDatePhrases, type DatePhrases } from './dates.js';
import { measure } from '../shared/timing.js';

export { str } from '@lit/localize/internal/str-tag.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const supportedLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

const tables = new Map<Locale, TemplateMap | undefined>([[sourceLocale, undefined]]);
const pending = new Map<Locale, Promise<void>>();
let active: TemplateMap | undefined;

/** Options of a kopiena message: the id is required (see `msg`). */
export type MessageOptions = MsgOptions & { id: string };

/**
 * A string, or a `str` template with placeholders, in the active locale.
 * Every kopiena message has an explicit id, so the lookup needs none of
 * @lit/localize's runtime hashing (0.2 kB brotli less in the bundle; the
 * type requires the id, and test/localization.test.ts checks the XLIFF).
 * Translations of `str` templates number their placeholders, which may be reordered.
 */
export const msg = ((template: string | StrResult, options: MessageOptions): string => {
  const localized = active?.[options.id] as string | StrResult | undefined;
  if (typeof template === 'string') return (localized as string | undefined) ?? template;
  if (localized === undefined) return joinStringsAndValues(template.strings, template.values);
  return typeof localized === 'string' ? localized : joinStringsAndValues(localized.strings, template.values, localized.values as number[]);
}) as ((template: string | StrResult, options: MessageOptions) => string) & Pick<MsgFn, '_LIT_LOCALIZE_MSG_'>;

interface LocaleChunk {
  templates: TemplateMap;
  phrases: DatePhrases;
}

// Explicit imports so bundlers emit one small chunk per locale, next to the
// module (resolved from import.meta.url, so any path or CDN works).
const loaders: Record<Exclude<Locale, typeof sourceLocale>, () => Promise<LocaleChunk>> = {
  lv: () => import('./locales/lv.js'),
  ru: () => import('./locales/ru.js'),
  lt: () => import('./locales/lt.js'),
  et: () => import('./locales/et.js'),
  uk: () => import('./locales/uk.js'),
};

export const isLoaded = (locale: Locale): boolean => tables.has(locale);

/** Loads a locale's messages once; resolves at once when they are here. */
export function loadMessages(locale: Locale): Promise<void> {
  if (locale === sourceLocale || tables.has(locale)) return Promise.resolve();
  let loading = pending.get(locale);
  if (!loading) {
    const start = globalThis.KOPIENA_TIMING ? performance.now() : 0;
    loading = loaders[locale]().then(
      (chunk) => {
        if (globalThis.KOPIENA_TIMING) measure('locale chunk', start);
        tables.set(locale, chunk.templates);
        addDatePhrases(locale, chunk.phrases);
      },
      (error) => {
        pending.delete(locale);
        throw error;
      }
    );
    pending.set(locale, loading);
  }
  return loading;
}

/**
 * Adds messages to a loaded locale's table: the words of the command's pages
 * (src/i18n/page-messages.ts). The widgets never call it, so their bundle
 * leaves it out.
 */
export function addMessages(locale: Locale, templates: TemplateMap): void {
  tables.set(locale, { ...tables.get(locale), ...templates });
}

/** Makes `locale`'s messages the ones `msg()` returns until the next call. */
export function activateMessages(locale: Locale): void {
  active = tables.get(locale);
}

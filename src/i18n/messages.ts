/**
 * Per-element message tables for @lit/localize.
 *
 * @lit/localize's runtime mode keeps one locale for the whole page, but an
 * lv release may sit beside an ru one. So kopiena installs its own `msg`
 * implementation: each element activates its locale's table for the span
 * of its own update (see LocaleController), and `msg()` reads whatever
 * table is active. Messages, extraction and XLIFF stay @lit/localize's.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { MsgFn, MsgOptions, StrResult, TemplateMap } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { addDatePhrases, type DatePhrases } from './dates.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
export const supportedLocales: readonly Locale[] = [sourceLocale, ...targetLocales];

const tables = new Map<Locale, TemplateMap | undefined>([[sourceLocale, undefined]]);
const pending = new Map<Locale, Promise<void>>();
let active: TemplateMap | undefined;

/**
 * Every kopiena message has an explicit id, so the lookup needs none of
 * @lit/localize's runtime hashing (0.2 kB brotli less in the bundle;
 * test/localization.test.ts checks that no message lacks an id). Translations
 * of `str` templates number their placeholders, which may be reordered.
 */
function localizedMsg(template: string | StrResult, options?: MsgOptions): string {
  const localized = active?.[options?.id ?? ''] as string | StrResult | undefined;
  if (typeof template === 'string') return (localized as string | undefined) ?? template;
  if (localized === undefined) return joinStringsAndValues(template.strings, template.values);
  return typeof localized === 'string' ? localized : joinStringsAndValues(localized.strings, template.values, localized.values as number[]);
}

try {
  _installMsgImplementation(localizedMsg as MsgFn);
} catch {
  // Another copy of @lit/localize was configured first (an app using it too):
  // kopiena then renders its source messages rather than break that app.
}

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
    loading = loaders[locale]().then(
      (chunk) => {
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

/** Makes `locale`'s messages the ones `msg()` returns until the next call. */
export function activateMessages(locale: Locale): void {
  active = tables.get(locale);
}

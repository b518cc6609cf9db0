/**
 * Which language the command speaks to a coordinator: `--lang`, else the
 * source's language, else the environment's locale (LC_ALL, LC_MESSAGES,
 * LANG), else English. Languages it has no words for fall back to English.
 */
import { SPOKEN, type Spoken } from './catalogue.js';

/** The spoken language of a tag or locale name (`lv`, `lv-LV`, `ru_RU.UTF-8`), if it is one. */
export function spokenOf(value: unknown): Spoken | undefined {
  if (typeof value !== 'string') return undefined;
  const primary = value
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return SPOKEN.find((tag) => tag === primary);
}

/** The locale the environment names for messages, as POSIX reads it: the first of LC_ALL, LC_MESSAGES, LANG that is set. */
export function environmentLocale(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return value;
  }
  return undefined;
}

export interface LanguageChoice {
  /** `--lang` as given: when set, it decides (a language without words gets English). */
  flag?: string;
  /** The source's language (`language` of kopiena.yml or the feed). */
  source?: unknown;
  env?: Readonly<Record<string, string | undefined>>;
}

export function chooseLanguage({ flag, source, env = process.env }: LanguageChoice): Spoken {
  if (flag !== undefined) return spokenOf(flag) ?? 'en';
  return spokenOf(source) ?? spokenOf(environmentLocale(env)) ?? 'en';
}

const displayNames = new Map<Spoken, Intl.DisplayNames>();

/** A language's name in `locale` ("Latvian", "latviešu", "латышский"), or its tag when Intl has no name for it. */
export function languageName(tag: string, locale: Spoken): string {
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' })));
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** "a, b and c" in `locale`. */
export const listed = (items: readonly string[], locale: Spoken): string => new Intl.ListFormat([locale], { type: 'conjunction' }).format(items);

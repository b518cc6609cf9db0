/**
 * The language of an imported feed: `--lang` when given (it corrects a
 * feed that says the wrong one, with a warning), else what the feed says
 * (RSS `<language>`, Atom `xml:lang`, JSON Feed `language`, else the `lang`
 * its items' HTML or Atom entries carry), else a guess that the command
 * names in a warning (this computer's language, else English), so that a
 * German feed without a tag never silently becomes English.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { InputError } from '../errors.js';
import { languageTag } from '../source/layout.js';
import type { Told } from '../words/told.js';

/** The `lang` (or `xml:lang`) of the first element of an HTML fragment that has one. */
export function htmlLanguage(html: string): string | undefined {
  const find = (nodes: ChildNode[]): string | undefined => {
    for (const node of nodes) {
      if (node.type !== 'tag') continue;
      const element = node as Element;
      const lang = element.attribs.lang ?? element.attribs['xml:lang'];
      if (lang?.trim()) return lang.trim();
      const inner = find(element.children);
      if (inner) return inner;
    }
    return undefined;
  };
  return find(parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true }).children);
}

/** The language most of the items say they are in (the first said on a tie), if any says. */
export function itemsLanguage(languages: ReadonlyArray<string | undefined>): string | undefined {
  const counts = new Map<string, number>();
  for (const language of languages) if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  let best: string | undefined;
  for (const [language, count] of counts) if (best === undefined || count > counts.get(best)!) best = language;
  return best;
}

/** This computer's language from LC_ALL, LC_MESSAGES or LANG (`lv_LV.UTF-8` → lv); undefined for C, POSIX or none. */
export function environmentLanguage(env: Readonly<Record<string, string | undefined>> = {}): string | undefined {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((item) => item?.trim());
  const tag = value?.split('.')[0].split('@')[0].replaceAll('_', '-');
  if (!tag || tag === 'C' || tag === 'POSIX') return undefined;
  return languageTag(tag)?.split('-')[0];
}

export interface ImportLanguage {
  /** The primary language subtag the release files are named by. */
  language: string;
  /** A warning when the language was guessed, naming the guess. */
  warning?: Told;
}

/**
 * The language of the imported text: `given` (--lang), else the feed's own,
 * else a guess with a warning. A BCP 47 tag (`en_US` is read as en-US) of
 * which the primary language is kept, as the widgets speak it.
 * @param option how the command line named `given` (--lang, or its earlier name --language), for messages
 * @throws InputError when one that is said is not a tag (it names the release files, so `../x` must not pass)
 */
export function importLanguage(
  said: string | undefined,
  given: string | undefined,
  source: string,
  env: Readonly<Record<string, string | undefined>> = {},
  option = '--lang'
): ImportLanguage {
  const read = (text: string, where: string): string => {
    const tag = languageTag(text.trim().replaceAll('_', '-'));
    if (tag) return tag.split('-')[0];
    throw new InputError({ code: 'import-language-tag', value: text, option: where === option ? option : undefined, input: source });
  };
  if (given !== undefined) {
    // Given on the command line, it wins (a WordPress site left on en-US that writes Latvian), said aloud when the feed says otherwise.
    const language = read(given, option);
    const own = said?.trim() ? languageTag(said.trim().replaceAll('_', '-'))?.split('-')[0] : undefined;
    return own && own !== language
      ? { language, warning: { code: 'import-language-overridden', input: source, own, language, option } }
      : { language };
  }
  if (said?.trim()) return { language: read(said, source) };
  const guess = environmentLanguage(env) ?? 'en';
  return {
    language: guess,
    warning: { code: 'import-language-guessed', input: source, guess, fromComputer: guess !== 'en' },
  };
}

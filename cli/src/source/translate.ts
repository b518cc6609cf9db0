/**
 * Folding a translation file (`en.md`) into its release: each text field it
 * gives becomes the `en` entry of that field's localized text. Anything else
 * it gives must equal the release file's (a translator who copied lv.md and
 * translated the text is fine; a different date is a mistake).
 */
import { isDeepStrictEqual } from 'node:util';
import { isObject } from '../../../src/core.js';
import type { PathKey } from '../check/paths.js';
import type { Said } from '../words/said.js';
import { inEnglish } from '../words/speaker.js';
import { isTranslatable } from './layout.js';

export interface TranslationProblem {
  /** Inside the release. */
  path: PathKey[];
  message: string;
  said: Said;
}

type Json = Record<string, unknown>;

/** `base` (plain text in `baseLanguage`, or already localized) with `text` added in `language`. */
export function localize(base: unknown, baseLanguage: string, language: string, text: unknown): unknown {
  if (typeof base === 'string') return { [baseLanguage]: base, [language]: text };
  if (isObject(base)) return { ...base, [language]: text };
  return { [language]: text };
}

/**
 * Adds the translation `translation` (front matter and body of `language`.md)
 * to `release` in place; returns the problems, by path inside the release.
 */
export function addTranslation(release: Json, baseLanguage: string, language: string, translation: Json, baseFile: string): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const say = (path: PathKey[], said: Said) => problems.push({ path, message: inEnglish(said), said });
  const walk = (base: Json | unknown[], value: unknown, key: PathKey, path: PathKey[]) => {
    const container = base as Record<PathKey, unknown>;
    const current = container[key];
    if (isTranslatable(path)) {
      if (typeof value !== 'string') {
        say(path, { code: 'translation-not-text' });
      } else if (isObject(current) && current[language] !== undefined) {
        say(path, { code: 'translation-twice', language, file: baseFile });
      } else {
        container[key] = localize(current, baseLanguage, language, value);
      }
      return;
    }
    // The release's own wording of the contact labels holds only text: a translation may give it where the release file does not.
    if (current === undefined && isObject(value) && path.length === 2 && path[0] === 'contacts' && path[1] === 'labels') {
      const labels: Json = (container[key] = {});
      for (const [name, item] of Object.entries(value)) walk(labels, item, name, [...path, name]);
      return;
    }
    if ((isObject(value) || Array.isArray(value)) && !isDeepStrictEqual(current, value)) {
      if (!(isObject(current) || Array.isArray(current))) {
        say(path, { code: 'translation-extra', file: baseFile });
        return;
      }
      if (Array.isArray(value)) value.forEach((item, index) => walk(current, item, index, [...path, index]));
      else for (const [name, item] of Object.entries(value)) walk(current, item, name, [...path, name]);
      return;
    }
    if (!isDeepStrictEqual(current, value)) {
      say(path, { code: 'translation-differs', file: baseFile });
    }
  };
  for (const [name, value] of Object.entries(translation)) {
    if (name === 'id') continue;
    // A body the release file lacks may still be translated, paragraph by paragraph.
    if (name === 'body' && release.body === undefined && Array.isArray(value)) release.body = [];
    walk(release, value, name, [name]);
  }
  return problems;
}

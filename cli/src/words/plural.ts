/** A number with its word in the right form, by the CLDR plural rules of `locale` (never `n === 1` checks). */
import type { Spoken } from './catalogue.js';

const rules = new Map<Spoken, Intl.PluralRules>();

export function counted(locale: Spoken, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return `${n} ${forms[rule.select(n)] ?? forms.other}`;
}

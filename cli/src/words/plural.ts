/** A number with its word in the right form, by the CLDR plural rules of `locale` (never `n === 1` checks). */
import type { Spoken } from './catalogue.js';

const rules = new Map<Spoken, Intl.PluralRules>();

export function counted(locale: Spoken, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return `${n} ${forms[rule.select(n)] ?? forms.other}`;
}

/** A number with one decimal, as `locale` writes it: "0.3", "0,3". */
export const oneDecimal = (locale: Spoken, n: number): string =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

/** A size in megabytes with one decimal, written as `locale` writes numbers: "6.2 MB", "6,2 MB". */
export function megabytes(locale: Spoken, bytes: number, unit: string): string {
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
  return `${number} ${unit}`;
}

/** A whole number as `locale` writes it: "200,000", "200 000". */
export const whole = (locale: Spoken, n: number): string => new Intl.NumberFormat(locale).format(n);

/** A size in whole megabytes: "6 MB". */
export const wholeMegabytes = (bytes: number, unit = 'MB'): string => `${Math.round(bytes / (1024 * 1024))} ${unit}`;

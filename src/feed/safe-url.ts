/**
 * The only URLs kopiena puts into `href`: absolute http(s), mailto and tel.
 * Feed text is untrusted, so anything that needs cleaning is refused rather
 * than cleaned: `new URL()` would quietly strip tabs, newlines and control
 * characters ("java\tscript:") and that is exactly how filters are fooled.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The normalized href of an allowed absolute URL, else undefined. */
export function safeUrl(raw: unknown): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (typeof raw !== 'string' || /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/.test(raw)) return undefined;
  try {
    const url = new URL(raw);
    return ALLOWED.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `tel:` with only a leading `+` and the digits: "+371 26 825 598" → "tel:+37126825598". */
export function telHref(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 3 || /[^\d\s+().\-/]/.test(phone)) return undefined;
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits}`;
}

/** `mailto:` for a plausible single address, else undefined. */
export function mailtoHref(email: string): string | undefined {
  const address = email.trim();
  return /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/.test(address) ? `mailto:${address}` : undefined;
}

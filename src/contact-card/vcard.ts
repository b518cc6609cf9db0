/**
 * A vCard 4.0 (RFC 6350) for a contact, made in the browser: CRLF line ends,
 * UTF-8, text values escaped, lines folded at 75 octets without splitting a
 * character. The card is written without the DOM; `saveVCard` hands it to
 * the browser as a download.
 */
import type { Contact } from '../shared/contact-template.js';
import { mailtoHref, safeUrl, telHref } from '../feed/safe-url.js';

const encoder = new TextEncoder();

/** Escapes a text value (RFC 6350 §3.4): backslash, comma, semicolon, newline. */
const escape = (value: string) => value.replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\r?\n/g, '\\n');

/** Folds a content line into chunks of at most 75 octets (§3.2); continuations start with a space. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = out.length ? 74 : 75; // a continuation's leading space counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function toVCard(contact: Contact): string {
  const words = contact.name.trim().split(/\s+/);
  const family = words.length > 1 ? words.pop()! : '';
  const tel = contact.phone && telHref(contact.phone);
  const email = contact.email && mailtoHref(contact.email);
  const url = contact.organization?.url && safeUrl(contact.organization.url);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escape(contact.name.trim())}`,
    `N:${escape(family)};${escape(words.join(' '))};;;`,
    contact.organization && `ORG:${escape(contact.organization.name.text)}`,
    contact.role && `TITLE:${escape(contact.role.text)}`,
    tel && `TEL;VALUE=uri:${tel}`,
    email && `EMAIL:${email.slice('mailto:'.length)}`,
    url && `URL:${url}`,
    'END:VCARD',
  ];
  return lines
    .filter(Boolean)
    .map((line) => `${fold(line as string)}\r\n`)
    .join('');
}

/** "Arvita Jukša.vcf": the name as written, minus what file systems refuse. */
export function vcardFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim();
  return `${safe || 'contact'}.vcf`;
}

/** Downloads the contact's vCard, named after the person, from a link that is never in the page. */
export function saveVCard(contact: Contact): void {
  const url = URL.createObjectURL(new Blob([toVCard(contact)], { type: 'text/vcard;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = vcardFileName(contact.name);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

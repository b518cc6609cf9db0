/**
 * A person's e-mail address and phone number that the widgets would show as
 * plain text instead of a link: errors, since every partner page then loses
 * the way to reach them. The rules are the widgets' own (src/feed/safe-url.ts).
 */
import { isObject, mailtoHref, telHref } from '../../../src/core.js';
import { shown } from '../words/said.js';
import { finding, type Finding } from './finding.js';
import { pathToString } from './paths.js';

export function contactFindings(feed: Record<string, unknown>): Finding[] {
  const findings: Finding[] = [];
  if (!isObject(feed.people)) return findings;
  for (const [id, person] of Object.entries(feed.people)) {
    if (!isObject(person)) continue;
    const { email, phone } = person;
    if (typeof email === 'string' && !mailtoHref(email)) {
      findings.push(finding(pathToString(['people', id, 'email']), 'error', { code: 'email', value: shown(email) }));
    }
    if (typeof phone === 'string' && !telHref(phone)) {
      findings.push(finding(pathToString(['people', id, 'phone']), 'error', { code: 'phone', value: shown(phone) }));
    }
  }
  return findings;
}

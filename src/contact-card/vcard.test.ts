import { expect } from '@open-wc/testing';
import { fold, toVCard, vcardFileName } from './vcard.js';
import { contactFromFeed } from '../shared/contact-template.js';
import { Resolver } from '../feed/resolve.js';
import { validateFeed } from '../feed/validate.js';
import { seedFeed } from '../../test/helpers.js';

const arvita = {
  name: 'Arvita Jukša',
  role: { text: 'projekta „Darbīgās kopienas” vietējās kopienas koordinatore Daugavpilī', lang: 'lv' },
  organization: { name: { text: 'Izglītības iniciatīvu centrs', lang: 'lv' }, url: 'http://iic.lv/' },
  phone: '+371 26825598',
  email: 'arvita.juksa@inbox.lv',
};

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('vCard', () => {
  it('writes a vCard 4.0 byte for byte, with Latvian letters and a folded long role', () => {
    expect(toVCard(arvita)).to.equal(
      'BEGIN:VCARD\r\n' +
        'VERSION:4.0\r\n' +
        'FN:Arvita Jukša\r\n' +
        'N:Jukša;Arvita;;;\r\n' +
        'ORG:Izglītības iniciatīvu centrs\r\n' +
        // 75 octets, then a continuation line that starts with one space
        'TITLE:projekta „Darbīgās kopienas” vietējās kopienas koordinatore D\r\n' +
        ' augavpilī\r\n' +
        'TEL;VALUE=uri:tel:+37126825598\r\n' +
        'EMAIL:arvita.juksa@inbox.lv\r\n' +
        'URL:http://iic.lv/\r\n' +
        'END:VCARD\r\n'
    );
  });

  it('keeps every line within 75 octets and never splits a character', () => {
    const long = 'ā'.repeat(100);
    const lines = fold(`TITLE:${long}`).split('\r\n');
    expect(lines.every((line) => octets(line) <= 75)).to.equal(true);
    expect(lines.map((line, index) => (index ? line.slice(1) : line)).join('')).to.equal(`TITLE:${long}`);
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    const card = toVCard({ name: 'Anna', role: { text: 'a,b;c\\d\ne', lang: '' } });
    expect(card).to.contain('TITLE:a\\,b\\;c\\\\d\\ne\r\n');
    expect(card).to.contain('N:;Anna;;;\r\n');
  });

  it('leaves out what is missing or not a valid phone or e-mail', () => {
    const card = toVCard({ name: 'Anna Bērziņa', phone: 'call me', email: 'not-an-address' });
    expect(card).to.equal('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Bērziņa\r\nN:Bērziņa;Anna;;;\r\nEND:VCARD\r\n');
  });

  it("names the person as the feed writes the name in the reader's language", async () => {
    const { feed } = validateFeed(await seedFeed());
    const vcard = (locale: string) => toVCard(contactFromFeed(new Resolver(feed, locale), 'arvita-juksa')!);
    expect(vcard('ru')).to.contain('\r\nFN:Арвита Юкша\r\nN:Юкша;Арвита;;;\r\n');
    expect(vcard('lv')).to.contain('\r\nFN:Arvita Jukša\r\nN:Jukša;Arvita;;;\r\n');
    // No Russian name in the feed for English: the name as the feed's language writes it.
    expect(vcard('en')).to.contain('\r\nFN:Arvita Jukša\r\n');
  });

  it('names the file after the person, diacritics kept', () => {
    expect(vcardFileName('Arvita Jukša')).to.equal('Arvita Jukša.vcf');
    expect(vcardFileName('A/B: "C"?')).to.equal('AB C.vcf');
    expect(vcardFileName('  ')).to.equal('contact.vcf');
  });
});

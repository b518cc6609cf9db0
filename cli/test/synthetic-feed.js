// A feed of any number of releases for the build's tests and benchmark:
// the demo feed's project, people and organizations, and releases made from
// its one real release, each with its own id, date, localized title, body
// and activities, in every language asked for. Deterministic: the same
// arguments give the same feed.
import { readFileSync } from 'node:fs';

const demo = JSON.parse(readFileSync(new URL('../../test/fixtures/feed.json', import.meta.url), 'utf8'));

const titles = {
  lv: 'Daugavpils darbīgā kopiena iedvesmo',
  en: 'Daugavpils active community inspires',
  ru: 'Активное сообщество Даугавпилса вдохновляет',
  lt: 'Daugpilio aktyvi bendruomenė įkvepia',
  et: 'Daugavpilsi aktiivne kogukond innustab',
  uk: 'Активна громада Даугавпілса надихає',
};

/**
 * `count` releases in `languages`, one a day from 2015-01-01 (newest last in
 * the file: the build must sort). `compact` gives each release one short
 * paragraph and two activities, so 1,000 releases stay under the 5 MB limit.
 */
export function syntheticFeed(count, languages = ['lv', 'en', 'ru'], { compact = false } = {}) {
  const [template] = demo.releases;
  const localized = (text) => Object.fromEntries(languages.map((lang) => [lang, `${titles[lang] ?? titles.en} ${text}`]));
  const releases = Array.from({ length: count }, (_, index) => {
    const published = new Date(Date.UTC(2015, 0, 1 + index)).toISOString().slice(0, 10);
    return {
      ...template,
      id: `${published}-kopiena-${index + 1}`,
      published,
      title: localized(`(${index + 1})`),
      summary: localized(`— *kopsavilkums* ${index + 1}`),
      body: compact ? [localized(`— ${'teksts, текст, text. '.repeat(8)}`)] : template.body.slice(0, 2),
      activities: template.activities.slice(0, compact ? 2 : undefined).map((activity, number) => ({
        ...activity,
        when: `${published.slice(0, 7)}${number % 2 ? '' : `-${published.slice(8)}`}`,
        part: undefined,
      })),
    };
  });
  return { ...demo, releases };
}

// A generated project history for tests and the benchmark: `releases`
// press releases in three languages, one every 14 days going back from
// 2026-02-26, each with `activities` activities in the weeks before it.
// Split into an index with the newest `perPage` releases and archive pages
// of `perPage` releases each (docs/feed-format.md, "Feeds that grow"), or one page
// when `perPage` is 0.

const DAY = 86_400_000;
const NEWEST = Date.UTC(2026, 1, 26);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

const lorem = {
  lv: 'Kopiena satikās, lai kopā plānotu nākamos soļus un dalītos pieredzē ar kaimiņiem.',
  en: 'The community met to plan the next steps together and to share experience with the neighbours.',
  ru: 'Сообщество встретилось, чтобы вместе спланировать следующие шаги и поделиться опытом с соседями.',
};

function release(index, activities) {
  const published = NEWEST - index * 14 * DAY;
  const id = `${iso(published)}-release-${index}`;
  return {
    id,
    published: iso(published),
    place: 'Daugavpils',
    title: { lv: `Relīze numur ${index}`, en: `Release number ${index}`, ru: `Релиз номер ${index}` },
    summary: { lv: lorem.lv, en: lorem.en, ru: lorem.ru },
    // Six paragraphs of three sentences per language: about 9 kB a release (the seed's is 21 kB).
    body: [1, 2, 3, 4, 5, 6].map((paragraph) => ({
      lv: `${paragraph}. ${lorem.lv} ${lorem.lv} ${lorem.lv}`,
      en: `${paragraph}. ${lorem.en} ${lorem.en} ${lorem.en}`,
      ru: `${paragraph}. ${lorem.ru} ${lorem.ru} ${lorem.ru}`,
    })),
    contacts: { inquiries: 'anna', moreInformation: 'anna', preparedBy: 'anna' },
    about: ['org'],
    activities: Array.from({ length: activities }, (_, a) => ({
      id: `activity-${a}`,
      // Days 1…activities before the release, so activities and releases interleave across pages in time.
      when: iso(published - (a + 1) * DAY),
      title: { lv: `Aktivitāte ${index}.${a}`, en: `Activity ${index}.${a}`, ru: `Мероприятие ${index}.${a}` },
      participants: 10 + a,
      organizations: ['org'],
      people: ['anna'],
    })),
  };
}

const envelope = () => ({
  version: 1,
  language: 'lv',
  project: { id: 'history', name: { lv: 'Vēsture', en: 'History', ru: 'История' }, organizations: ['org'] },
  organizations: {
    org: { name: { lv: 'Organizācija', en: 'Organization', ru: 'Организация' }, about: { lv: lorem.lv, en: lorem.en, ru: lorem.ru } },
  },
  people: { anna: { name: 'Anna Bērziņa', organization: 'org', phone: '+371 20000000', email: 'anna@example.org' } },
});

/** Range of the activities of `releases` as EDTF days (activities are dated by day here). */
function activityRange(releases) {
  const days = releases.flatMap((r) => r.activities.map((a) => a.when)).sort();
  return days.length ? { count: days.length, from: days[0], to: days.at(-1) } : { count: 0 };
}

/**
 * @returns {{ index: object, pages: Map<string, object> }} the index document and each archive page by its path.
 */
export function makeHistory({ releases = 2000, perPage = 20, activities = 3 } = {}) {
  const all = Array.from({ length: releases }, (_, index) => release(index, activities));
  if (!perPage) return { index: { ...envelope(), releases: all }, pages: new Map() };
  const index = { ...envelope(), releases: all.slice(0, perPage), archives: [] };
  const pages = new Map();
  for (let start = perPage, page = 1; start < all.length; start += perPage, page++) {
    const chunk = all.slice(start, start + perPage);
    const path = `archive/${page}.json`;
    pages.set(path, { version: 1, releases: chunk });
    index.archives.push({
      url: path,
      from: chunk.at(-1).published,
      to: chunk[0].published,
      releases: chunk.length,
      activities: activityRange(chunk),
    });
  }
  return { index, pages };
}

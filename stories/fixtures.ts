/** Feeds for the stories, all local: the seed feed and generated ones. */
import seed from '../demo/feed.json';

export const feed = seed;

/** A URL whose request never settles, for the loading state (fetch is stubbed for it). */
export const NEVER = '/__kopiena-never__/feed.json';

let stubbed = false;
export function stubNeverEndingFetch(): void {
  if (stubbed) return;
  stubbed = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes(NEVER)
      ? new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))
      : original(input, init);
}

/** The seed feed with `count` activities in the seed release, on dates spread over years. */
export function manyActivities(count: number) {
  const copy = structuredClone(seed);
  const activities = copy.releases[0].activities;
  copy.releases[0].activities = Array.from({ length: count }, (_, index) => ({
    ...activities[index % activities.length],
    id: `activity-${index}`,
    when: `${2010 + (index % 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
  }));
  return copy;
}

/**
 * The seed feed with `count` releases, one a week back from the seed's, each
 * a copy of the seed release under a numbered title; every third of the
 * topic "libraries", one a draft, for `<release-list>`.
 */
export function manyReleases(count: number) {
  const copy = structuredClone(seed) as typeof seed & { topics?: Record<string, Record<string, string>> };
  const [release] = seed.releases;
  copy.topics = { libraries: { lv: 'Bibliotēkas', en: 'Libraries', ru: 'Библиотеки' } };
  copy.releases = Array.from({ length: count }, (_, index) => {
    const published = new Date(Date.parse(release.published) - index * 7 * 86_400_000).toISOString().slice(0, 10);
    return {
      ...release,
      id: `${published}-news-${index + 1}`,
      published,
      title: { lv: `Ziņa nr. ${index + 1}`, en: `News no. ${index + 1}`, ru: `Новость № ${index + 1}` },
      ...(index % 3 === 2 && { topics: ['libraries'] }),
      ...(index === 1 && { draft: true }),
    };
  });
  return copy;
}

/** The seed feed with very long words and paragraphs, to see wrapping. */
export function longTexts() {
  const copy = structuredClone(seed);
  const release = copy.releases[0];
  release.title = {
    lv: 'Ļoti garš virsraksts '.repeat(8).trim(),
    en: 'A very long title '.repeat(8).trim(),
    ru: 'Очень длинный заголовок '.repeat(8).trim(),
  };
  release.body = [...release.body, ...release.body];
  copy.people['arvita-juksa'].email = 'a.very.long.address.for.testing.wrapping@an-extremely-long-domain-name.example.org';
  return copy;
}

/** Over the limit of 10,000 releases: refused with code too-large. */
export function tooLarge() {
  const release = seed.releases[0];
  return { ...seed, releases: Array.from({ length: 10_001 }, (_, index) => ({ ...release, id: `r-${index}`, activities: [] })) };
}

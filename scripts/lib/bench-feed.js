// The benchmark's feed: `releases` releases of `perRelease` activities each,
// with every kind of date, plurals, badges, people and inline markdown
// (used by scripts/check/bench.js and bench-archives.js).
export function makeBenchFeed(RELEASES = 500, PER_RELEASE = 20) {
  const releases = Array.from({ length: RELEASES }, (_, r) => ({
    id: `release-${r}`,
    published: `20${10 + (r % 15)}-0${1 + (r % 9)}-1${r % 10}`,
    title: { lv: `Relīze ${r}`, en: `Release ${r}` },
    body: ['Teksts.'],
    activities: Array.from({ length: PER_RELEASE }, (_, a) => {
      const year = 2000 + ((r * PER_RELEASE + a) % 25);
      const month = String(1 + (a % 12)).padStart(2, '0');
      const forms = [`${year}-${month}-1${a % 10}`, `${year}-${month}`, `${year}-2${1 + (a % 4)}`, `${year}`];
      return {
        id: `activity-${a}`,
        when: forms[a % forms.length],
        ...(a % 3 === 0 ? { part: 'late' } : {}),
        title: { lv: `Aktivitāte ${r}.${a}`, en: `Activity ${r}.${a}` },
        description: 'Apraksts ar **treknu** tekstu un [saiti](https://example.org/).',
        participants: a * 3,
        ...(a % 5 === 0 ? { occurrences: 4, ongoing: true } : {}),
        organizations: ['org'],
        people: ['person'],
      };
    }),
  }));
  return {
    version: 1,
    language: 'lv',
    project: { id: 'bench', name: 'Bench', organizations: ['org'] },
    organizations: { org: { name: { lv: 'Organizācija', en: 'Organization' } } },
    people: { person: { name: 'Anna Bērziņa', organization: 'org' } },
    releases,
  };
}

/**
 * The lean feed: `releases` × `perRelease` activities with a short title and
 * one plain day each, nothing else (about 1.2 MB for 10,000): what most
 * partner pages show, where the cost that does not grow with the feed counts most.
 */
export function makeLeanFeed(RELEASES = 500, PER_RELEASE = 20) {
  const pad = (n) => String(n).padStart(2, '0');
  return {
    version: 1,
    language: 'lv',
    project: { id: 'lean', name: 'Lean' },
    releases: Array.from({ length: RELEASES }, (_, r) => ({
      id: `release-${r}`,
      published: `${2000 + (r % 25)}-${pad(1 + (r % 12))}-${pad(1 + (r % 28))}`,
      title: `Relīze ${r}`,
      activities: Array.from({ length: PER_RELEASE }, (_, a) => ({
        id: `activity-${a}`,
        when: `${2000 + ((r + a) % 25)}-${pad(1 + ((r * 7 + a) % 12))}-${pad(1 + ((r * 3 + a) % 28))}`,
        title: { lv: `Kopienas talka ${r}.${a}`, en: `Community clean-up ${r}.${a}` },
      })),
    })),
  };
}

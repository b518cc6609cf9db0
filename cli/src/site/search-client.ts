/**
 * The search box's script on a language index page (bundled to
 * assets/search.js). Loads Pagefind's search library from the site's own
 * `pagefind/` folder on the first search (nothing is fetched before), asks
 * the index of the page's language, and lists the matching landing pages.
 * Result text is set as textContent and the matched words are wrapped in
 * `<mark>` elements made with createElement: nothing from the index is
 * ever parsed as markup.
 */

interface PagefindResultData {
  url: string;
  content: string;
  locations: number[];
  meta: { title?: string };
}
interface Pagefind {
  options(options: { basePath: string; baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}
interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
}

const form = document.querySelector<HTMLFormElement>('#search')!;
const input = form.querySelector<HTMLInputElement>('#search-words')!;
const status = form.querySelector<HTMLElement>('#search-status')!;
const list = form.querySelector<HTMLOListElement>('#search-results')!;
const site = new URL('../', import.meta.url);
const folder = new URL('pagefind/', site);
/** Results shown at most; the index ranks them. */
const shownResults = 10;
/** Words of context shown around the first match. */
const excerptWords = 30;

// The pages require Trusted Types for script URLs; Pagefind starts its worker
// from a plain string, so this page allows exactly that one URL (and no other)
// through a default policy (csp.ts names 'default' for the pages with search).
const trustedTypes = (window as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
const worker = new URL('pagefind-worker.js', folder).href;
trustedTypes?.createPolicy('default', {
  createScriptURL(url) {
    if (new URL(url, document.baseURI).href !== worker) throw new TypeError(`blocked script URL ${url}`);
    return url;
  },
});

let loading: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const library = (await import(new URL('pagefind.js', folder).href)) as Pagefind;
    // Results link the site's own folder, wherever it is served from.
    await library.options({ basePath: folder.pathname, baseUrl: site.pathname });
    return library;
  })();
  return loading;
}

/** The words around the first match, the matched ones marked. */
function excerpt({ content, locations }: PagefindResultData): HTMLElement {
  const words = content.split(/\s+/);
  const first = locations[0] ?? 0;
  const start = Math.max(0, first - Math.floor(excerptWords / 3));
  const marked = new Set(locations);
  const paragraph = document.createElement('p');
  if (start > 0) paragraph.append('… ');
  words.slice(start, start + excerptWords).forEach((word, offset) => {
    if (offset) paragraph.append(' ');
    if (marked.has(start + offset)) paragraph.append(Object.assign(document.createElement('mark'), { textContent: word }));
    else paragraph.append(word);
  });
  if (start + excerptWords < words.length) paragraph.append(' …');
  return paragraph;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  item.append(link, excerpt(data));
  return item;
}

async function run(query: string): Promise<void> {
  list.replaceChildren();
  list.hidden = true;
  // Emptied first, so the same words after another search are announced again.
  status.textContent = '';
  try {
    const search = await (await pagefind()).search(query);
    const found = await Promise.all(search.results.slice(0, shownResults).map((result) => result.data()));
    list.replaceChildren(...found.map(resultItem));
    list.hidden = found.length === 0;
    status.textContent = (found.length ? form.dataset.found : form.dataset.none) ?? '';
  } catch {
    loading = undefined;
    status.textContent = form.dataset.failed ?? '';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const query = input.value.trim();
  if (query) void run(query);
});
form.hidden = false;

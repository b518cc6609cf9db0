/**
 * The script `kopiena serve` adds to the pages it serves (never to a built
 * site): it listens to the preview's event stream, reloads the page when a
 * new build is served and shows the source's problems over the page while
 * the last good build stays. Plain DOM with text only (no HTML from the
 * stream), so the pages' strict CSP and Trusted Types policy allow it; its
 * stylesheet comes from the preview server as well.
 */
interface PreviewState {
  /** The number of the build served; 0 before the first good one. */
  build: number;
  /** One line a problem, as the terminal shows it. */
  problems: string[];
  /** How many of them are errors (which stop the build). */
  errors: number;
  /** The panel's words, in the source's language (src/i18n/preview-text.ts). */
  words: { lang: string; heading: string; lastGood: string; firstBuild: string; hide: string };
}

const loadedBuild = Number((document.currentScript as HTMLScriptElement | null)?.dataset.build ?? '0');
let panel: HTMLElement | undefined;

function element<K extends keyof HTMLElementTagNameMap>(name: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(name);
  if (text !== undefined) made.textContent = text;
  if (className) made.className = className;
  return made;
}

function show(state: PreviewState): void {
  panel?.remove();
  panel = undefined;
  if (!state.errors) return;
  const stylesheet = element('link');
  stylesheet.rel = 'stylesheet';
  stylesheet.href = '/_kopiena/live.css';
  const { words } = state;
  panel = element('aside', undefined, 'kopiena-preview-problems');
  panel.lang = words.lang;
  panel.setAttribute('role', 'alert');
  panel.setAttribute('aria-labelledby', 'kopiena-preview-heading');
  const heading = element('h2', words.heading);
  heading.id = 'kopiena-preview-heading';
  const note = element('p', state.build ? words.lastGood : words.firstBuild);
  const list = element('ol');
  for (const line of state.problems) list.append(element('li', line));
  const hide = element('button', words.hide);
  hide.type = 'button';
  hide.addEventListener('click', () => panel?.remove());
  panel.append(stylesheet, heading, note, list, hide);
  document.body.append(panel);
}

const events = new EventSource('/_kopiena/events');
events.addEventListener('message', (event: MessageEvent<string>) => {
  const state = JSON.parse(event.data) as PreviewState;
  if (state.build !== loadedBuild) location.reload();
  else show(state);
});

/**
 * The embed page's script (bundled to embed/embed.js). Reads the form,
 * shows the chosen widget live and writes its snippet; copies it with the
 * Clipboard API, and when that is refused selects it and says how to copy.
 * Feed text never passes through here as markup: the preview is built with
 * createElement/setAttribute, the snippet is set as textContent.
 */
import { embedAttributes, embedSnippet, type EmbedChoice, type EmbedElement } from './embed-snippet.js';

const main = document.querySelector<HTMLElement>('main.embed')!;
const form = document.querySelector<HTMLFormElement>('#embed-form')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const snippet = document.querySelector<HTMLTextAreaElement>('#snippet')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const status = document.querySelector<HTMLElement>('#copy-status')!;

const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;

/** Addresses as the partner's page needs them: absolute (from --base-url, else from where this page is served). */
const site = main.dataset.site!;
const absolute = (pathInSite: string) =>
  main.dataset.baseUrl ? `${main.dataset.baseUrl}/${pathInSite}` : new URL(`${site}${pathInSite}`, document.baseURI).href;

function choice(forSnippet: boolean): EmbedChoice {
  const lang = value('lang');
  const feedPath = main.dataset.feedPath!;
  // `{id}` must stay literal, so the landing-page pattern is joined as text after resolving the folder.
  return {
    element: value('element') as EmbedElement,
    // The preview reads the feed beside this page (same origin); the snippet names its public address.
    feed: forSnippet ? absolute(feedPath) : `${site}${feedPath}`,
    lang,
    release: value('release'),
    releaseLayout: value('release-layout') as EmbedChoice['releaseLayout'],
    share: (form.elements.namedItem('share') as HTMLInputElement).checked,
    href: `${forSnippet ? absolute(`${lang}/`) : `${site}${lang}/`}{id}/`,
    group: value('group') as EmbedChoice['group'],
    order: value('order') as EmbedChoice['order'],
    limit: Number(value('limit')),
    contact: value('contact'),
    contactLayout: value('contact-layout') as EmbedChoice['contactLayout'],
  };
}

/** Shows the controls that apply to the chosen element; `*` (every release) only for the timeline. */
function showRelevant(element: EmbedElement): void {
  for (const part of form.querySelectorAll<HTMLElement>('[data-for]')) {
    const relevant = part.dataset.for!.split(' ').includes(element);
    part.hidden = !relevant;
    if (part instanceof HTMLFieldSetElement) part.disabled = !relevant;
  }
  const release = form.elements.namedItem('release') as HTMLSelectElement;
  for (const option of release.querySelectorAll<HTMLOptionElement>('option[data-only]')) {
    const allowed = option.dataset.only === element;
    option.hidden = !allowed;
    option.disabled = !allowed;
    if (!allowed && option.selected) release.value = 'latest';
  }
}

/** The shown widget's element and attributes, as embedAttributes() lists them. */
const describeWidget = (widget: Element | null) =>
  widget ? JSON.stringify([widget.localName, [...widget.attributes].map(({ name, value }) => [name, value === '' ? true : value])]) : '';

// The page comes with the default widget already in the preview: it is kept, not built a second time.
let shown = describeWidget(preview.firstElementChild);

function update(): void {
  const element = value('element') as EmbedElement;
  showRelevant(element);
  const text = embedSnippet(choice(true));
  snippet.textContent = text;
  snippet.value = text;
  // A widget is rebuilt only when its attributes change (a focus move or a repeated event is not a change).
  const attributes = embedAttributes(choice(false));
  const key = JSON.stringify([element, attributes]);
  if (key === shown) return;
  shown = key;
  const widget = document.createElement(element);
  for (const [name, attributeValue] of attributes) widget.setAttribute(name, attributeValue === true ? '' : attributeValue);
  preview.replaceChildren(widget);
  status.textContent = '';
}

function announce(message: string): void {
  // Emptied first, so that a second "Copied" is announced again.
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}

async function copy(): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(snippet.value);
    announce(status.dataset.copied!);
  } catch {
    // Refused (no permission, not a secure context): leave the code selected and say how to copy it.
    snippet.focus();
    snippet.select();
    announce(status.dataset.refused!);
  }
}

form.addEventListener('change', update);
form.addEventListener('input', update);
copyButton.addEventListener('click', () => void copy());
update();

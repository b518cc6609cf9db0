/**
 * The embed page's script (bundled to embed/embed.js). Reads the form,
 * shows the chosen widget live and writes each kind of snippet; each copy
 * button copies its own with the Clipboard API, and when that is refused
 * selects it and says how to copy (in the status beside that button).
 * Feed text never passes through here as markup: the preview is built with
 * createElement/setAttribute, the snippet is set as textContent.
 */
import {
  embedAttributes,
  frameConfig,
  frameTitle,
  snippetKinds,
  widgetKey,
  type EmbedChoice,
  type EmbedElement,
  type SnippetKind,
} from './embed-snippet.js';

const main = document.querySelector<HTMLElement>('main.embed')!;
const form = document.querySelector<HTMLFormElement>('#embed-form')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const code = document.querySelector<HTMLElement>('.embed-code')!;
/** Each snippet kind the page shows, with its code field and the status beside its copy button (a section without a field only explains). */
const snippets = [...code.querySelectorAll<HTMLElement>('[data-snippet]:has(textarea)')].map((section) => ({
  kind: section.dataset.snippet as SnippetKind,
  field: section.querySelector<HTMLTextAreaElement>('textarea')!,
  button: section.querySelector<HTMLButtonElement>('button[data-copy]')!,
  status: section.querySelector<HTMLElement>('[role="status"]')!,
}));

const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;
/** A choice the page may leave out (the topic, on a site without topics): `''` then. */
const optionalValue = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
/** The chosen option's `data-*` value (names in every language, written by the build). */
const chosen = (name: string, key: string) => (form.elements.namedItem(name) as HTMLSelectElement | null)?.selectedOptions[0]?.dataset[key];

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
    script: forSnippet ? absolute(main.dataset.scriptPath!) : `${site}${main.dataset.scriptPath!}`,
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
    count: Number(value('count')),
    topic: optionalValue('topic'),
    site: forSnippet ? absolute('') : site,
    frameTitle: '',
    newest: main.dataset.newest!,
  };
}

/** The frame's title in the chosen language, from the names the build wrote on the options. */
function withFrameTitle(partial: EmbedChoice): EmbedChoice {
  const suffix = partial.lang.charAt(0).toUpperCase() + partial.lang.slice(1);
  const release = chosen('release', `title${suffix}`);
  const person = chosen('contact', `name${suffix}`);
  const topic = chosen('topic', `topic${suffix}`);
  const names = {
    project: chosen('lang', 'project')!,
    timeline: chosen('lang', 'timeline')!,
    list: chosen('lang', 'list')!,
    ...(release ? { release } : {}),
    ...(person ? { person } : {}),
    ...(topic ? { topic } : {}),
  };
  return { ...partial, frameTitle: frameTitle(frameConfig(partial), names) };
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

// The page comes with the default widget already in the preview, and says which (an upgraded
// element may reflect attributes of its own, so its attributes are not read back): it is kept, not built a second time.
let shown = preview.dataset.shown ?? '';

function update(): void {
  const element = value('element') as EmbedElement;
  showRelevant(element);
  const forSnippet = withFrameTitle(choice(true));
  for (const { kind, field } of snippets) {
    const text = snippetKinds[kind](forSnippet);
    field.textContent = text;
    field.value = text;
  }
  // A widget is rebuilt only when its attributes change (a focus move or a repeated event is not a change).
  const shownChoice = choice(false);
  const key = widgetKey(shownChoice);
  if (key === shown) return;
  shown = key;
  const widget = document.createElement(element);
  for (const [name, attributeValue] of embedAttributes(shownChoice)) widget.setAttribute(name, attributeValue === true ? '' : attributeValue);
  preview.replaceChildren(widget);
  for (const { status } of snippets) status.textContent = '';
}

function announce(status: HTMLElement, message: string): void {
  // Every other status emptied, and this one emptied first, so that a second "Copied" is announced again.
  for (const other of snippets) other.status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}

async function copy({ field, status }: (typeof snippets)[number]): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(field.value);
    announce(status, code.dataset.copied!);
  } catch {
    // Refused (no permission, not a secure context): leave the code selected and say how to copy it.
    field.focus();
    field.select();
    announce(status, code.dataset.refused!);
  }
}

form.addEventListener('change', update);
form.addEventListener('input', update);
for (const snippet of snippets) snippet.button.addEventListener('click', () => void copy(snippet));
update();

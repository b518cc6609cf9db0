/**
 * Defines `<release-list>` when the page first shows one: its code
 * (release-list.ts) is a chunk of its own, so pages without a list never
 * download it, and the kit every page loads stays within its budget. Lists
 * already on the page, or added later anywhere in the document, are found;
 * a list inside another component's shadow root is not: import
 * `kopiena/release-list.js` there (docs/elements.md).
 */
import { emit } from '../shared/events.js';

if (globalThis.document) {
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  check();

  function check(): void {
    if (!document.querySelector('release-list')) return;
    observer.disconnect();
    import('./release-list.js').catch((error: unknown) => {
      // The lists cannot draw: each says so to its page, as a feed that cannot be loaded would.
      for (const list of document.querySelectorAll('release-list'))
        emit(list, 'kopiena-error', { code: 'network', message: String(error), issues: [] });
    });
  }
}

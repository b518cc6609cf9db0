/**
 * Gives an element its locale and keeps it current. One MutationObserver and
 * one `languagechange` listener serve every widget on the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { activateMessages, isLoaded, loadMessages, type Locale } from './messages.js';
import { matchLocale, resolveLocale } from './locale.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function refreshAll(): void {
  for (const controller of controllers) controller.refresh();
}

function watch(controller: LocaleController): void {
  controllers.add(controller);
  if (observer) return;
  observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'data-localize-lang'],
    subtree: true,
  });
  window.addEventListener('languagechange', refreshAll);
}

function unwatch(controller: LocaleController): void {
  controllers.delete(controller);
  if (controllers.size || !observer) return;
  observer.disconnect();
  observer = undefined;
  window.removeEventListener('languagechange', refreshAll);
}

export class LocaleController implements ReactiveController {
  /** The locale the host renders in; it changes only once its messages are loaded. */
  value: Locale = 'en';
  /** False while the wanted locale's messages are still loading (show a skeleton, not English). */
  ready = true;

  #connected = false;

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    watch(this);
    this.refresh();
  }

  hostDisconnected(): void {
    this.#connected = false;
    unwatch(this);
  }

  /**
   * The locale to render in, with its messages active for `msg()`. Called at
   * the top of `render()`, so it also works under server rendering, where
   * the host is never connected: there only its own `lang` counts, and that
   * locale's messages must have been loaded beforehand.
   */
  use(): Locale {
    if (!this.#connected) {
      const own = matchLocale(this.#host.getAttribute?.('lang'));
      if (own && isLoaded(own)) this.value = own;
    }
    activateMessages(this.value);
    return this.value;
  }

  /** Re-reads the locale; re-renders the host once the new messages are here. */
  refresh(): void {
    const wanted = resolveLocale(this.#host);
    if (wanted === this.value && this.ready) return;
    if (isLoaded(wanted)) {
      this.value = wanted;
      this.ready = true;
      this.#host.requestUpdate();
      return;
    }
    if (this.ready && wanted !== this.value) {
      this.ready = false;
      this.#host.requestUpdate();
    }
    loadMessages(wanted).then(
      () => this.refresh(),
      () => {
        // A chunk that cannot load leaves the widget in the language it has.
        this.ready = true;
        this.#host.requestUpdate();
      }
    );
  }

  hostUpdate(): void {
    activateMessages(this.value);
  }
}

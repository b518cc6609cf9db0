/**
 * The client script of server-rendered landing pages: Lit's hydration
 * support first (it must patch LitElement before any element is defined),
 * then the page's locale, then the elements, so that their first client
 * render matches the server's and hydrates in place, with no fetch (the
 * feed is inline) and no layout shift.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { loadMessages } from './i18n/messages.js';
import { matchLocale } from './i18n/locale.js';

await loadMessages(matchLocale(document.documentElement.lang) ?? 'en');
await import('./index.js');

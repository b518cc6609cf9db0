/**
 * The frame pages' one script (bundled as a classic script to
 * frame/frame.js: a module script would need CORS in a sandboxed frame,
 * whose origin is opaque). It tells the parent page the frame's height
 * whenever it changes (first paint, hydration, a "Show more", a narrower
 * window), in two dialects:
 *
 * - WordPress's embed protocol (wp-embed.js on the parent, as for its own
 *   post embeds): `{ message: 'height', value, secret }` with the secret
 *   WordPress puts in the frame's URL (`#?secret=…`); the parent's
 *   `{ message: 'ready', secret }` is answered with the height; a link click
 *   is sent as `{ message: 'link', value, secret }` (the sandbox forbids the
 *   frame to navigate the page; WordPress does it for links to this site).
 * - for any other parent: `{ type: 'kopiena:height', height }`, answered
 *   again on `{ type: 'kopiena:ready' }` (frame/resizer.js does this).
 *
 * It touches no storage and no DOM sink, and runs under the page's strict CSP.
 */
const secret = /[#?&]secret=([A-Za-z0-9]{1,64})/.exec(location.hash)?.[1];
const framed = window.parent !== window;
let reported = -1;

/** The content's height in CSS pixels, rounded up (the body has no margin: frame.css). */
const contentHeight = () => Math.ceil(document.body.getBoundingClientRect().height);

function report(again = false): void {
  const height = contentHeight();
  if (!framed || (height === reported && !again)) return;
  reported = height;
  if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
  window.parent.postMessage({ type: 'kopiena:height', height }, '*');
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.source !== window.parent || typeof event.data !== 'object' || event.data === null) return;
  const data = event.data as { message?: unknown; secret?: unknown; type?: unknown };
  if ((data.message === 'ready' && secret && data.secret === secret) || data.type === 'kopiena:ready') report(true);
});

document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  // Links inside the widgets' shadow roots count too.
  const link = event.composedPath().find((target): target is HTMLAnchorElement => target instanceof HTMLAnchorElement && target.hasAttribute('href'));
  if (!link || link.protocol === 'javascript:') return;
  if (link.target === '_self') {
    // The language links stay in the frame: the secret goes along, so the next page still talks to the parent.
    if (!secret) return;
    event.preventDefault();
    location.href = `${link.href.split('#')[0]}#?secret=${secret}`;
  } else if (secret) {
    event.preventDefault();
    window.parent.postMessage({ message: 'link', value: link.href, secret }, '*');
  }
});

new ResizeObserver(() => report()).observe(document.body);

// A module to TypeScript (its own scope); esbuild bundles it as a classic script.
export {};

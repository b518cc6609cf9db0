/**
 * frame/resizer.js: the optional one line a partner adds beside the site's
 * iframes (`<script src="https://…/frame/resizer.js" async></script>`).
 * It sizes every iframe of this site's frame pages to the height the frame
 * reports (`{ type: 'kopiena:height', height }`, frame-client.ts), and asks
 * frames that loaded before it to report again. A message counts only from
 * the window of an iframe whose address is under this site's `frame/`, so
 * no other frame on the page can resize itself through it.
 */
(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script) return;
  // This script is <site>/frame/resizer.js: the frames are the iframes under <site>/frame/.
  const frames = new URL('./', script.src).href;
  const ours = () => [...document.querySelectorAll('iframe')].filter((frame) => frame.src.startsWith(frames));

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (typeof data !== 'object' || data === null || data.type !== 'kopiena:height' || typeof data.height !== 'number') return;
    const frame = ours().find((candidate) => candidate.contentWindow === event.source);
    // Bounded, so a broken frame cannot make the page absurdly long.
    if (frame && Number.isFinite(data.height)) frame.style.height = `${Math.min(Math.max(Math.ceil(data.height), 50), 20000)}px`;
  });
  for (const frame of ours()) frame.contentWindow?.postMessage({ type: 'kopiena:ready' }, '*');
})();

// A module to TypeScript (its own scope); esbuild bundles it as a classic script.
export {};

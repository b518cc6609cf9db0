/**
 * A strict Content-Security-Policy for every HTML page `kopiena build`
 * writes, as a `<meta http-equiv>` right after the charset, so it holds on
 * any static host without a header file. Nothing inline is allowed
 * wholesale (no 'unsafe-inline'): the pages load their script and
 * stylesheets from the site, and the inline `<style>` elements that
 * @lit-labs/ssr writes into the widgets' declarative shadow roots are
 * allowed by their SHA-256, computed from the page as it is written
 * (parsed with htmlparser2, so a style inside a `<template>` counts too).
 * Inline `style="…"` attributes could only be allowed with 'unsafe-hashes';
 * the pages have none. JSON and JSON-LD `<script>`s are data blocks, which
 * a policy does not govern.
 */
import { createHash } from 'node:crypto';
import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { searchScriptPath } from './search-box.js';

/** `<script type>` values that run (the HTML standard's JavaScript MIME types, the empty type, and `module`). */
const runs = (script: Element): boolean => {
  const type = (script.attribs.type ?? '').trim().toLowerCase();
  return type === '' || type === 'module' || /^(?:text|application)\/(?:x-)?(?:java|ecma)script$/.test(type);
};

/** The source of a hash: the element's text as a browser sees it (the HTML input stream turns CR and CRLF into LF). */
const hashSource = (element: Element): string =>
  `'sha256-${createHash('sha256').update(DomUtils.textContent(element).replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;

const distinct = (sources: string[]) => [...new Set(sources)].sort();

/** A page with the search box (search-box.ts) runs Pagefind. */
const searches = (scripts: Element[]) => scripts.some((script) => script.attribs.src?.endsWith(searchScriptPath) === true);

/** The policy that `html` meets: its inline styles and scripts by hash, everything else from the site itself. */
export function pagePolicy(html: string): string {
  const document = parseDocument(html);
  const styles = DomUtils.getElementsByTagName('style', document).map(hashSource);
  const allScripts = DomUtils.getElementsByTagName('script', document);
  const scripts = allScripts.filter((script) => script.attribs.src === undefined && runs(script)).map(hashSource);
  const search = searches(allScripts);
  return [
    "default-src 'none'",
    // Pagefind searches its index with WebAssembly, which a policy allows only with 'wasm-unsafe-eval'
    // (compiling WebAssembly, not JavaScript's eval). Only the pages with the search box get it.
    ["script-src 'self'", ...(search ? ["'wasm-unsafe-eval'"] : []), ...distinct(scripts)].join(' '),
    ["style-src 'self'", ...distinct(styles)].join(' '),
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    // The widgets write the DOM only through these Trusted Types policies (lit-html's and kopiena's own).
    "require-trusted-types-for 'script'",
    // On search pages also 'default': search-client.ts lets exactly Pagefind's worker URL through it.
    `trusted-types lit-html kopiena${search ? ' default' : ''} 'allow-duplicates'`,
  ].join('; ');
}

/** `html` with its policy as a `<meta http-equiv="Content-Security-Policy">` right after `<meta charset>`. */
export function withPolicy(html: string): string {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const charset = DomUtils.findOne((element) => element.name === 'meta' && element.attribs.charset !== undefined, document.children);
  if (!charset || charset.endIndex === null) throw new Error('a page without <meta charset> cannot carry its Content-Security-Policy');
  // Keywords in single quotes and base64: nothing in a policy needs escaping in a double-quoted attribute.
  const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${pagePolicy(html)}">`;
  return html.slice(0, charset.endIndex + 1) + meta + html.slice(charset.endIndex + 1);
}

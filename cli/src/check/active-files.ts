/**
 * A media kit's files are published on the site's own origin, so a file
 * that a browser runs as a document there could run a script with the
 * site's address: a web page, or an SVG drawing with a script inside (a
 * logo from a partner, say). Static hosts such as GitHub Pages send no
 * header that would stop it, so such a file is refused before it is
 * published, on every host alike.
 *
 * An SVG is read with @xmldom/xmldom, not searched as text: it is refused
 * when a browser could run anything in it (a script, an event handler
 * attribute, an embedded page or object, a `javascript:` link, or
 * declarations of its own in its document type, whose entities a browser
 * would expand into markup or links that this reading does not see; the
 * standard SVG 1.1 document type alone is fine). One that is not well-formed is
 * refused as damaged. Everything else, the drawings design programs
 * export, passes.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import type { FileSlip } from '../words/said.js';

/** Files a browser opens as a document of their own, able to hold a script (XML with the XHTML namespace too). */
const PAGE_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'xht', 'shtml', 'mht', 'mhtml', 'xml', 'xsl', 'xslt']);

/** Elements that run code or show another document. */
const ACTIVE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);

/** A link target that runs code when followed or loaded (control characters and spaces are ignored by browsers' URL parsers). */
const runsCode = (value: string) => {
  // eslint-disable-next-line no-control-regex -- browsers drop these before reading a URL's scheme
  const scheme = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return scheme.startsWith('javascript:') || scheme.startsWith('vbscript:') || scheme.startsWith('data:text/html');
};

function isActive(element: Element): boolean {
  if (ACTIVE_ELEMENTS.has((element.localName ?? element.nodeName).toLowerCase())) return true;
  for (const attribute of Array.from(element.attributes)) {
    const name = (attribute.localName ?? attribute.name).toLowerCase();
    if (name.startsWith('on')) return true;
    if ((name === 'href' || name === 'values' || name === 'to' || name === 'from') && runsCode(attribute.value)) return true;
  }
  return false;
}

function svgSlip(text: string): FileSlip | undefined {
  let broken = false;
  const document = (() => {
    try {
      return new DOMParser({ locator: false, onError: (level) => void (broken ||= level !== 'warning') }).parseFromString(text, 'image/svg+xml');
    } catch {
      broken = true;
      return undefined;
    }
  })();
  // Declarations of its own come first: this reading leaves their entities unexpanded (an error), a browser expands them.
  if (document?.doctype?.internalSubset) return { slip: 'active-content' };
  if (broken || !document?.documentElement) return { slip: 'damaged', format: 'SVG' };
  // Iteratively, depth-first: a drawing of many nested groups cannot overflow the stack.
  const pending: Element[] = [document.documentElement];
  for (let element = pending.pop(); element; element = pending.pop()) {
    if (isActive(element)) return { slip: 'active-content' };
    for (let child = element.firstChild; child; child = child.nextSibling) if (child.nodeType === child.ELEMENT_NODE) pending.push(child as Element);
  }
  return undefined;
}

/** Why a media-kit file read from the folder must not be published on the site, if it must not. */
export function activeFileSlip(src: string, bytes: Uint8Array): FileSlip | undefined {
  const extension = src.slice(src.lastIndexOf('.') + 1).toLowerCase();
  if (PAGE_EXTENSIONS.has(extension)) return { slip: 'web-page' };
  if (extension === 'svg') return svgSlip(new TextDecoder().decode(bytes));
  return undefined;
}

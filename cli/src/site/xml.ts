/**
 * XML documents (RSS, Atom, sitemap.xml) built as a DOM and written by
 * @xmldom/xmldom's XMLSerializer, never by joining strings: every text and
 * attribute value is escaped by the serializer, so feed text can never
 * close an element or open one (no CDATA sections, whose `]]>` a title could
 * end). Characters that XML 1.0 forbids are dropped first, and the
 * serializer runs with `requireWellFormed`, so a document it cannot write
 * well-formed is an error, never a broken file.
 */
import { DOMImplementation, XMLSerializer, type Element as XmlDomElement } from '@xmldom/xmldom';

/**
 * Anything outside XML 1.0's Char production: C0 controls but tab, LF and
 * CR, lone surrogates, U+FFFE and U+FFFF. (With the `u` flag a lone
 * surrogate is one code point, outside every allowed range.)
 */
const forbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text as XML can carry it: forbidden characters dropped, and line ends as
 * LF (an XML parser turns a literal CR or CRLF into LF anyway, so writing
 * LF keeps what is read back equal to what is written).
 */
export const xmlText = (text: string): string => text.replace(forbidden, '').replace(/\r\n?/g, '\n');

/** An element to write: a qualified name (`content:encoded`), attributes, and text or child elements. */
export interface XmlNode {
  name: string;
  attributes?: Readonly<Record<string, string>>;
  children?: ReadonlyArray<XmlNode | string>;
}

/** A shorthand for an XmlNode; `undefined` children are skipped, so optional parts read inline. */
export const element = (
  name: string,
  attributes: Readonly<Record<string, string>> = {},
  ...children: ReadonlyArray<XmlNode | string | undefined>
): XmlNode => ({ name, attributes, children: children.filter((child) => child !== undefined) });

const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/';

/**
 * Serializes `root` as a UTF-8 XML document. `namespaces` maps each prefix
 * used in element names (and `''`, the default) to its URI; they are
 * declared once, on the root. Elements whose children are all elements are
 * indented by two spaces, so a site kept in Git shows readable diffs.
 */
export function xmlDocument(root: XmlNode, namespaces: Readonly<Record<string, string>>): string {
  const namespaceOf = (name: string): string | null => {
    const colon = name.indexOf(':');
    const uri = namespaces[colon < 0 ? '' : name.slice(0, colon)];
    if (colon >= 0 && uri === undefined) throw new Error(`no namespace for ${name}`);
    return uri ?? null;
  };
  const document = new DOMImplementation().createDocument(namespaceOf(root.name), root.name, null);
  const fill = (target: XmlDomElement, node: XmlNode, depth: number) => {
    for (const [name, value] of Object.entries(node.attributes ?? {})) target.setAttribute(name, xmlText(value));
    const children = node.children ?? [];
    const indented = children.length > 0 && children.every((child) => typeof child !== 'string');
    for (const child of children) {
      if (indented) target.appendChild(document.createTextNode(`\n${'  '.repeat(depth + 1)}`));
      if (typeof child === 'string') target.appendChild(document.createTextNode(xmlText(child)));
      else {
        const created = document.createElementNS(namespaceOf(child.name), child.name);
        fill(created, child, depth + 1);
        target.appendChild(created);
      }
    }
    if (indented) target.appendChild(document.createTextNode(`\n${'  '.repeat(depth)}`));
  };
  const documentElement = document.documentElement!;
  for (const [prefix, uri] of Object.entries(namespaces)) documentElement.setAttributeNS(xmlnsNamespace, prefix ? `xmlns:${prefix}` : 'xmlns', uri);
  fill(documentElement, root, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(document, { requireWellFormed: true })}\n`;
}

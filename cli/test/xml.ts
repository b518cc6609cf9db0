// A strict XML parser for the tests: xmldom with every warning, error and
// fatal error thrown, so a file that any reader would have to repair fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export function parseStrictXml(text: string, name = 'the XML'): Document {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${name} is not strict XML (${level}): ${message}`);
    },
  });
  return parser.parseFromString(text, 'text/xml');
}

/** Every `.xml` file under `folder`, relative paths, sorted. */
export const xmlFilesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.xml'))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();

/** Parses every `.xml` file a build wrote; throws on the first that is not strict XML. */
export const parseEveryXmlFile = (folder: string): Map<string, Document> =>
  new Map(xmlFilesUnder(folder).map((path) => [path, parseStrictXml(readFileSync(join(folder, path), 'utf8'), path)]));

/** All elements of a document, in document order. */
export const allElements = (document: Document): Element[] => Array.from(document.getElementsByTagName('*'));

/**
 * JSON Feed 1.1, RSS 2.0 and Atom 1.0 (what WordPress and Ghost publish)
 * turned into a kopiena feed document: the feed becomes the project, each
 * item a release dated by its publication day, its HTML the inline subset.
 * XML is read with fast-xml-parser; nothing of the source is trusted:
 * links and images keep only http(s) URLs.
 */
import { XMLParser } from 'fast-xml-parser';
import { isObject, safeUrl } from '../../../src/core.js';
import { InputError } from '../errors.js';
import type { Told } from '../words/told.js';
import { altOf, htmlToLine, htmlToParagraphs, textToParagraphs } from './html.js';
import { firstBodyImage, isSiteIcon, largeEnough, type Size } from './images.js';
import { htmlLanguage, importLanguage, itemsLanguage } from './language.js';
import { slug } from './readable-id.js';

export { slug } from './readable-id.js';

export interface ForeignOptions {
  /** The language of the feed's text (--lang): for a feed that does not say, and over one that says another. */
  language?: string;
  /** How the command line named `language` (--lang, or --language), for messages. */
  languageOption?: string;
  /** The file or URL, for messages. */
  source: string;
  /** Told what the import had to guess or leave out (the language, a body picture of unknown size). */
  warn?: (told: Told) => void;
  /** Where the language is guessed from when neither the feed nor --lang says (LANG). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The size of a picture on the web, for a body picture whose HTML does not say (only when the feed itself came from the web). */
  sizeOf?: (url: string) => Promise<Size | undefined>;
}

/** Body pictures whose size is looked up on the web, at most, in one import. */
export const SIZE_LOOKUPS = 20;

type Json = Record<string, unknown>;

/** One item of any of the three formats, before it becomes a release. */
interface Item {
  title: string;
  date?: string;
  url?: string;
  html?: string;
  text?: string;
  summaryHtml?: string;
  image?: string;
  /** The language the item says it is in (JSON Feed 1.1 `language`, Atom `xml:lang` on the entry or its content). */
  language?: string;
  /** Its categories (RSS `<category>`, Atom `<category term label>`, JSON Feed `tags`): they become topics. */
  categories: string[];
}

interface Channel {
  title: string;
  url?: string;
  language?: string;
  items: Item[];
}

const asText = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (isObject(value) && typeof value['#text'] === 'string') return value['#text'];
  return undefined;
};
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** The day an item was published (the feed's own offset kept), as YYYY-MM-DD. */
function day(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const iso = date.trim();
  // RFC 3339 (Atom, JSON Feed) already starts with the author's local day.
  if (iso.length >= 10 && iso[4] === '-' && iso[7] === '-' && !Number.isNaN(Date.parse(iso))) return iso.slice(0, 10);
  const time = Date.parse(iso); // RFC 822 (RSS)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

function fromJsonFeed(json: Json): Channel {
  return {
    title: asText(json.title) ?? 'Imported feed',
    url: asText(json.home_page_url),
    language: asText(json.language),
    items: asList(json.items)
      .filter(isObject)
      .map((item) => ({
        title: asText(item.title) ?? '',
        date: asText(item.date_published) ?? asText(item.date_modified),
        url: asText(item.url) ?? asText(item.external_url),
        html: asText(item.content_html),
        text: asText(item.content_text),
        summaryHtml: asText(item.summary),
        image: asText(item.image) ?? asText(item.banner_image),
        language: asText(item.language),
        categories: asList(item.tags).flatMap((tag) => asText(tag) ?? []),
      })),
  };
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: true,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['item', 'entry', 'link', 'category', 'enclosure'].includes(name),
});

/** Atom `<link rel="alternate" href>` (or the first link without rel). */
const atomLink = (links: unknown): string | undefined => {
  const list = asList(links).filter(isObject);
  const alternate = list.find((link) => link['@rel'] === undefined || link['@rel'] === 'alternate');
  return asText(alternate?.['@href']);
};

function fromXml(text: string, source: string): Channel {
  let document: Json;
  try {
    document = xml.parse(text, true) as Json;
  } catch (error) {
    throw new InputError({ code: 'import-not-xml', input: source });
  }
  if (isObject(document.rss) && isObject(document.rss.channel)) {
    const channel = document.rss.channel;
    return {
      title: asText(channel.title) ?? 'Imported feed',
      url: asText(asList(channel.link).map(asText).find(Boolean)),
      language: asText(channel.language),
      items: asList(channel.item)
        .filter(isObject)
        .map((item) => ({
          title: asText(item.title) ?? '',
          date: asText(item.pubDate) ?? asText(item['dc:date']),
          url: asText(asList(item.link).map(asText).find(Boolean)) ?? asText(item.guid),
          html: asText(item['content:encoded']) ?? asText(item.description),
          summaryHtml: item['content:encoded'] !== undefined ? asText(item.description) : undefined,
          image: asText(
            asList(item.enclosure)
              .filter(isObject)
              .find((enclosure) => String(enclosure['@type'] ?? '').startsWith('image/'))?.['@url']
          ),
          categories: asList(item.category).flatMap((category) => asText(category) ?? []),
        })),
    };
  }
  if (isObject(document.feed)) {
    const feed = document.feed;
    const html = (value: unknown) => (isObject(value) && value['@type'] === 'text' ? undefined : asText(value));
    return {
      title: asText(feed.title) ?? 'Imported feed',
      url: atomLink(feed.link),
      language: asText(feed['@xml:lang']),
      items: asList(feed.entry)
        .filter(isObject)
        .map((entry) => ({
          title: asText(entry.title) ?? '',
          date: asText(entry.published) ?? asText(entry.updated),
          url: atomLink(entry.link),
          html: html(entry.content),
          text: isObject(entry.content) && entry.content['@type'] === 'text' ? asText(entry.content) : undefined,
          summaryHtml: html(entry.summary),
          language: asText(entry['@xml:lang']) ?? (isObject(entry.content) ? asText(entry.content['@xml:lang']) : undefined),
          // Atom names a category by its `term`; `label` is how it reads.
          categories: asList(entry.category)
            .filter(isObject)
            .flatMap((category) => asText(category['@label']) ?? asText(category['@term']) ?? []),
        })),
    };
  }
  throw new InputError({ code: 'import-unknown', input: source, json: false });
}

/** The item's own picture, unless it is a site icon. */
const ownImage = (item: Item): string | undefined => {
  const image = safeUrl(item.image);
  return image?.startsWith('http') && !isSiteIcon(image) ? image : undefined;
};

/**
 * Converts JSON Feed, RSS or Atom text into a kopiena feed document.
 * @throws InputError
 */
export async function fromForeignFeed(text: string, json: unknown, options: ForeignOptions): Promise<Json> {
  let channel: Channel;
  if (isObject(json) && typeof json.version === 'string' && json.version.startsWith('https://jsonfeed.org/version/1')) channel = fromJsonFeed(json);
  else if (json !== undefined) throw new InputError({ code: 'import-unknown', input: options.source, json: true });
  else channel = fromXml(text, options.source);

  const said =
    channel.language ?? itemsLanguage(channel.items.map((item) => item.language ?? (item.html === undefined ? undefined : htmlLanguage(item.html))));
  const { language, warning } = importLanguage(said, options.language, options.source, options.env, options.languageOption);
  if (warning) options.warn?.(warning);
  const used = new Set<string>();
  // Each category becomes a topic: its id readable from its name, its name as the feed writes it (the first spelling wins).
  const topics = new Map<string, string>();
  const topicOf = (category: string): string | undefined => {
    // A category is plain text (markup in it stays text), on one line.
    const name = category.trim().split(/\s+/).join(' ');
    if (!name) return undefined;
    const id = slug(name, '');
    if (!id) return undefined;
    if (!topics.has(id)) topics.set(id, name);
    return id;
  };
  let lookups = 0;
  const unsized: string[] = [];
  const releases: Json[] = [];
  for (const item of channel.items) {
    const published = day(item.date);
    const title = htmlToLine(item.title, item.url);
    if (!published || !title) continue;
    let id = `${published}-${slug(title)}`;
    for (let count = 2; used.has(id); count++) id = `${published}-${slug(title)}-${count}`;
    used.add(id);
    const body = item.html !== undefined ? htmlToParagraphs(item.html, item.url) : item.text !== undefined ? textToParagraphs(item.text) : [];
    const release: Json = { id, published, title };
    const summary = item.summaryHtml && htmlToLine(item.summaryHtml, item.url);
    if (summary && summary !== body[0]) release.summary = summary;
    if (body.length) release.body = body;
    const own = ownImage(item);
    if (own) {
      const alt = item.html === undefined ? undefined : altOf(item.html, own, item.url);
      release.image = alt ? { src: own, alt: textToParagraphs(alt).join(' ') } : { src: own };
    } else if (item.html !== undefined) {
      // The first picture of the body, when it is large enough for a share preview (images.ts).
      const picture = firstBodyImage(item.html, item.url);
      let size = picture?.size;
      if (picture && !size && options.sizeOf && lookups < SIZE_LOOKUPS) {
        lookups++;
        size = await options.sizeOf(picture.src);
      }
      if (picture && !size) unsized.push(id);
      if (picture && size && largeEnough(size))
        release.image = picture.alt ? { src: picture.src, alt: textToParagraphs(picture.alt).join(' ') } : { src: picture.src };
    }
    const url = safeUrl(item.url);
    if (url) release.links = [{ url }];
    const ids = [...new Set(item.categories.flatMap((category) => topicOf(category) ?? []))];
    if (ids.length) release.topics = ids;
    releases.push(release);
  }
  if (unsized.length) options.warn?.({ code: 'import-picture-unsized', releases: unsized });
  const project: Json = { id: slug(channel.title, 'project'), name: htmlToLine(channel.title) || 'Imported feed' };
  const home = safeUrl(channel.url);
  if (home) project.url = home;
  return { version: 1, language, project, ...(topics.size ? { topics: Object.fromEntries(topics) } : {}), releases };
}

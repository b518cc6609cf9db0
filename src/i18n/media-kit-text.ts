/**
 * The words of a landing page's media kit ("Photos and files", `kopiena
 * build`): what each attached file is, in the reader's words, and its
 * credit, license and size in pixels. Page words (ids `page-…`), so they
 * travel with the landing pages' own catalogue, never the widgets' chunks.
 */
import { msg, str, type Locale } from './messages.js';
import { inPageLocale } from './page-messages.js';

/** What a file is, as a reader names it; `other` is said with the file's extension. */
export type FileKind = 'jpeg' | 'png' | 'webp' | 'gif' | 'svg' | 'pdf' | 'zip' | 'word' | 'excel' | 'powerpoint' | 'video' | 'audio' | 'other';

export interface MediaKitFile {
  kind: FileKind;
  /** The file's extension in capitals (`ODT`), said for `other`; empty when it has none. */
  extension: string;
  credit?: string;
  license?: string;
  /** Width and height in pixels, already formatted in the page's locale. */
  pixels?: { width: string; height: string };
}

export interface MediaKitWords {
  heading: string;
  /** Per file, in the order given. */
  files: Array<{ type: string; credit?: string; license?: string; pixels?: string }>;
}

/** The type of a file in words. */
function typeWords(kind: FileKind, extension: string): string {
  switch (kind) {
    case 'jpeg':
      return msg('JPEG photo', {
        id: 'page-kit-jpeg',
        desc: 'Media kit on a landing page: the type of a downloadable file (a photo in JPEG format)',
      });
    case 'png':
      return msg('PNG image', { id: 'page-kit-png', desc: 'Media kit on a landing page: the type of a downloadable file (an image in PNG format)' });
    case 'webp':
      return msg('WebP image', {
        id: 'page-kit-webp',
        desc: 'Media kit on a landing page: the type of a downloadable file (an image in WebP format)',
      });
    case 'gif':
      return msg('GIF image', { id: 'page-kit-gif', desc: 'Media kit on a landing page: the type of a downloadable file (an image in GIF format)' });
    case 'svg':
      return msg('SVG image', {
        id: 'page-kit-svg',
        desc: 'Media kit on a landing page: the type of a downloadable file (a vector image, e.g. a logo)',
      });
    case 'pdf':
      return msg('PDF document', { id: 'page-kit-pdf', desc: 'Media kit on a landing page: the type of a downloadable file' });
    case 'zip':
      return msg('ZIP archive', { id: 'page-kit-zip', desc: 'Media kit on a landing page: the type of a downloadable file (a compressed folder)' });
    case 'word':
      return msg('Word document', { id: 'page-kit-word', desc: 'Media kit on a landing page: the type of a downloadable file (.doc, .docx)' });
    case 'excel':
      return msg('Excel spreadsheet', { id: 'page-kit-excel', desc: 'Media kit on a landing page: the type of a downloadable file (.xls, .xlsx)' });
    case 'powerpoint':
      return msg('PowerPoint presentation', {
        id: 'page-kit-powerpoint',
        desc: 'Media kit on a landing page: the type of a downloadable file (.ppt, .pptx)',
      });
    case 'video':
      return msg('MP4 video', { id: 'page-kit-video', desc: 'Media kit on a landing page: the type of a downloadable file (a video)' });
    case 'audio':
      return msg('MP3 audio', { id: 'page-kit-audio', desc: 'Media kit on a landing page: the type of a downloadable file (a sound recording)' });
    case 'other':
      return extension
        ? msg(str`${extension} file`, {
            id: 'page-kit-other',
            desc: 'Media kit on a landing page: the type of a downloadable file of another kind; the placeholder is its extension in capitals (ODT, TXT)',
          })
        : msg('file', {
            id: 'page-kit-file',
            desc: 'Media kit on a landing page: the type of a downloadable file whose name has no extension (said in brackets after its title, so in lower case)',
          });
  }
}

/** The media kit's words in `locale`, for `files`. */
export const mediaKitText = (locale: Locale, files: readonly MediaKitFile[]): Promise<MediaKitWords> =>
  inPageLocale(locale, () => ({
    heading: msg('Photos and files', {
      id: 'page-kit-heading',
      desc: 'Landing pages: heading of the media kit, the list of a press release’s photos, logos and documents for journalists to download',
    }),
    files: files.map(({ kind, extension, credit, license, pixels }) => ({
      type: typeWords(kind, extension),
      ...(credit
        ? {
            credit: msg(str`Credit: ${credit}`, {
              id: 'page-kit-credit',
              desc: 'Media kit on a landing page: who made a photo or file, to be named when it is published (the placeholder is a name)',
            }),
          }
        : {}),
      ...(license
        ? {
            license: msg(str`License: ${license}`, {
              id: 'page-kit-license',
              desc: 'Media kit on a landing page: the terms a file may be used under (the placeholder is e.g. CC BY 4.0)',
            }),
          }
        : {}),
      ...(pixels
        ? {
            pixels: msg(str`${pixels.width} × ${pixels.height} pixels`, {
              id: 'page-kit-pixels',
              desc: 'Media kit on a landing page: a photo’s width × height in pixels (the placeholders are numbers)',
            }),
          }
        : {}),
    })),
  }));

/**
 * The words of `kopiena serve`'s preview: the panel it shows over a page
 * while the source has errors, and the page it shows before the first good
 * build. Ids `page-preview-…`: built apart from the widgets' locale chunks
 * (see page-messages.ts), so the widgets never download them.
 */
import { msg, type Locale } from './messages.js';
import { inPageLocale } from './page-messages.js';

export interface PreviewText {
  /** The language of these words (the panel's `lang`). */
  lang: Locale;
  heading: string;
  lastGood: string;
  firstBuild: string;
  hide: string;
  waiting: string;
}

const words = (lang: Locale): PreviewText => ({
  lang,
  heading: msg('The site is not updated: your files have errors', {
    id: 'page-preview-heading',
    desc: 'kopiena serve, the local preview: heading of the panel shown over the page while the source files have errors',
  }),
  lastGood: msg('This is the last version that worked. Fix what is listed and save: this page reloads.', {
    id: 'page-preview-last-good',
    desc: 'kopiena serve: under the heading, when an earlier version of the site is shown; the errors are listed below it',
  }),
  firstBuild: msg('Fix what is listed and save: the site appears here.', {
    id: 'page-preview-first-build',
    desc: 'kopiena serve: under the heading, when the site has never been built; the errors are listed below it',
  }),
  hide: msg('Hide', { id: 'page-preview-hide', desc: 'kopiena serve: button that hides the panel of errors' }),
  waiting: msg('There is no site to show yet: the source files have errors, listed here and in the terminal.', {
    id: 'page-preview-waiting',
    desc: 'kopiena serve: the page shown before the site has been built once; the terminal is the command window',
  }),
});

/** The preview's words in `locale`. */
export const previewText = (locale: Locale): Promise<PreviewText> => inPageLocale(locale, () => words(locale));

/**
 * The words of the static landing pages (`kopiena build`): the same message
 * catalogue as the widgets, so translators find every string of a page in
 * the one XLIFF file of its language. The widgets never import this module,
 * and its own messages (ids `page-…`) are built apart from the widgets'
 * locale chunks (see page-messages.ts).
 */
import { msg, str, type Locale } from './messages.js';
import { inPageLocale } from './page-messages.js';

export interface PageText {
  /** `aria-label` of the page's navigation. */
  navigation: string;
  /** An index page's meta description when the project has no partnership line. */
  description: string;
  /** The index page's link to the embed page. */
  embed: string;
  /** An index page's link to the page of older releases (`kopiena build` splits long indexes): the timeline's own "Show more". */
  more: string;
  /** The search box on index pages: its label, button, and what it says after a search. */
  search: { label: string; button: string; found: string; none: string; failed: string };
  /** `aria-label` of a page's links to its topics' pages. */
  topics: string;
  /** The banner atop every page of a preview (`kopiena build --drafts`). */
  preview: string;
  /** The title of a timeline's frame page (`kopiena build`'s iframe embed): what a screen reader names the frame. */
  timelineFrame: string;
  /** The title of a list's frame page (the newest releases as teasers), named the same way. */
  listFrame: string;
}

/** The navigation's label, the same on every page of the site (the embed page too). */
export const navigationLabel = () =>
  msg('Navigation', {
    id: 'page-navigation',
    desc: 'Landing pages: aria-label of the navigation bar (links to the index and to the other languages)',
  });

/** The embed page's name: the index page's link to it and the embed page's own title. */
export const embedPageName = () =>
  msg('Embed on your site', {
    id: 'page-embed',
    desc: 'Landing pages: link from the index page to the page where a partner copies a widget’s code, and that page’s title',
  });

/** The page words of `locale`, with `project` (the project's name in that locale) in place. */
export const pageText = (locale: Locale, project: string): Promise<PageText> =>
  inPageLocale(locale, () => ({
    navigation: navigationLabel(),
    description: msg(str`Press releases, activities and contacts of ${project}.`, {
      id: 'page-description',
      desc: 'Landing pages: meta description of a language index page; the placeholder is the project name (quote it as the language does)',
    }),
    embed: embedPageName(),
    more: msg('Show more', { id: 'show-more', desc: 'Button that reveals the next page of activities' }),
    search: {
      label: msg('Search the releases', { id: 'page-search-label', desc: 'Landing pages: label of the search box on a language index page' }),
      button: msg('Search', { id: 'page-search-button', desc: 'Landing pages: button that runs the search (a verb)' }),
      found: msg('Releases that match:', { id: 'page-search-found', desc: 'Landing pages: said above the list of search results' }),
      none: msg('No release matches these words. Try other or fewer words.', {
        id: 'page-search-none',
        desc: 'Landing pages: said when a search finds no release',
      }),
      failed: msg('The search could not be loaded. Reload the page and try again.', {
        id: 'page-search-failed',
        desc: 'Landing pages: said when the search index could not be loaded',
      }),
    },
    topics: msg('Topics', {
      id: 'page-topics',
      desc: 'Landing pages: aria-label of the list of links to topic pages (the subjects a release belongs to, e.g. Libraries, Young people)',
    }),
    preview: msg('Preview with drafts and embargoed releases: not public, do not share.', {
      id: 'page-preview',
      desc: 'Banner atop every page of a preview site, which shows unpublished drafts and releases whose publication date has not come yet (an embargo)',
    }),
    timelineFrame: msg(str`Activities of ${project}`, {
      id: 'page-frame-timeline',
      desc: 'Embedded timeline (an iframe on a partner site): its title, which screen readers announce as the frame’s name; the placeholder is the project name',
    }),
    listFrame: msg(str`News from ${project}`, {
      id: 'page-frame-list',
      desc: 'Embedded list of the newest press releases (an iframe on a partner site): its title, which screen readers announce as the frame’s name; the placeholder is the project name',
    }),
  }));

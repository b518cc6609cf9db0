/**
 * The embed page's words (`kopiena build` writes `embed/`, where a partner
 * picks a widget and copies its code), from the same XLIFF catalogue as the
 * widgets. Ids `embed-…`: built apart from the widgets' locale chunks (see
 * page-messages.ts), so the widgets never download them.
 */
import { msg, str, type Locale } from './messages.js';
import { inPageLocale } from './page-messages.js';
import { embedPageName, navigationLabel } from './page-text.js';

export interface SnippetWords {
  heading: string;
  label: string;
  hint: string;
}

export interface EmbedText {
  title: string;
  description: string;
  intro: string;
  navigation: string;
  widget: string;
  element: string;
  elements: Record<'community-release' | 'release-list' | 'activity-timeline' | 'contact-card', string>;
  release: string;
  latest: string;
  allReleases: string;
  language: string;
  releaseOptions: string;
  layout: string;
  full: string;
  teaser: string;
  share: string;
  listOptions: string;
  count: string;
  topic: string;
  allTopics: string;
  timelineOptions: string;
  grouping: string;
  groups: Record<'none' | 'year' | 'month', string>;
  order: string;
  orders: Record<'desc' | 'asc', string>;
  limit: string;
  contactOptions: string;
  person: string;
  compact: string;
  fullCard: string;
  preview: string;
  code: string;
  /** Each kind of snippet the page offers (cli/src/site/embed-snippet.ts, snippetKinds): its heading, field label and hint. */
  snippets: { script: SnippetWords; iframe: SnippetWords; oembed: SnippetWords };
  /** Instead of the oEmbed link on a site built without --base-url. */
  oembedNeedsAddress: string;
  copy: string;
  copied: string;
  refused: string;
  relativeNote: string;
}

const codeLabel = () => msg('Code for your page', { id: 'embed-code-label', desc: 'Embed page: label of the text box with the code' });

const words = (project: string): EmbedText => ({
  title: embedPageName(),
  description: msg(str`Show ${project} press releases, activities and contacts on your own site: pick a widget, see it live and copy the code.`, {
    id: 'embed-description',
    desc: 'Embed page: meta description; the placeholder is the project name (quote it as the language does)',
  }),
  intro: msg(
    'Choose a widget, a release, a language and a layout, check the preview, then copy the code into your page’s HTML. The widget reads this site’s feed, so it stays up to date.',
    { id: 'embed-intro', desc: 'Embed page: the paragraph under the title. "Feed": the word the widgets use for the news feed' }
  ),
  navigation: navigationLabel(),
  widget: msg('Widget', { id: 'embed-widget', desc: 'Embed page: legend of the first group of choices (which widget, release, language)' }),
  element: msg('Element', { id: 'embed-element', desc: 'Embed page: label of the choice of widget (each option ends with its HTML element name)' }),
  elements: {
    'community-release': msg('Press release', { id: 'embed-element-release', desc: 'Embed page: the widget that shows one press release' }),
    'release-list': msg('List of the newest releases', {
      id: 'embed-element-list',
      desc: 'Embed page: the widget that shows the newest press releases as short teasers, with a "Show more" button',
    }),
    'activity-timeline': msg('Activity timeline', {
      id: 'embed-element-timeline',
      desc: 'Embed page: the widget that shows the activities in time order',
    }),
    'contact-card': msg('Contact card', { id: 'embed-element-contact', desc: 'Embed page: the widget that shows one person’s contact details' }),
  },
  release: msg('Release', { id: 'embed-release', desc: 'Embed page: label of the choice of press release' }),
  latest: msg('The newest release (changes with each new one)', {
    id: 'embed-latest',
    desc: 'Embed page: the first release option: the widget always shows the newest release',
  }),
  allReleases: msg('All releases', { id: 'embed-all-releases', desc: 'Embed page: release option of the timeline: the activities of every release' }),
  language: msg('Language of the widget', { id: 'embed-language', desc: 'Embed page: label of the choice of the widget’s language' }),
  releaseOptions: msg('Press release options', { id: 'embed-release-options', desc: 'Embed page: legend of the press release widget’s choices' }),
  layout: msg('Layout', {
    id: 'embed-layout',
    desc: 'Embed page: label of the choice of layout (a masculine noun in lv, lt, ru, uk: its options agree with it)',
  }),
  full: msg('Full text', { id: 'embed-full', desc: 'Embed page: layout option of a press release: the whole text' }),
  teaser: msg('Teaser with a “Read more” link', {
    id: 'embed-teaser',
    desc: 'Embed page: layout option of a press release: its start and a link to the rest ("Read more" as the widget says it)',
  }),
  share: msg('Show the share links (Facebook, copy link)', {
    id: 'embed-share',
    desc: 'Embed page: checkbox that adds the share links under a release',
  }),
  listOptions: msg('List options', { id: 'embed-list-options', desc: 'Embed page: legend of the list widget’s choices' }),
  count: msg('Releases shown at first', {
    id: 'embed-count',
    desc: 'Embed page: label of the number of releases the list shows before "Show more"',
  }),
  topic: msg('Topic', { id: 'embed-topic', desc: 'Embed page: label of the choice of the one topic whose releases the list shows' }),
  allTopics: msg('All topics', { id: 'embed-all-topics', desc: 'Embed page: topic option of the list: releases of any topic' }),
  timelineOptions: msg('Timeline options', { id: 'embed-timeline-options', desc: 'Embed page: legend of the timeline widget’s choices' }),
  grouping: msg('Grouping', { id: 'embed-grouping', desc: 'Embed page: label of the choice of how the timeline groups activities' }),
  groups: {
    none: msg('No groups', { id: 'embed-group-none', desc: 'Embed page: grouping option: one list' }),
    year: msg('By year', { id: 'embed-group-year', desc: 'Embed page: grouping option: a heading for each year' }),
    month: msg('By month', { id: 'embed-group-month', desc: 'Embed page: grouping option: a heading for each month' }),
  },
  order: msg('Order', { id: 'embed-order', desc: 'Embed page: label of the choice of the timeline’s order' }),
  orders: {
    desc: msg('Newest first', { id: 'embed-order-desc', desc: 'Embed page: order option (activities)' }),
    asc: msg('Oldest first', { id: 'embed-order-asc', desc: 'Embed page: order option (activities)' }),
  },
  limit: msg('Activities shown at first', {
    id: 'embed-limit',
    desc: 'Embed page: label of the number of activities the timeline shows before "Show more"',
  }),
  contactOptions: msg('Contact card options', { id: 'embed-contact-options', desc: 'Embed page: legend of the contact card widget’s choices' }),
  person: msg('Person', { id: 'embed-person', desc: 'Embed page: label of the choice of the person the contact card shows' }),
  compact: msg('Compact', { id: 'embed-compact', desc: 'Embed page: layout option of a contact card (agrees with "Layout")' }),
  fullCard: msg('Full, with a “Save contact” button', {
    id: 'embed-full-card',
    desc: 'Embed page: layout option of a contact card (agrees with "Layout"; "Save contact" as the widget says it)',
  }),
  preview: msg('Preview', { id: 'embed-preview', desc: 'Embed page: heading of the live preview of the chosen widget' }),
  code: msg('Code', { id: 'embed-code', desc: 'Embed page: heading of the section with the code to copy' }),
  snippets: {
    script: {
      heading: msg('Script', { id: 'embed-script-heading', desc: 'Embed page: heading of the code that loads the widget with a script tag' }),
      label: codeLabel(),
      hint: [
        msg('For a page where you can add HTML with a script.', {
          id: 'embed-script-where',
          desc: 'Embed page: which partner pages the script code is for (not those whose editor strips scripts)',
        }),
        msg('Paste it where the widget should appear. The script line is needed once per page, however many widgets it has.', {
          id: 'embed-paste-hint',
          desc: 'Embed page: how to use the code',
        }),
        msg('The script comes from this site, so your readers’ browsers ask no one else.', {
          id: 'embed-script-own',
          desc: 'Embed page: the script is served by this site itself, not by a third party (a privacy promise to the partner)',
        }),
      ].join(' '),
    },
    iframe: {
      heading: msg('Iframe', {
        id: 'embed-iframe-heading',
        desc: 'Embed page: heading of the code that shows the widget in an iframe (an HTML inline frame)',
      }),
      label: codeLabel(),
      hint: [
        msg('For site builders that take an iframe but no script, such as Wix, Google Sites and WordPress.com.', {
          id: 'embed-iframe-where',
          desc: 'Embed page: which partner sites the iframe code is for; the product names stay as they are',
        }),
        msg('The second line is optional: where your page allows a script, it makes the frame as tall as the widget.', {
          id: 'embed-iframe-resizer',
          desc: 'Embed page: the script line under the iframe only resizes the frame and may be left out',
        }),
      ].join(' '),
    },
    oembed: {
      heading: msg('Link for WordPress (oEmbed)', {
        id: 'embed-oembed-heading',
        desc: 'Embed page: heading of the link that WordPress turns into the widget; "oEmbed" stays as it is',
      }),
      label: msg('Link to paste', { id: 'embed-oembed-label', desc: 'Embed page: label of the text box with the link' }),
      hint: msg('Paste this link on a line of its own in a WordPress post or page: WordPress shows the widget in its place.', {
        id: 'embed-oembed-hint',
        desc: 'Embed page: how to use the oEmbed link',
      }),
    },
  },
  oembedNeedsAddress: msg('oEmbed needs this site’s public address: build the site with --base-url to get a link for WordPress.', {
    id: 'embed-oembed-needs-address',
    desc: 'Embed page: shown instead of the oEmbed link on a site built without an address; "oEmbed" and "--base-url" stay as they are',
  }),
  copy: msg('Copy code', { id: 'embed-copy', desc: 'Embed page: button that copies the code' }),
  copied: msg('Copied', { id: 'embed-copied', desc: 'Embed page: announced after the code was copied' }),
  refused: msg('Copying was not allowed. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.', {
    id: 'embed-refused',
    desc: 'Embed page: announced when the browser refused to copy',
  }),
  relativeNote: msg(
    'This site was built without --base-url, so the code uses the address this page was opened from. A partner’s site needs the feed’s absolute public address (starting with https://): check it before you copy.',
    {
      id: 'embed-relative-note',
      desc: 'Embed page: warning on a site built without an address; "--base-url" and "https://" stay as they are; "feed" as the widgets say it',
    }
  ),
});

/** The embed page's words in `locale`, with `project` (the project's name in that locale) in place. */
export const embedText = (locale: Locale, project: string): Promise<EmbedText> => inPageLocale(locale, () => words(project));

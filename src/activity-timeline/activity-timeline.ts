import { LitElement, html, nothing } from 'lit';
import { msg } from '../i18n/messages.js';
import { DEFAULT_TIMEOUT } from '../feed/load.js';
import { Resolver } from '../feed/resolve.js';
import type { Feed } from '../feed/validate.js';
import { formatWhen } from '../i18n/dates.js';
import { yearMonth } from '../i18n/intl.js';
import { LocaleController } from '../i18n/locale-controller.js';
import { occurrences, participants } from '../i18n/plurals.js';
import { define } from '../shared/define.js';
import { DEFAULT_GROUP, DEFAULT_LIMIT, DEFAULT_ORDER } from '../shared/attribute-defaults.js';
import { FeedController } from '../shared/feed-controller.js';
import { renderHeading } from '../shared/heading.js';
import { renderInline } from '../shared/inline-markdown-template.js';
import { renderError, renderSavedNote, renderSkeleton } from '../shared/states.js';
import { checkedInPart, timelineItems, type TimelineItem } from '../feed/activities.js';
import { groupKey, type Grouping } from './timeline-items.js';
import { styles } from './activity-timeline.styles.js';

/**
 * The activities of a project over time, from one release or all of them:
 * fuzzy dates in the reader's language, counts with correct plurals, and
 * only the shown page of items in the DOM, however long the feed.
 *
 * @summary A timeline of a project's activities from a kopiena feed.
 * @tag activity-timeline
 *
 * @slot - An optional `<script type="application/json">` holding the feed inline.
 *
 * @event kopiena-load - The activities (or the empty state) are shown and every activity is checked (a feed of more than 1,000 is shown first). `detail: { feed, issues }`.
 * @event kopiena-error - The timeline cannot be shown: `detail: { code, message, issues }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart group - One year or month group.
 * @csspart group-heading - The heading of a group.
 * @csspart list - An ordered list of activities.
 * @csspart item - One activity.
 * @csspart date - The date of an activity.
 * @csspart place - Where it took place.
 * @csspart title - The title of an activity.
 * @csspart description - Its description.
 * @csspart facts - Participants, occurrences and the "ongoing" badge.
 * @csspart badge - The "ongoing" badge.
 * @csspart people - Organizations and people taking part.
 * @csspart release - The release an activity belongs to.
 * @csspart link - Links inside descriptions.
 * @csspart more - The "Show more" button.
 * @csspart status - Loading, empty and error messages.
 *
 * @cssproperty --kopiena-timeline-line - Color of the vertical line.
 * @cssproperty --kopiena-timeline-dot - Color of the dots on the line.
 * @cssproperty --kopiena-color-accent - Links, the button, the badge and the focus ring.
 * @cssproperty --kopiena-font-family - Font of the widget.
 * @cssproperty --kopiena-font-size - Base font size (default `1rem`).
 * @cssproperty --kopiena-color-text - Text color.
 * @cssproperty --kopiena-color-muted - Secondary text.
 * @cssproperty --kopiena-color-background - Background of the widget.
 * @cssproperty --kopiena-color-surface - Background of the skeleton.
 * @cssproperty --kopiena-color-border - Borders.
 * @cssproperty --kopiena-color-danger - Marks error messages.
 * @cssproperty --kopiena-radius - Corner radius.
 * @cssproperty --kopiena-spacing - Base spacing unit.
 * @cssproperty --kopiena-max-width - Maximum width of the widget.
 */
export class ActivityTimeline extends LitElement {
  static override styles = styles;
  // Declared statically rather than with decorators: the same API, ~0.5 kB
  // less in the script-tag bundle (see README, Size).
  static override properties = {
    src: {},
    feed: { attribute: false },
    release: {},
    order: {},
    from: {},
    to: {},
    topic: {},
    limit: { type: Number },
    group: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    releaseHref: { attribute: 'release-href' },
    timeout: { type: Number },
    savedCopy: { type: Boolean, attribute: 'saved-copy' },
  };

  /** URL of the feed, resolved against the page. */
  src?: string;

  /** A feed object given directly; preferred over `src`. */
  feed?: unknown;

  /** A release id or `latest`; without it, the activities of every release. */
  release?: string;

  /** `desc` (newest first) or `asc`. */
  order: 'asc' | 'desc' = DEFAULT_ORDER;

  /** Shows only activities that may fall on or after this ISO date (`2020`, `2020-04`, `2020-04-01`). */
  from?: string;

  /** Shows only activities that may fall on or before this ISO date. */
  to?: string;

  /** A topic id of the feed: only the activities of releases of that topic. */
  topic?: string;

  /** How many activities a page shows; "Show more" reveals the next page. */
  limit: number = DEFAULT_LIMIT;

  /** `none`, `year` or `month`: group headings. */
  group: Grouping = DEFAULT_GROUP;

  /** Level of the group headings (items use the next level, or this one without groups). */
  headingLevel = 2;

  /** Link for an activity's release; `{id}` becomes the release id. Without it, the release is named, not linked. */
  releaseHref?: string;

  /** Milliseconds to wait for the feed. */
  timeout = DEFAULT_TIMEOUT;

  /** Keeps the last good feed in this site's localStorage and shows it when the feed cannot be loaded (README, Saved copy). */
  savedCopy = false;

  /** How many items "Show more" has revealed (0: the first page), how many the last render showed, and the item to focus once it is shown. */
  #shown = 0;
  #visible = 0;
  #focus?: number;

  readonly #locale = new LocaleController(this);
  readonly #feed = new FeedController(this, this.#locale);
  /** Sorted and filtered items of a feed in one file, kept until their inputs change. */
  #items?: TimelineItem[];
  #itemsKey: unknown[] = [];
  #inPart = false;

  #pageSize() {
    return Number.isInteger(this.limit) && this.limit > 0 ? this.limit : DEFAULT_LIMIT;
  }

  /**
   * `feed`: the index, or the archive page that holds the release asked for.
   * With archive pages and no release, the first `wanted` items of the whole
   * history (docs/feed-format.md, "Feeds that grow"), no `items` while the reader loads;
   * `wanted`: how many the reader asked to see.
   */
  #itemsFor(feed: Feed): { items?: TimelineItem[]; more?: boolean; wanted: number } {
    const { release, order, from, to, topic } = this;
    const query = { release, order, from, to, topic };
    const key = [feed, release, order, from, to, topic];
    if (key.some((value, index) => value !== this.#itemsKey[index])) {
      // The whole of a feed first shown checked in part (src/feed/validate.ts) keeps what "Show more" revealed.
      if (!this.#inPart || key.some((value, index) => index && value !== this.#itemsKey[index])) {
        this.#shown = 0;
        this.#focus = undefined;
      }
      this.#itemsKey = key;
      this.#items = undefined;
    }
    const wanted = Math.max(this.#shown, this.#pageSize());
    // One more than shown: whether "Show more" has anything to show.
    if (feed.archives?.length && !this.release) return { wanted, ...this.#feed.archives()?.activities(feed, query, wanted + 1) };
    // Of a feed checked in part only the first `wanted + 1` are known: found again when more are wanted.
    if ((this.#inPart = checkedInPart(feed))) this.#items = undefined;
    return { items: (this.#items ??= timelineItems(feed, query, wanted + 1)), wanted };
  }

  #showMore() {
    this.#focus = this.#visible;
    this.#shown = this.#visible + this.#pageSize();
    this.requestUpdate();
  }

  /** Focus moves to the first item "Show more" revealed, once it is rendered (an archive page may have to arrive first). */
  protected override updated() {
    const item = this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.#focus}"]`);
    if (item) {
      item.focus();
      this.#focus = undefined;
    }
  }

  #renderFacts({ activity }: TimelineItem) {
    const locale = this.#locale.value;
    const facts = [
      activity.participants !== undefined ? participants(activity.participants, locale) : undefined,
      activity.occurrences !== undefined ? occurrences(activity.occurrences, locale) : undefined,
    ].filter((fact) => fact !== undefined);
    if (!facts.length && !activity.ongoing) return nothing;
    return html`<p class="item__facts" part="facts">
      ${facts.map((fact) => html`<span>${fact}</span>`)}
      ${activity.ongoing ? html`<span class="badge" part="badge">${msg('ongoing', { id: 'ongoing', desc: 'Badge of an activity that still goes on' })}</span>` : nothing}
    </p>`;
  }

  #renderPeople(item: TimelineItem, resolver: Resolver) {
    const organizations = (item.activity.organizations ?? [])
      .map((id) => resolver.organization(id))
      .filter((organization) => organization !== undefined);
    const names = [
      ...organizations.map((organization) => resolver.shown(organization.name, item.release)),
      ...(item.activity.people ?? []).map((id) => resolver.shown(resolver.person(id)?.name ?? '')),
    ].filter((name) => name.text);
    if (!names.length) return nothing;
    return html`<p class="item__people" part="people">
      ${names.map((name, index) => html`${index ? ', ' : ''}<span lang=${name.lang ?? nothing}>${name.text}</span>`)}
    </p>`;
  }

  #renderRelease(item: TimelineItem, resolver: Resolver) {
    if (this.release) return nothing; // one release's timeline need not name it on every item
    const title = resolver.shown(item.release.title, item.release);
    const href = this.releaseHref?.replaceAll('{id}', encodeURIComponent(item.release.id));
    const name = href
      ? html`<a href=${href} lang=${title.lang ?? nothing}>${title.text}</a>`
      : html`<span lang=${title.lang ?? nothing}>${title.text}</span>`;
    return html`<p class="item__release" part="release">${msg('From the release:', { id: 'label-release', desc: 'Label before the press release an activity belongs to' })} ${name}</p>`;
  }

  #renderItem(item: TimelineItem, index: number, resolver: Resolver, level: number) {
    const { activity, when } = item;
    const title = resolver.shown(activity.title, item.release);
    const description = activity.description && resolver.shown(activity.description, item.release);
    const place = activity.place && resolver.shown(activity.place, item.release);
    return html`<li class="item" part="item" tabindex="-1" data-index=${index}>
      <p class="item__when">
        <time part="date" datetime=${when.datetime}>${formatWhen(when, this.#locale.value)}</time>${place ? html`<span part="place" lang=${place.lang ?? nothing}> · ${place.text}</span>` : nothing}
      </p>
      ${renderHeading({ level: this.headingLevel, offset: level, className: 'item__title', part: 'title', lang: title.lang }, title.text)}
      ${description ? html`<p class="item__description" part="description" lang=${description.lang ?? nothing}>${renderInline(description.text)}</p>` : nothing}
      ${this.#renderFacts(item)} ${this.#renderPeople(item, resolver)} ${this.#renderRelease(item, resolver)}
    </li>`;
  }

  #groupLabel(key: string): string {
    const [year, month] = key.split('-').map(Number);
    if (!month) return String(year);
    return yearMonth(this.#locale.value, year, month);
  }

  #renderList(items: TimelineItem[], resolver: Resolver) {
    const grouped = this.group === 'year' || this.group === 'month';
    const groups: Array<{ key: string; entries: Array<[TimelineItem, number]> }> = [];
    items.forEach((item, index) => {
      const key = grouped ? groupKey(item, this.group) : '';
      const last = groups.at(-1);
      if (last && last.key === key) last.entries.push([item, index]);
      else groups.push({ key, entries: [[item, index]] });
    });
    const level = grouped ? 1 : 0;
    return groups.map(({ key, entries }) => {
      const list = html`<ol class="timeline__list" part="list">${entries.map(([item, index]) => this.#renderItem(item, index, resolver, level))}</ol>`;
      if (!grouped) return list;
      const label = key ? this.#groupLabel(key) : msg('Undated', { id: 'undated', desc: 'Group heading for activities without a usable date' });
      return html`<section class="timeline__group" part="group">
        ${renderHeading({ level: this.headingLevel, className: 'timeline__group-heading', part: 'group-heading' }, label)}
        ${list}
      </section>`;
    });
  }

  protected override render() {
    this.#locale.use();
    return this.#feed.render({
      loading: () => renderSkeleton(6),
      error: (error) => html`<div part="base">${renderError(error)}</div>`,
      ready: (result, failure, savedAt) => {
        // One release: from the index, or from the archive page that holds it (docs/feed-format.md, "Feeds that grow").
        const found = this.release ? this.#feed.release(result, this.release) : ([undefined, result.feed] as const);
        if (!Array.isArray(found)) return found;
        const feed = found[1];
        const { items, more, wanted } = this.#itemsFor(feed);
        if (!items) return undefined;
        const visible = items.slice(0, wanted);
        this.#visible = visible.length;
        // A failed reload of the feed, or of an archive page this timeline needs: shown above what stays.
        const shownFailure = failure ?? this.#feed.pageFailure;
        // "Show more" waits for an archive page: a skeleton holds its place.
        const waiting = more && items.length <= wanted && !shownFailure;
        const resolver = new Resolver(feed, this.#locale.value);
        return html`<div part="base" class="timeline" lang=${this.#locale.value}>
          ${renderSavedNote(savedAt, this.#locale.value)} ${renderError(shownFailure)}
          ${
            visible.length
              ? this.#renderList(visible, resolver)
              : shownFailure || waiting
                ? nothing
                : html`<p class="status" part="status" role="status">${msg('There are no activities to show.', { id: 'empty-activities', desc: 'Empty state of the activity timeline' })}</p>`
          }
          ${
            waiting
              ? renderSkeleton(2, 'status')
              : visible.length < items.length
                ? html`<button type="button" class="timeline__more" part="more" @click=${this.#showMore}>${msg('Show more', { id: 'show-more', desc: 'Button that reveals the next page of activities' })}</button>`
                : nothing
          }
        </div>`;
      },
    });
  }
}

define('activity-timeline', ActivityTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'activity-timeline': ActivityTimeline;
  }
}

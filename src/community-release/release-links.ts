/**
 * The link blocks of a release: its organizations' social pages, its own
 * links and the project page, and its hashtags (each to Facebook's page for
 * that hashtag). Addresses that show their own URL get class `url`, so
 * print does not write them out twice.
 */
import { html, nothing } from 'lit';
import type { Resolver } from '../feed/resolve.js';
import type { Release } from '../feed/schema.js';
import { safeUrl } from '../feed/safe-url.js';

/** The social links (Facebook…) of the given organizations, in order. */
export function renderSocial(resolver: Resolver, organizationIds: readonly string[]) {
  const links = organizationIds.flatMap((id) =>
    Object.values(resolver.organization(id)?.social ?? {}).flatMap((url) => {
      const href = safeUrl(url);
      return href ? [html`<li><a class="url" href=${href} rel="noopener noreferrer">${href.replace(/^https?:\/\/|\/$/g, '')}</a></li>`] : [];
    })
  );
  return links.length ? html`<ul class="release__social" part="social">${links}</ul>` : nothing;
}

/** The release's own links (labelled), then the project page unless one of them is it. */
export function renderLinks(release: Release, resolver: Resolver) {
  const { project } = resolver.feed;
  const links = [...(release.links ?? []), ...(project.url ? [{ url: project.url }] : [])].filter(
    (link, index, all) => all.findIndex((other) => other.url === link.url) === index
  );
  return links.map(({ url, label }) => {
    const href = safeUrl(url);
    const text: { text: string; lang?: string } = label ? resolver.shown(label, release) : { text: url };
    return html`<p class="release__link">${href ? html`<a class=${label ? nothing : 'url'} href=${href} rel="noopener noreferrer" lang=${text.lang ?? nothing}>${text.text}</a>` : text.text}</p>`;
  });
}

/** The release's hashtags (else the project's), each linked to Facebook's hashtag page. */
export function renderHashtags(release: Release, resolver: Resolver) {
  const tags = (release.hashtags ?? resolver.feed.project.hashtags ?? []).map((tag) => tag.replace(/^#/, ''));
  if (!tags.length) return nothing;
  return html`<ul class="release__hashtags" part="hashtags">
    ${tags.map((tag) => html`<li><a class="url" href="https://www.facebook.com/hashtag/${encodeURIComponent(tag.toLowerCase())}" rel="noopener noreferrer">#${tag}</a></li>`)}
  </ul>`;
}

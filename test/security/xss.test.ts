import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { nextEvent } from '../helpers.js';

let payloads: string[] = [];
const FORBIDDEN =
  'script, iframe, object, embed, img, svg, math, frame, frameset, base, meta, link, form, input, video, audio, source, style, template, foreignobject';
const ALLOWED_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'];

/** A feed that carries payload i in every text and URL field of release r-i, person p-i and organization o-i. */
function hostileFeed() {
  const organizations: Record<string, unknown> = {};
  const people: Record<string, unknown> = {};
  const releases = payloads.map((payload, index) => {
    organizations[`o-${index}`] = {
      name: payload,
      shortName: payload,
      about: payload,
      url: 'https://example.org/',
      social: { facebook: 'https://www.facebook.com/example' },
    };
    people[`p-${index}`] = { name: payload, role: { en: payload, lv: payload }, organization: `o-${index}`, phone: payload, email: payload };
    return {
      id: `r-${index}`,
      published: '2020-05-07',
      title: payload,
      place: payload,
      summary: payload,
      body: [payload, `**${payload}** [${payload}](https://example.org/)`],
      image: { src: 'https://example.org/image.png', alt: payload },
      activities: [
        { id: 'a', when: '2020-04-29', title: payload, description: payload, place: payload, people: [`p-${index}`], organizations: [`o-${index}`] },
      ],
      contacts: { inquiries: `p-${index}`, moreInformation: `p-${index}`, preparedBy: `p-${index}` },
      about: [`o-${index}`],
      hashtags: [payload],
      links: [{ url: 'https://example.org/', label: payload }],
    };
  });
  // Payloads as URLs: the validator refuses them, so these releases and organizations are skipped, not rendered.
  payloads.forEach((payload, index) => {
    organizations[`u-${index}`] = { name: 'URL test', url: payload, social: { facebook: payload } };
    releases.push({ ...releases[index], id: `u-${index}`, links: [{ url: payload, label: 'link' }], image: { src: payload, alt: 'x' } } as never);
  });
  return {
    version: 1,
    language: 'lv',
    project: { id: 'xss', name: payloads[0], partnership: payloads[1], hashtags: [payloads[2]], url: 'https://example.org/', organizations: ['o-0'] },
    organizations,
    people,
    releases,
  };
}

/** Every element in `root` and in the shadow roots below it. */
function* allElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

describe('security: XSS corpus through every field', function () {
  this.timeout(60_000);
  const calls: string[] = [];
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print };

  before(async () => {
    payloads = (await (await fetch('/test/security/xss-payloads.json')).json()).payloads;
    window.alert = () => void calls.push('alert');
    window.confirm = () => (calls.push('confirm'), false);
    window.prompt = () => (calls.push('prompt'), null);
    window.print = () => void calls.push('print');
  });
  after(() => Object.assign(window, originals));

  it('renders every payload as text or an allow-listed link, in all three elements', async () => {
    expect(payloads.length).to.be.at.least(300);
    const feed = hostileFeed();
    const src = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
    const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const widgets: Element[] = [];
    payloads.forEach((_, index) => {
      widgets.push(
        Object.assign(document.createElement('community-release'), { src, release: `r-${index}`, share: true, href: `https://example.org/{id}` })
      );
      widgets.push(Object.assign(document.createElement('contact-card'), { src, contact: `p-${index}` }));
    });
    widgets.push(Object.assign(document.createElement('activity-timeline'), { src, limit: 100_000, releaseHref: '/news/{id}' }));
    const loaded = widgets.map((widget) => nextEvent(widget, 'kopiena-load'));
    holder.append(...widgets);
    const events = await Promise.all(loaded);
    const issues = events[0].detail.issues;
    expect(issues.filter((issue) => issue.path.startsWith('releases[')).length, 'URL payloads are refused').to.be.at.least(payloads.length);
    await new Promise((resolve) => setTimeout(resolve, 200)); // let any injected handler fire

    const elements = [...allElements(holder)];
    const forbidden = elements.filter((element) => element.matches(FORBIDDEN));
    expect(forbidden.map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
    const handlers = elements.flatMap((element) =>
      element
        .getAttributeNames()
        .filter((name) => name.toLowerCase().startsWith('on'))
        .map((name) => `${element.localName}[${name}]`)
    );
    expect(handlers).to.deep.equal([]);
    const badLinks = elements
      .filter((element): element is HTMLAnchorElement => element instanceof HTMLAnchorElement && element.hasAttribute('href'))
      .filter((link) => !ALLOWED_SCHEMES.includes(new URL(link.href).protocol));
    expect(badLinks.map((link) => link.getAttribute('href'))).to.deep.equal([]);
    expect(calls).to.deep.equal([]);
    expect((window as unknown as Record<string, unknown>).__xss).to.equal(undefined);

    // The payloads are there, as text: the reader sees what the feed says.
    const release = holder.querySelector('community-release')!.shadowRoot!;
    expect(release.querySelector('[part="title"]')!.textContent!.trim()).to.equal(payloads[0]);
    const timeline = holder.querySelector('activity-timeline')!.shadowRoot!;
    const shown = events[0].detail.feed.releases.reduce((sum, entry) => sum + entry.activities.length, 0);
    expect(shown).to.be.at.least(payloads.length);
    expect(timeline.querySelectorAll('li').length).to.equal(shown);
    URL.revokeObjectURL(src);
  });
});

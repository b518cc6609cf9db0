import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import { seedFeed, shadow } from './helpers.js';

type Scheme = 'light' | 'dark';

/** The three elements on the seed feed, in `lang`, on a page of `scheme`. */
async function page(lang: string, scheme: Scheme = 'light', dir = 'ltr') {
  const feed = await seedFeed();
  const background = scheme === 'dark' ? '#111' : '#fff';
  const holder =
    await fixture<HTMLDivElement>(html`<main lang=${lang} dir=${dir} style="color-scheme: ${scheme}; background: ${background}; padding: 8px">
    <community-release .feed=${feed} share></community-release>
    <activity-timeline .feed=${feed} release="latest" group="month" limit="2" heading-level="3"></activity-timeline>
    <contact-card .feed=${feed} contact="arvita-juksa" heading-level="3"></contact-card>
  </main>`);
  const elements = [...holder.querySelectorAll('community-release, activity-timeline, contact-card')];
  await waitUntil(
    () => elements.every((element) => element.shadowRoot?.querySelector('[part~="base"]:not([aria-busy])')),
    'an element never left its skeleton'
  );
  return { holder, elements };
}

describe('accessibility', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', forcedColors: 'none', colorScheme: 'light' });
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['lv', 'en', 'ru']) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no axe violations in ${lang}, ${scheme}`, async () => {
        const { holder } = await page(lang, scheme);
        await expect(holder).to.be.accessible();
      });
    }
  }

  it('has no axe violations with forced colors (Windows high contrast)', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const { holder } = await page('en');
    await expect(holder).to.be.accessible();
    const skeletonless = holder.querySelector('contact-card')!;
    const button = shadow(skeletonless).querySelector('button')!;
    expect(getComputedStyle(button).borderTopStyle).to.not.equal('none');
  });

  it('uses the dark defaults on a dark page', async () => {
    const { elements } = await page('en', 'dark');
    const base = shadow(elements[0]).querySelector('[part~="base"]')!;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(22, 25, 29)');
    expect(getComputedStyle(base).color).to.equal('rgb(230, 237, 243)');
  });

  it('reaches every link and button with Tab, in reading order, with a visible focus ring', async () => {
    const { elements } = await page('en');
    const [release] = elements;
    const interactive = [...shadow(release).querySelectorAll<HTMLElement>('a[href], button')];
    interactive[0].focus();
    const visited: Element[] = [shadow(release).activeElement!];
    for (let step = 1; step < interactive.length; step++) {
      await sendKeys({ press: 'Tab' });
      visited.push(shadow(release).activeElement!);
    }
    expect(visited).to.deep.equal(interactive);
    const outline = getComputedStyle(visited.at(-1)!).outlineStyle;
    expect(outline).to.equal('solid');
  });

  it('moves focus to the first new item after Show more, pressed with Enter', async () => {
    const { elements } = await page('en');
    const timeline = elements[1];
    const more = shadow(timeline).querySelector<HTMLButtonElement>('[part="more"]')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await (timeline as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const focused = shadow(timeline).activeElement;
    expect(focused?.getAttribute('data-index')).to.equal('2');
    expect(focused?.querySelector('time')).to.exist;
  });

  it('makes every button at least 24 × 24 px', async () => {
    const { elements } = await page('en');
    const buttons = elements.flatMap((element) => [...shadow(element).querySelectorAll('button')]);
    expect(buttons.length).to.be.at.least(3);
    for (const button of buttons) {
      const { width, height } = button.getBoundingClientRect();
      expect(Math.min(width, height), button.textContent ?? '').to.be.at.least(24);
    }
  });

  it('reflows at 320 px without horizontal scrolling, also right to left', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const dir of ['ltr', 'rtl']) {
      const { holder, elements } = await page('lv', 'light', dir);
      expect(holder.scrollWidth, `${dir} page`).to.be.at.most(holder.clientWidth + 1);
      for (const element of elements) {
        const base = shadow(element).querySelector<HTMLElement>('[part~="base"]')!;
        expect(base.scrollWidth, `${element.localName} ${dir}`).to.be.at.most(base.clientWidth + 1);
      }
    }
  });

  it('prints like the seed: no buttons, link targets written out', async () => {
    await emulateMedia({ media: 'print' });
    const { elements } = await page('lv');
    const [release, , card] = elements;
    expect(getComputedStyle(shadow(release).querySelector('[part="share"]')!).display).to.equal('none');
    expect(getComputedStyle(shadow(card).querySelector('[part="save"]')!).display).to.equal('none');
    const link = shadow(release).querySelector('[part="body"] a, [part="more"] a[href^="http"]')!;
    expect(getComputedStyle(link, '::after').content).to.contain('http');
  });

  it('stops the skeleton shimmer when the reader prefers reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await fixture(html`<community-release src="/__test/slow/3000" lang="en"></community-release>`);
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const bar = shadow(element).querySelector('.skeleton span[aria-hidden]')!;
    expect(getComputedStyle(bar).animationName).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(bar).animationName).to.equal('kopiena-pulse');
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './community-release.js';
import type { CommunityRelease } from './community-release.js';
import { freshUrl, nextEvent, requestsTo, seedFeed, shadow, shadowText, testServer } from '../../test/helpers.js';
import { smallFeed } from '../../test/fixtures/feeds.js';

const SEED_ID = '2020-05-07-daugavpils-iedvesmo';

async function renderSeed(attributes = '', lang = 'lv'): Promise<CommunityRelease> {
  const feed = await seedFeed();
  const holder = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  holder.innerHTML = `<community-release ${attributes}></community-release>`; // static test markup, no feed text
  const element = holder.firstElementChild as CommunityRelease;
  const loaded = nextEvent(element, 'kopiena-load');
  element.feed = feed;
  await loaded;
  await element.updateComplete;
  return element;
}

const parts = (element: Element, name: string) => [...shadow(element).querySelectorAll(`[part~="${name}"]`)];
const hrefs = (root: ParentNode, selector = 'a') => [...root.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => a.getAttribute('href'));

describe('<community-release>', () => {
  it('shows every block of the seed release in the seed’s order', async () => {
    const element = await renderSeed('share');
    const order = ['partnership', 'social', 'dateline', 'title', 'body', 'contact', 'about', 'more', 'hashtags', 'share'];
    const positions = order.map((name) => {
      const found = parts(element, name)[0];
      expect(found, `part ${name}`).to.exist;
      return [...shadow(element).querySelectorAll('[part]')].indexOf(found);
    });
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
    const text = shadowText(element);
    expect(text).to.contain('Projekts „Darbīgās kopienas” tiek īstenots sadarbībā ar British Council pārstāvniecību Latvijā.');
    expect(text).to.contain('Šajā pavasarī Daugavpils pilsētas „Darbīgo kopienu” aktīvisti');
    expect(text).to.contain('Aprīļa beigās Daugavpilī notika arī sižetu filmēšana');
    expect(text).to.contain('British Council ir Apvienotās Karalistes starptautiska organizācija');
    expect(parts(element, 'body')[0].querySelectorAll('p')).to.have.length.greaterThanOrEqual(5);
  });

  it('carries all of the seed press release, its own slips quoted as published', async () => {
    const element = await renderSeed('', 'lv');
    const text = shadowText(element);
    const seed = [
      'Preses relīze 07.05.2020.',
      'Daugavpils darbīgā kopiena iedvesmo',
      'Ir paties prieks, ka šī aktivitāte ir iedvesmojusi Sociālās patversmes darbiniekus un iemītniekus uz atbildes rīcību',
      'jau četras reizes ir saņēmuši pašaudzētu zaļo lociņu un salātu dāvinājumus. Un šis darbs turpinās, jo aug vēl viena zaļo lociņu partija.',
      // The seed has no comma after «ka» here; a quotation is not corrected.
      'Ar gandarījumu domājam par to, ka sagādājot prieku viens otram, esam iepriecinājuši vēl arī citus, proti, putnus - pavasara vēstnešus.',
      'kurā Izglītības iniciatīvu centra semināru vadītāja Sandra Kraukle iepazīstināja ar inovatīvu metodi.',
      'kurā tika intervēti aktīvi daugavpilieši, atklājot savu viedokli par kopienas aktivitāšu nozīmi sabiedrībā.',
      'Kontaktpersona par tuvākajām aktivitātēm Daugavpils Kopienas resursu centrā un iespējām iesaistīties:',
      // «klātienēs» is the seed's own word.
      'Aizvadītajā gadā organizācija sasniedza 75 miljonu cilvēku auditoriju klātienēs pasākumos un vairāk nekā 755 miljonu sekotāju tiešsaistē.',
      'kuras mērķis ir atbalstīt izglītības, kultūras, sociālās uzņēmējdarbības aktivitātes, kas veicina sabiedrības saliedētību.',
      'Papildu informācija:',
      'Kristīne Liepiņa',
      '65235635',
      'iic.kristine@gmail.com',
      '#DarbīgāsKopienas',
      '#PeopleToPeople',
      'Informāciju sagatavoja:',
      'Arvita Jukša, projekta „Darbīgās kopienas” vietējās kopienas koordinatore Daugavpilī',
      '26825598',
      'arvita.juksa@inbox.lv',
    ];
    for (const piece of seed) expect(text, piece).to.contain(piece);
    const links = hrefs(shadow(element));
    for (const url of [
      'http://www.facebook.com/Izglitibasiniciativucentrs',
      'http://www.facebook.com/BritishCouncilLatvia/',
      'http://iic.lv/projekti/darbigas-kopienas/',
    ]) {
      expect(links, url).to.include(url);
    }
  });

  it("labels a contact with the release's own wording in the reader's language, else the boilerplate", async () => {
    const label = (element: Element) => shadow(element).querySelector('.release__contact [part="label"]')?.textContent?.trim();
    expect(label(await renderSeed('', 'lv'))).to.equal(
      'Kontaktpersona par tuvākajām aktivitātēm Daugavpils Kopienas resursu centrā un iespējām iesaistīties:'
    );
    expect(label(await renderSeed('', 'en'))).to.equal(
      'For upcoming activities at the Daugavpils Community Resource Centre and ways to get involved, contact:'
    );
    expect(label(await renderSeed('', 'ru'))).to.equal(
      'По вопросам ближайших мероприятий в Даугавпилсском ресурсном центре сообщества и возможностей участия обращайтесь:'
    );
    // The release has no Lithuanian wording: the catalogue's, never the Latvian one.
    expect(label(await renderSeed('', 'lt'))).to.equal('Apie artimiausias veiklas ir galimybes prisijungti teiraukitės:');
  });

  it('words the boilerplate contact labels so that a name in the nominative can follow (lv, ru)', async () => {
    const feed = (await seedFeed()) as { releases: Array<{ contacts?: { labels?: unknown } }> };
    for (const release of feed.releases) delete release.contacts?.labels;
    const label = async (lang: string) => {
      const holder = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
      holder.innerHTML = '<community-release></community-release>'; // static test markup, no feed text
      const element = holder.firstElementChild as CommunityRelease;
      const loaded = nextEvent(element, 'kopiena-load');
      element.feed = feed;
      await loaded;
      await element.updateComplete;
      return shadow(element).querySelector('.release__contact [part="label"]')?.textContent?.trim();
    };
    expect(await label('lv')).to.equal('Kontaktpersona par tuvākajām aktivitātēm un iespējām iesaistīties:');
    expect(await label('ru')).to.equal('По вопросам ближайших мероприятий и возможностей участия обращайтесь:');
  });

  it('names each person in one alphabet per language (Cyrillic in Russian, in contacts and body alike)', async () => {
    const ru = await renderSeed('', 'ru');
    const names = parts(ru, 'name').map((name) => name.textContent?.trim());
    expect(names).to.deep.equal(['Арвита Юкша', 'Кристине Лиепиня', 'Арвита Юкша']);
    expect(shadowText(ru)).to.contain('Инесе Настаюс');
    expect(shadowText(ru)).not.to.match(/Jukša|Liepiņa|Nastajus|Kraukle/);
    const lv = await renderSeed('', 'lv');
    expect(parts(lv, 'name').map((name) => name.textContent?.trim())).to.deep.equal(['Arvita Jukša', 'Kristīne Liepiņa', 'Arvita Jukša']);
  });

  it('renders the title as a heading at the requested level', async () => {
    const element = await renderSeed('heading-level="3"');
    const title = shadow(element).querySelector('h3[part="title"]');
    expect(title?.textContent?.trim()).to.equal('Daugavpils darbīgā kopiena iedvesmo');
    expect(shadow(element).querySelector('h4')?.textContent).to.match(/:$/);
  });

  it('clamps heading-level to 1–6, for the title and the headings below it', async () => {
    const headings = (element: Element) =>
      [...new Set([...shadow(element).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => heading.localName))].sort();
    const high = await renderSeed('heading-level="9"');
    expect(shadow(high).querySelector('[part="title"]')!.localName).to.equal('h6');
    expect(headings(high)).to.deep.equal(['h6']);
    const low = await renderSeed('heading-level="0"');
    expect(shadow(low).querySelector('[part="title"]')!.localName).to.equal('h1');
    expect(headings(low)).to.deep.equal(['h1', 'h2']);
    const word = await renderSeed('heading-level="three"');
    expect(shadow(word).querySelector('[part="title"]')!.localName).to.equal('h2');
  });

  it('links the organizations’ Facebook pages, the project page and each hashtag', async () => {
    const element = await renderSeed();
    const links = hrefs(shadow(element));
    expect(links).to.include('http://www.facebook.com/Izglitibasiniciativucentrs');
    expect(links).to.include('http://www.facebook.com/BritishCouncilLatvia/');
    expect(links).to.include('http://iic.lv/projekti/darbigas-kopienas/');
    // A social link shows its address without the scheme and the trailing slash.
    const social = parts(element, 'social').flatMap((list) => [...list.querySelectorAll('a')].map((a) => a.textContent));
    expect(social).to.include('www.facebook.com/Izglitibasiniciativucentrs');
    expect(social).to.include('www.facebook.com/BritishCouncilLatvia');
    expect(hrefs(parts(element, 'hashtags')[0])).to.deep.equal([
      'https://www.facebook.com/hashtag/darb%C4%ABg%C4%81skopienas',
      'https://www.facebook.com/hashtag/peopletopeople',
    ]);
    expect(parts(element, 'hashtags')[0].textContent).to.contain('#DarbīgāsKopienas');
  });

  it('shows the contacts with tel: and mailto: links, phone as written', async () => {
    const element = await renderSeed();
    const contacts = parts(element, 'contact');
    expect(contacts).to.have.length(3);
    const [inquiries, more, preparedBy] = contacts;
    expect(inquiries.textContent).to.contain('Arvita Jukša');
    expect(inquiries.querySelector('a[part="phone"]')?.getAttribute('href')).to.equal('tel:+37126825598');
    expect(inquiries.querySelector('a[part="phone"]')?.textContent).to.equal('+371 26825598');
    expect(inquiries.querySelector('a[part="email"]')?.getAttribute('href')).to.equal('mailto:arvita.juksa@inbox.lv');
    expect(more.textContent).to.contain('Kristīne Liepiņa');
    expect(more.querySelector('a[part="email"]')?.getAttribute('href')).to.equal('mailto:iic.kristine@gmail.com');
    expect(preparedBy.textContent).to.contain('Arvita Jukša');
  });

  it('shows the date line with a machine-readable date', async () => {
    const element = await renderSeed('', 'en');
    const time = parts(element, 'dateline')[0].querySelector('time');
    expect(time?.getAttribute('datetime')).to.equal('2020-05-07');
    expect(time?.textContent?.trim()).to.equal('Press release, 7 May 2020');
  });

  it('shows text in the reader’s language and marks a fallback with lang', async () => {
    const feed = smallFeed();
    const element = await fixture<CommunityRelease>(html`<community-release lang="en" .feed=${feed}></community-release>`);
    await element.updateComplete;
    const title = parts(element, 'title')[0];
    expect(title.textContent?.trim()).to.equal('Newer news');
    expect(title.hasAttribute('lang')).to.equal(false);
    const body = parts(element, 'body')[0].querySelectorAll('p');
    expect(body[1].textContent).to.equal('Otrā rindkopa.');
    expect(body[1].getAttribute('lang')).to.equal('lv');
  });

  it('renders inline markdown as elements and raw HTML as text', async () => {
    const feed = smallFeed();
    feed.releases[1].body = ['<img src=x onerror="window.__xss=1"> **bold** [safe](https://example.org/) [evil](javascript:alert(1))'] as never;
    const element = await fixture<CommunityRelease>(html`<community-release lang="en" .feed=${feed}></community-release>`);
    const paragraph = parts(element, 'body')[0].querySelector('p')!;
    expect(paragraph.querySelector('img')).to.equal(null);
    expect(paragraph.textContent).to.contain('<img src=x onerror="window.__xss=1">');
    expect(paragraph.querySelector('strong')?.textContent).to.equal('bold');
    expect(hrefs(paragraph)).to.deep.equal(['https://example.org/']);
    expect(paragraph.querySelector('a')?.getAttribute('rel')).to.equal('noopener noreferrer');
    expect((window as unknown as Record<string, unknown>).__xss).to.equal(undefined);
  });

  it('shows the latest release by default and another one by id', async () => {
    const feed = smallFeed();
    const latest = await fixture<CommunityRelease>(html`<community-release lang="en" .feed=${feed}></community-release>`);
    expect(parts(latest, 'title')[0].textContent?.trim()).to.equal('Newer news');
    const older = await fixture<CommunityRelease>(html`<community-release lang="en" release="older" .feed=${feed}></community-release>`);
    expect(parts(older, 'title')[0].textContent?.trim()).to.equal('Older news');
  });

  it('says so and fires kopiena-error not-found for an unknown release id', async () => {
    const element = document.createElement('community-release') as CommunityRelease;
    element.lang = 'en';
    element.release = 'no-such-release';
    const failed = nextEvent(element, 'kopiena-error');
    element.feed = smallFeed();
    document.body.append(element);
    const event = await failed;
    expect(event.detail.code).to.equal('not-found');
    const status = shadow(element).querySelector('[role="status"]');
    // The feed did load: one sentence, and it does not say loading failed.
    expect(status?.textContent?.trim()).to.equal('The requested release is not in the feed.');
    element.remove();
  });

  it('shows an empty state for a feed with no releases', async () => {
    const feed = { ...smallFeed(), releases: [] };
    const element = await fixture<CommunityRelease>(html`<community-release lang="en" .feed=${feed}></community-release>`);
    expect(shadowText(element)).to.equal('There is no news yet.');
  });

  it('shows a teaser with title, date, summary and a Read more link to href', async () => {
    const feed = smallFeed();
    const element = await fixture<CommunityRelease>(
      html`<community-release lang="en" layout="teaser" href="/news/{id}/" .feed=${feed}></community-release>`
    );
    const root = shadow(element);
    expect(parts(element, 'body')).to.have.length(0);
    expect(parts(element, 'summary')[0].textContent).to.equal('A short summary.');
    const readMore = parts(element, 'read-more')[0] as HTMLAnchorElement;
    expect(readMore.href).to.equal(new URL('/news/newer/', location.href).href);
    expect(readMore.textContent).to.equal('Read more: Newer news');
    expect(root.querySelector('[part="title"] a')?.getAttribute('href')).to.equal(readMore.href);
  });

  it('cuts the first paragraph at a word when a teaser has no summary', async () => {
    const feed = smallFeed();
    feed.releases[0].body = ['word '.repeat(80).trim()];
    const element = await fixture<CommunityRelease>(
      html`<community-release lang="en" layout="teaser" release="older" .feed=${feed}></community-release>`
    );
    const summary = parts(element, 'summary')[0].textContent ?? '';
    expect(summary.length).to.be.at.most(241);
    expect(summary).to.match(/word…$/);
  });

  it('reads an inline JSON feed with no network', async () => {
    const feed = JSON.stringify(smallFeed());
    const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const element = document.createElement('community-release');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = feed;
    element.append(script);
    const loaded = nextEvent(element, 'kopiena-load');
    holder.append(element);
    const event = await loaded;
    expect(event.detail.feed.releases).to.have.length(2);
    await element.updateComplete;
    expect(parts(element, 'title')[0].textContent?.trim()).to.equal('Newer news');
  });

  it('notices an inline feed added after the element is on the page', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div lang="en"><community-release></community-release></div>`);
    const element = holder.querySelector('community-release')!;
    await element.updateComplete;
    const loaded = nextEvent(element, 'kopiena-load');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(smallFeed());
    element.append(script);
    await loaded;
    await element.updateComplete;
    expect(parts(element, 'title')[0].textContent?.trim()).to.equal('Newer news');
  });

  it('loads from src and fires kopiena-load with the feed and its issues', async () => {
    const element = document.createElement('community-release') as CommunityRelease;
    element.src = freshUrl('/test/fixtures/feed.json');
    const loaded = nextEvent(element, 'kopiena-load');
    document.body.append(element);
    await element.updateComplete;
    expect(shadow(element).querySelector('[aria-busy="true"]'), 'skeleton while loading').to.exist;
    const event = await loaded;
    expect(event.detail.issues).to.deep.equal([]);
    expect(event.detail.feed.releases[0].id).to.equal(SEED_ID);
    element.remove();
  });

  it('shares one request among three widgets on one src', async () => {
    const url = freshUrl('/test/fixtures/feed.json');
    const holder = await fixture<HTMLDivElement>(html`<div lang="lv"></div>`);
    const elements = [0, 1, 2].map(() => Object.assign(document.createElement('community-release'), { src: url }));
    const loaded = elements.map((element) => nextEvent(element, 'kopiena-load'));
    holder.append(...elements);
    await Promise.all(loaded);
    expect(requestsTo(url)).to.equal(1);
  });

  it('shows a localized error and fires kopiena-error with the code on HTTP failure', async () => {
    const element = document.createElement('community-release') as CommunityRelease;
    element.lang = 'en';
    element.src = testServer.status(500);
    const failed = nextEvent(element, 'kopiena-error');
    document.body.append(element);
    const event = await failed;
    expect(event.detail.code).to.equal('http');
    await element.updateComplete;
    expect(shadowText(element)).to.equal('The news could not be loaded. The feed server answered with an error.');
    element.remove();
  });

  it('keeps earlier good data on screen when a new src fails', async () => {
    const element = document.createElement('community-release') as CommunityRelease;
    element.lang = 'lv';
    element.src = freshUrl('/test/fixtures/feed.json');
    const loaded = nextEvent(element, 'kopiena-load');
    document.body.append(element);
    await loaded;
    const failed = nextEvent(element, 'kopiena-error');
    element.src = testServer.status(404);
    await failed;
    await element.updateComplete;
    expect(parts(element, 'title')[0].textContent?.trim()).to.equal('Daugavpils darbīgā kopiena iedvesmo');
    expect(parts(element, 'status')).to.have.length(1);
    element.remove();
  });

  it('offers a Facebook share link and copies the link', async () => {
    const element = await renderSeed('share href="https://example.org/news/{id}/"', 'en');
    const share = parts(element, 'share')[0];
    const facebook = share.querySelector('a')!;
    expect(facebook.getAttribute('href')).to.equal(
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`https://example.org/news/${SEED_ID}/`)}`
    );
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void (copied = text) } });
    share.querySelector('button')!.click();
    await waitUntil(() => share.querySelector('[role="status"]')?.textContent, 'nothing was said after copying');
    expect(copied).to.equal(`https://example.org/news/${SEED_ID}/`);
    expect(share.querySelector('[role="status"]')?.textContent).to.equal('Link copied');
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const element = await renderSeed('share href="https://example.org/news/{id}/"', 'lv');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    const share = parts(element, 'share')[0];
    share.querySelector('button')!.click();
    await waitUntil(() => share.querySelector('[role="status"]')?.textContent, 'nothing was said after the refusal');
    expect(share.querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      `Nokopējiet saiti: https://example.org/news/${SEED_ID}/`
    );
  });

  it('has no axe violations (full and teaser)', async () => {
    const full = await renderSeed('share', 'lv');
    await expect(full).to.be.accessible();
    const teaser = await renderSeed('layout="teaser" href="/news/{id}/"', 'en');
    await expect(teaser).to.be.accessible();
  });
});

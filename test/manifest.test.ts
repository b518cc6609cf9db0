/**
 * custom-elements.json (from the elements' JSDoc) against what the elements
 * really do: every part they render in any state is in the manifest and every
 * part in the manifest is rendered somewhere; the CSS custom properties their
 * styles read are exactly the documented ones; both events are documented.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../src/index.js';
import { smallFeed } from './fixtures/feeds.js';
import { seedFeed } from './helpers.js';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
  slots?: Array<{ name: string }>;
}

async function manifestOf(tag: string): Promise<Declaration> {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error('custom-elements.json is missing: run npm run analyze (or npm run build) first');
  const manifest = (await response.json()) as { modules: Array<{ declarations?: Declaration[] }> };
  const found = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.customElement && declaration.tagName === tag);
  if (!found) throw new Error(`${tag} is not in custom-elements.json`);
  return found;
}

/** The part names an element's shadow root shows once it has settled. */
async function partsOf(template: TemplateResult, tag: string): Promise<string[]> {
  const holder = await fixture<HTMLDivElement>(html`<div lang="en">${template}</div>`);
  const element = holder.querySelector(tag) as LitElement;
  await waitUntil(() => element.shadowRoot?.querySelector('[part]'), `${tag} rendered no part`);
  await element.updateComplete;
  return [...element.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/));
}

/** The `--kopiena-*` custom properties the element's styles read, from the CSSOM. */
function propertiesRead(tag: string): string[] {
  const styles = (customElements.get(tag) as unknown as typeof LitElement).elementStyles;
  const names = new Set<string>();
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) {
        for (const property of rule.style) for (const name of rule.style.getPropertyValue(property).match(/--kopiena-[\w-]+/g) ?? []) names.add(name);
      }
      if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const style of styles) {
    const sheet = style instanceof CSSStyleSheet ? style : style.styleSheet;
    if (sheet) visit(sheet.cssRules);
  }
  return [...names].sort();
}

const unique = (names: string[]) => [...new Set(names)].sort();

/** Feeds whose states together show every part. */
async function states(tag: string): Promise<TemplateResult[]> {
  const seed = await seedFeed();
  const ongoing = smallFeed();
  (ongoing.releases[1] as { activities: unknown[] }).activities = [
    {
      id: 'a',
      when: '2020-04-29',
      title: 'A',
      participants: 3,
      occurrences: 2,
      description: 'About *it*, [more](https://example.org/a)',
      place: 'Rīga',
      ongoing: true,
      organizations: ['org-a'],
      people: ['anna-berzina'],
    },
    { id: 'b', when: '2020-04-01', title: 'B' },
  ];
  const empty = { ...smallFeed(), releases: [] };
  switch (tag) {
    case 'community-release':
      return [
        html`<community-release .feed=${seed} share href="https://example.org/{id}"></community-release>`,
        html`<community-release .feed=${seed} layout="teaser" href="https://example.org/{id}"></community-release>`,
        html`<community-release .feed=${smallFeed()}></community-release>`,
        html`<community-release .feed=${empty}></community-release>`,
        html`<community-release .feed=${{ version: 1 }}></community-release>`,
      ];
    case 'activity-timeline':
      return [
        html`<activity-timeline .feed=${ongoing} group="year" limit="1"></activity-timeline>`,
        html`<activity-timeline .feed=${empty}></activity-timeline>`,
      ];
    default:
      return [
        html`<contact-card .feed=${seed} contact="arvita-juksa"></contact-card>`,
        html`<contact-card .feed=${seed} contact="arvita-juksa" layout="compact"></contact-card>`,
        html`<contact-card .feed=${seed} contact="nobody"></contact-card>`,
      ];
  }
}

for (const tag of ['community-release', 'activity-timeline', 'contact-card']) {
  describe(`custom-elements.json: <${tag}>`, () => {
    it('lists exactly the parts the element renders', async () => {
      const rendered: string[] = [];
      for (const template of await states(tag)) rendered.push(...(await partsOf(template, tag)));
      const documented = unique(((await manifestOf(tag)).cssParts ?? []).map((part) => part.name));
      expect(
        unique(rendered).filter((name) => !documented.includes(name)),
        'rendered but not documented'
      ).to.deep.equal([]);
      expect(
        documented.filter((name) => !rendered.includes(name)),
        'documented but never rendered'
      ).to.deep.equal([]);
    });

    it('lists exactly the CSS custom properties its styles read', async () => {
      const documented = unique(((await manifestOf(tag)).cssProperties ?? []).map((property) => property.name));
      const read = propertiesRead(tag);
      expect(
        read.filter((name) => !documented.includes(name)),
        'read but not documented'
      ).to.deep.equal([]);
      expect(
        documented.filter((name) => !read.includes(name)),
        'documented but never read'
      ).to.deep.equal([]);
    });

    it('lists both events and the default slot for an inline feed, and the element renders no other slot', async () => {
      const declaration = await manifestOf(tag);
      expect(unique((declaration.events ?? []).map((event) => event.name))).to.deep.equal(['kopiena-error', 'kopiena-load']);
      expect((declaration.slots ?? []).map((slot) => slot.name)).to.deep.equal(['']);
      const holder = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
      const element = holder.appendChild(document.createElement(tag)) as LitElement & { feed?: unknown };
      element.feed = await seedFeed();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelectorAll('slot[name]')).to.have.length(0);
    });
  });
}

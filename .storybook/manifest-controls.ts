/**
 * Storybook's controls and its render for every element in
 * custom-elements.json, in one place, so that a new element gets them with no
 * story code: each attribute is one row (merged with its property) and gets
 * the control of its kind, read from the type the manifest records: a text
 * field for `string`, a radio for a union of string literals, a number field,
 * a toggle. Attributes that name something in the feed (`release`) offer the
 * ids of the story's feed. Properties with no attribute (`.feed`), events,
 * slots, parts and CSS properties are listed for reading, without a control.
 * The render writes each arg to its attribute, so the code a designer copies
 * from "Show code" is the markup they paste.
 */
import type { Args, ArgsEnhancer, ArgTypesEnhancer, StrictArgTypes, StrictInputType } from 'storybook/internal/types';
import { noChange, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html, unsafeStatic } from 'lit/static-html.js';

interface Typed {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Attribute extends Typed {
  fieldName?: string;
}
interface Member extends Typed {
  kind: string;
  attribute?: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
}
interface Declaration {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}
export interface Manifest {
  modules: Array<{ declarations?: Declaration[] }>;
}

/** Attributes whose value is an id in the feed: the ids a story's feed holds, for a select. */
const feedChoices: Record<string, (feed: unknown) => string[]> = {
  release: (feed) => ['latest', ...idsOf(feed, 'releases')],
};

/** A select longer than this helps no one (and a story's feed may hold 10,000 releases on purpose). */
const MAX_CHOICES = 50;

/**
 * A row to read, with no control (not even Storybook's "Setup controls" hint).
 * A new object each time: Storybook sends argTypes to its manager as JSON with
 * shared objects turned into references, and the manager loses those.
 */
const readOnly = () => ({ disable: true });

/** The label of the empty choice of an optional attribute: the attribute is left out. */
const NOT_SET = '(not set)';

export function manifestControls(manifest: Manifest) {
  const declarations = new Map<string, Declaration>();
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.customElement && declaration.tagName) declarations.set(declaration.tagName, declaration);

  const declarationOf = (tag: string): Declaration => {
    const declaration = declarations.get(tag);
    if (!declaration) throw new Error(`<${tag}> is not in custom-elements.json: run npm run analyze`);
    return declaration;
  };

  /** For `parameters.docs.extractArgTypes`: the rows of an element's table, keyed by property name. */
  const extractArgTypes = (tag: string): StrictArgTypes => {
    const declaration = declarationOf(tag);
    const argTypes: StrictArgTypes = {};
    for (const attribute of declaration.attributes ?? []) argTypes[keyOf(attribute)] = attributeArgType(attribute);
    for (const property of propertiesOnly(declaration))
      argTypes[property.name] = {
        ...row(property, 'properties', `.${property.name}`),
        // With a type, Storybook does not walk the value to infer one (a story's feed may hold 10,000 releases).
        type: { name: 'other', value: property.type?.text ?? 'unknown' },
        control: readOnly(),
      };
    for (const event of declaration.events ?? [])
      argTypes[eventKey(event.name)] = { ...row(event, 'events'), action: event.name, control: readOnly() };
    for (const [category, items] of [
      ['slots', declaration.slots],
      ['css shadow parts', declaration.cssParts],
      ['css custom properties', declaration.cssProperties],
    ] as const)
      for (const item of items ?? [])
        argTypes[`${category}:${item.name}`] = { ...row(item, category, item.name || '(default)'), control: readOnly() };
    return argTypes;
  };

  /**
   * Each attribute starts at the element's own default, so its control shows
   * what the element does; one with no default starts empty, so its control
   * is a text field to type into (Storybook shows a "Set string" button for
   * an undefined arg). The render leaves both out of the markup.
   */
  const argsEnhancer: ArgsEnhancer = ({ component, initialArgs }) => {
    if (typeof component !== 'string' || !declarations.has(component)) return initialArgs;
    const args: Args = { ...initialArgs };
    for (const attribute of declarationOf(component).attributes ?? []) {
      const key = keyOf(attribute);
      if (args[key] === undefined) args[key] = literal(attribute.default) ?? '';
    }
    return args;
  };

  /** Attributes that name an id in the feed offer the ids of this story's feed (and the story's own value). */
  const argTypesEnhancer: ArgTypesEnhancer = ({ component, argTypes, initialArgs }) => {
    if (typeof component !== 'string' || !declarations.has(component)) return argTypes;
    const enhanced = { ...argTypes };
    for (const attribute of declarationOf(component).attributes ?? []) {
      const choices = feedChoices[attribute.name];
      const key = keyOf(attribute);
      if (!choices || !enhanced[key]) continue;
      const initial = initialArgs[key] as unknown;
      const options = [...choices(initialArgs.feed).slice(0, MAX_CHOICES), ...(typeof initial === 'string' ? [initial] : [])];
      enhanced[key] = { ...enhanced[key], ...choiceControl(options, isOptional(attribute), 'select') };
    }
    return enhanced;
  };

  /** The story's element with each arg as its attribute, `.feed`-like properties set, events sent to the Actions panel. */
  const render = (args: Args, { component }: { component?: unknown }): TemplateResult => {
    if (typeof component !== 'string') throw new Error('A story needs `component`, the tag name of an element in custom-elements.json');
    const tag = unsafeStatic(declarationOf(component).tagName!);
    return html`<${tag} ${bind(declarationOf(component), args)}></${tag}>`;
  };

  return { extractArgTypes, argsEnhancer, argTypesEnhancer, render };
}

/** Writes args to an element: attributes (left out at their default), properties, event listeners. */
class BindArgs extends Directive {
  /** Per event: the action it was given, and the listener that calls it. */
  readonly #listeners = new Map<string, { action: (detail: unknown) => void; listener: EventListener }>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('bind() belongs on an element');
  }

  render(_declaration: Declaration, _args: Args) {
    return noChange;
  }

  override update(part: ElementPart, [declaration, args]: [Declaration, Args]) {
    const element = part.element as HTMLElement & Record<string, unknown>;
    for (const attribute of declaration.attributes ?? []) {
      const value = args[keyOf(attribute)] as unknown;
      const fallback = literal(attribute.default);
      if (value === undefined || value === null || value === '' || value === false || value === fallback) {
        if (!element.hasAttribute(attribute.name)) continue;
        element.removeAttribute(attribute.name);
        // Lit reads a removed attribute as null; the element's own default is what leaving it out means.
        if (attribute.fieldName) element[attribute.fieldName] = fallback;
      } else {
        const text = value === true ? '' : String(value);
        if (element.getAttribute(attribute.name) !== text) element.setAttribute(attribute.name, text);
      }
    }
    for (const property of propertiesOnly(declaration))
      if (element[property.name] !== args[property.name]) element[property.name] = args[property.name];
    for (const event of declaration.events ?? []) {
      const action = args[eventKey(event.name)] as ((detail: unknown) => void) | undefined;
      const previous = this.#listeners.get(event.name);
      if (previous?.action === action) continue;
      if (previous) element.removeEventListener(event.name, previous.listener);
      this.#listeners.delete(event.name);
      if (!action) continue;
      // The Actions panel gets the event's detail: the whole event would be serialized with its
      // target, the element, and so with its feed (10,000 releases in one story).
      const listener = (fired: Event) => action((fired as CustomEvent).detail);
      element.addEventListener(event.name, listener);
      this.#listeners.set(event.name, { action, listener });
    }
    return noChange;
  }
}
const bind = directive(BindArgs);

/** The arg of an attribute is named like its property (`headingLevel`), as stories and scripts use it. */
function keyOf(attribute: Attribute): string {
  return attribute.fieldName ?? attribute.name;
}

/** `kopiena-load` → `onKopienaLoad`, the name Storybook's Actions panel expects. */
function eventKey(name: string): string {
  return `on${name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
}

function propertiesOnly(declaration: Declaration): Member[] {
  return (declaration.members ?? []).filter(
    (member) => member.kind === 'field' && !member.attribute && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public'
  );
}

function row(item: Typed, category: string, name = item.name): StrictInputType {
  return {
    name,
    description: item.description,
    table: {
      category,
      type: item.type && { summary: item.type.text },
      defaultValue: item.default === undefined ? undefined : { summary: item.default },
    },
  };
}

/** One attribute, its control read from the type the manifest records. */
function attributeArgType(attribute: Attribute): StrictInputType {
  const members = unionMembers(attribute.type?.text ?? 'string');
  const strings = members.map(literal);
  const base = { ...row(attribute, 'attributes'), type: { name: 'string', required: false } } as const;
  if (strings.length && strings.every((value) => typeof value === 'string'))
    return { ...base, ...choiceControl(strings as string[], isOptional(attribute), 'inline-radio') };
  if (members.length === 1 && members[0] === 'number') return { ...base, type: { name: 'number', required: false }, control: { type: 'number' } };
  if (members.length === 1 && members[0] === 'boolean') return { ...base, type: { name: 'boolean', required: false }, control: { type: 'boolean' } };
  // Any other value is written as text: that is what an attribute holds.
  return { ...base, control: { type: 'text' } };
}

/** A radio or select of `options`; an optional attribute also offers leaving it out. */
function choiceControl(options: string[], optional: boolean, type: 'inline-radio' | 'select'): Partial<StrictInputType> {
  const unique = [...new Set(optional ? ['', ...options] : options)];
  return {
    type: { name: 'enum', value: unique, required: false },
    options: unique,
    control: { type: unique.length > 5 ? 'select' : type, labels: { '': NOT_SET } },
  };
}

/** The members of a union other than `undefined` and `null`. */
function unionMembers(text: string): string[] {
  return text
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined' && member !== 'null');
}

function isOptional(attribute: Attribute): boolean {
  return attribute.default === undefined;
}

/** The value of a literal as the manifest writes it (`'desc'`, `20`, `false`), or undefined for anything else. */
function literal(text: string | undefined): string | number | boolean | undefined {
  if (text === undefined) return undefined;
  if (text === 'true' || text === 'false') return text === 'true';
  if (text.length >= 2 && (text[0] === "'" || text[0] === '"') && text.at(-1) === text[0]) return text.slice(1, -1);
  const number = Number(text);
  return text.trim() !== '' && Number.isFinite(number) ? number : undefined;
}

/** The `id`s of `feed[list]`, for whatever a story passes as its feed (often nothing, or something invalid on purpose). */
function idsOf(feed: unknown, list: string): string[] {
  const items = typeof feed === 'object' && feed !== null ? (feed as Record<string, unknown>)[list] : undefined;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item: unknown) => {
    const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? [id] : [];
  });
}

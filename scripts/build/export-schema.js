// Writes feed.schema.json (JSON Schema 2020-12) from the zod schema in
// src/feed/schema.ts, the one source of truth. The browser schema uses
// cheap custom checks; here they are spelled out for editors.
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as z from 'zod/mini';

const bundled = await build({
  // The schema, and the archive entries described beside the reader that checks them (kept out of the widgets' main chunk).
  stdin: {
    contents: "export * from './src/feed/schema.ts'; export { archiveEntrySchema } from './src/feed/archive-index.ts';",
    resolveDir: '.',
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  external: ['zod'],
  logLevel: 'error',
});
// Written inside node_modules so that `zod` resolves from it.
mkdirSync('node_modules/.cache/kopiena', { recursive: true });
const modulePath = 'node_modules/.cache/kopiena/schema.mjs';
writeFileSync(modulePath, bundled.outputFiles[0].text);
const schema = await import(pathToFileURL(modulePath).href);

const localized = {
  description: 'Human text: a string in the release’s or feed’s language, or an object of BCP 47 language tags to strings.',
  anyOf: [{ type: 'string' }, { type: 'object', additionalProperties: { type: 'string' } }],
};
const string = (extra = {}) => ({ type: 'string', ...extra });
/** JSON Schema of each custom check of the zod schema. */
const customs = new Map(
  /** @type {Array<[unknown, Record<string, unknown>]>} */ ([
    [schema.isLocalizedText, localized],
    [
      schema.isName,
      {
        description: 'A name: a string, or an object of BCP 47 language tags to the name as written in that language.',
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'object', minProperties: 1, additionalProperties: { type: 'string', minLength: 1 } },
        ],
      },
    ],
    [
      schema.isSocialLinks,
      { type: 'object', description: 'Network name → absolute http(s) URL.', additionalProperties: { type: 'string', format: 'uri' } },
    ],
    [schema.isPart, { enum: ['early', 'mid', 'late'] }],
    [schema.isObject, { type: 'object' }],
    [schema.isString, string()],
    [schema.isBoolean, { type: 'boolean' }],
    [schema.isNumber, { type: 'number' }],
    [schema.isIdText, string({ pattern: schema.ID_PATTERN.source })],
    [schema.isFilledText, string({ minLength: 1 })],
    [schema.isUrlText, string({ format: 'uri', pattern: '^(https?|mailto|tel):' })],
    [schema.isIsoDateText, string({ pattern: schema.ISO_DATE_PATTERN.source })],
    [
      schema.isLanguageTag,
      string({
        description: 'A BCP 47 language tag (lv, en, pt-BR), checked as Intl.getCanonicalLocales reads it, with a language of 2 or 3 letters.',
        pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$',
      }),
    ],
    [
      schema.isWhenText,
      string({ description: 'A date of the EDTF subset of the feed format (docs/feed-format.md) (2020-04-29, 2020-04, 2020, 2020-21, intervals).' }),
    ],
    [schema.isCount, { type: 'integer', minimum: 0 }],
    [schema.isPositiveCount, { type: 'integer', minimum: 1 }],
  ])
);

const whole = z.object({ ...schema.feedSchema()._zod.def.shape, archives: z.optional(z.array(schema.archiveEntrySchema)) });
const json = z.toJSONSchema(whole, {
  io: 'input',
  unrepresentable: 'any',
  override({ zodSchema, jsonSchema }) {
    const def = zodSchema._zod.def;
    if (def.type === 'custom' && customs.has(def.fn)) Object.assign(jsonSchema, customs.get(def.fn));
  },
});
json.$id = 'https://unpkg.com/kopiena/feed.schema.json';
json.title = 'kopiena feed, version 1';
json.properties.$schema = { type: 'string' };
json.properties.version = { const: schema.FEED_VERSION };
writeFileSync('feed.schema.json', `${JSON.stringify(json, null, 2)}\n`);
console.log('wrote feed.schema.json');

/**
 * `kopiena validate <folder | feed.json | URL> [--format text|json] [--lang lv]`:
 * every problem of the whole document in one run (check.ts does the work).
 */
import { check } from '../check.js';
import { UsageError } from '../errors.js';
import { languageTag } from '../source/layout.js';
import { report } from '../report.js';
import { chooseLanguage } from '../words/language.js';
import { defineCommand } from './command.js';

export const validate = defineCommand({
  name: 'validate',
  summary: 'report every problem of a source folder, feed file or feed URL',
  description: 'Errors are what the widgets would drop or refuse; warnings are what they would show but a reader would miss.',
  argument: {
    name: '<folder | feed.json | URL>',
    help: 'a source folder (with kopiena.yml), a feed file or the http(s) address of a feed',
    required: true,
    missing: { code: 'usage-name-one', what: 'source' },
  },
  options: {
    format: { type: 'string', value: 'text|json', default: 'text', help: 'text: one line a problem; json: { ok, problems } for tools' },
    lang: { type: 'string', value: '<lv|en|ru>', help: 'the language the problems are told in (default: the source’s, else this computer’s)' },
  },
  // --lang decides; without it, the environment's locale until the source says its own language (report.ts).
  speaks: (options, env) => chooseLanguage({ flag: typeof options.lang === 'string' ? options.lang : undefined, env }),
  async run({ input, options }, io) {
    if (options.format !== 'text' && options.format !== 'json') throw new UsageError({ code: 'usage-format' });
    const lang = options.lang === undefined ? undefined : languageTag(options.lang);
    if (options.lang !== undefined && !lang) throw new UsageError({ code: 'usage-language-tag', option: '--lang', value: options.lang });
    const result = await check(input!, { cwd: io.cwd, env: io.env, lang });
    const ok = report(result, { format: options.format, lang, input: input! }, io);
    return ok ? 'done' : 'problems';
  },
});

/**
 * `kopiena validate <folder | feed.json | URL> [--format text|json] [--lang lv]`:
 * every problem of the whole document in one run (check.ts does the work).
 */
import { check } from '../check.js';
import { UsageError } from '../errors.js';
import { formatProblem, hasErrors } from '../problems.js';
import { languageTag, TAG_EXAMPLES } from '../source/layout.js';
import { terminalJson, terminalText } from '../terminal.js';
import { defineCommand } from './command.js';

export const validate = defineCommand({
  name: 'validate',
  summary: 'report every problem of a source folder, feed file or feed URL',
  description: 'Errors are what the widgets would drop or refuse; warnings are what they would show but a reader would miss.',
  argument: {
    name: '<folder | feed.json | URL>',
    help: 'a source folder (with kopiena.yml), a feed file or the http(s) address of a feed',
    required: true,
    missing: 'name one folder, feed file or URL',
  },
  options: {
    format: { type: 'string', value: 'text|json', default: 'text', help: 'text: one line a problem; json: { ok, problems } for tools' },
    lang: { type: 'string', value: '<lv>', help: 'the language the problems are told in' },
  },
  async run({ input, options }, io) {
    if (options.format !== 'text' && options.format !== 'json') throw new UsageError('--format is text or json');
    const lang = options.lang === undefined ? undefined : languageTag(options.lang);
    if (options.lang !== undefined && !lang) throw new UsageError(`--lang: "${options.lang}" is not ${TAG_EXAMPLES}`);
    const result = await check(input!, { cwd: io.cwd, env: io.env, lang });
    const ok = !hasErrors(result.problems);
    if (options.format === 'json') {
      io.stdout(terminalJson({ ok, problems: result.problems }));
    } else {
      for (const problem of result.problems) io.stdout(formatProblem(problem));
      const errors = result.problems.filter((problem) => problem.severity === 'error').length;
      const warnings = result.problems.length - errors;
      const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      const shown = terminalText(input!);
      io.stderr(ok && !warnings ? `${shown}: valid` : `${shown}: ${count(errors, 'error')}, ${count(warnings, 'warning')}`);
    }
    return ok ? 'done' : 'problems';
  },
});

/**
 * `kopiena validate <folder | feed.json | URL> [--format text|json]`: every
 * problem of the whole document in one run. Exit 0 valid (warnings allowed),
 * 1 problems, 2 usage or I/O error.
 */
import { parseArgs } from 'node:util';
import { check, InputError } from './check.js';
import { formatProblem, hasErrors } from './problems.js';
import { terminalJson, terminalText } from './terminal.js';

const usage = 'usage: kopiena validate <folder | feed.json | URL> [--format text|json]';

export async function validate(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`kopiena validate: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1 || (values.format !== 'text' && values.format !== 'json')) {
    console.error(`kopiena validate: ${positionals.length !== 1 ? 'name one folder, feed file or URL' : '--format is text or json'}\n${usage}`);
    return 2;
  }
  let result;
  try {
    result = await check(positionals[0]);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(`kopiena validate: ${terminalText(error.message)}`);
    return 2;
  }
  const ok = !hasErrors(result.problems);
  if (values.format === 'json') {
    console.log(terminalJson({ ok, problems: result.problems }));
  } else {
    for (const problem of result.problems) console.log(formatProblem(problem));
    const errors = result.problems.filter((problem) => problem.severity === 'error').length;
    const warnings = result.problems.length - errors;
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const input = terminalText(positionals[0]);
    console.error(ok && !warnings ? `${input}: valid` : `${input}: ${count(errors, 'error')}, ${count(warnings, 'warning')}`);
  }
  return ok ? 0 : 1;
}

/**
 * What `validate` prints: each problem in the coordinator's language and
 * words (text), or with its stable code and JSON path (json); then a line
 * that counts them.
 */
import { isObject } from '../../src/core.js';
import type { CheckResult } from './check.js';
import type { Io } from './commands/io.js';
import { hasErrors } from './problems.js';
import { terminalJson, terminalText } from './terminal.js';
import { chooseLanguage } from './words/language.js';
import { Speaker } from './words/speaker.js';

/** The speaker for a checked feed: `--lang`, else the feed's language, else the environment's locale. */
export const speakerFor = (feed: unknown, env: Io['env'], lang?: string): Speaker =>
  new Speaker(chooseLanguage({ flag: lang, source: isObject(feed) ? feed.language : undefined, env }), feed);

/** Prints the problems of `result` for `input` (as the user named it); true when it has no errors. */
export function report(result: CheckResult, { format, lang, input }: { format: 'text' | 'json'; lang?: string; input: string }, io: Io): boolean {
  const ok = !hasErrors(result.problems);
  const speaker = speakerFor(result.feed, io.env, lang);
  if (format === 'json') {
    io.stdout(terminalJson({ ok, problems: result.problems.map((problem) => speaker.json(problem)) }));
  } else {
    for (const problem of result.problems) io.stdout(speaker.line(problem));
    io.stderr(`${terminalText(input)}: ${speaker.summary(result.problems)}`);
  }
  return ok;
}

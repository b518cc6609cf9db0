/**
 * The one help generator: `kopiena --help` lists the commands, and
 * `kopiena help <command>` or `kopiena <command> --help` shows a command's
 * usage and every option, all from the commands' own declarations.
 */
import { HELP_OPTION } from './args.js';
import type { Command, OptionSpec } from './command.js';

const optionWord = (name: string, spec: OptionSpec) => (spec.type === 'boolean' ? `--${name}` : `--${name} ${spec.value ?? '<value>'}`);

/** `usage: kopiena build <folder | feed.json | URL> --out <dir> [--base-url <URL>] …` */
export function usageLine(command: Command): string {
  const words = [`kopiena ${command.name}`];
  if (command.argument) words.push(command.argument.required ? command.argument.name : `[${command.argument.name}]`);
  for (const [name, spec] of Object.entries(command.options)) words.push(spec.required ? optionWord(name, spec) : `[${optionWord(name, spec)}]`);
  return `usage: ${words.join(' ')}`;
}

/** Two columns, the left one as wide as its longest entry. */
function table(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`);
}

/** What `kopiena <command> --help` prints. */
export function commandHelp(command: Command): string {
  const options = Object.entries({ ...command.options, help: HELP_OPTION }).map(([name, spec]): [string, string] => [
    `${spec.short ? `-${spec.short}, ` : '    '}${optionWord(name, spec)}`,
    `${spec.help}${spec.default !== undefined ? ` (default: ${spec.default})` : ''}`,
  ]);
  return [
    usageLine(command),
    '',
    `${command.summary[0].toUpperCase()}${command.summary.slice(1)}.`,
    ...(command.description ? ['', command.description] : []),
    ...(command.argument ? ['', 'argument:', ...table([[command.argument.name, command.argument.help]])] : []),
    '',
    'options:',
    ...table(options),
  ].join('\n');
}

/** What `kopiena --help` prints. */
export function overallHelp(commands: readonly Command[]): string {
  return [
    'usage: kopiena <command> [options]',
    '',
    ...commands.map(({ name, summary }) => `  ${name.padEnd(10)}${summary}`),
    '',
    'kopiena <command> --help (or kopiena help <command>) shows the options of a command.',
    'kopiena --version shows the version.',
    'Exit status: 0 done, 1 the input has problems, 2 usage or I/O error.',
  ].join('\n');
}

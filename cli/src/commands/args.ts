/**
 * The one argument parser (node:util parseArgs underneath): an unknown
 * option, an option without its value, a missing or extra argument and a
 * missing required option all become a UsageError with a one-line reason.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { Told } from '../words/told.js';
import type { Args, Command, OptionSpec, OptionSpecs, OptionValues } from './command.js';

/** `--help` and `-h`, which every command accepts. */
export const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };

const isError = (error: unknown): error is Error & { code?: string } => error instanceof Error;

/** What the user typed wrong, read from parseArgs' own message (its words are English, and not a coordinator's). */
function reason(error: Error & { code?: string }): Told | string {
  const message = error.message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '');
  const unknown = /^Unknown option '([^']*)'/.exec(message);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) return { code: 'usage-unknown-option', option: unknown[1] };
  const valueless = /^Option '(?:-\w, )?(--[^ ]+) <value>' argument missing$/.exec(message);
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && valueless) return { code: 'usage-needs-value', option: valueless[1] };
  return message;
}

/**
 * Parses `argv` for `command`.
 * @returns undefined when `--help` was asked for
 * @throws UsageError saying what is wrong
 */
export function parseCommandArgs<O extends OptionSpecs>(command: Command<O>, argv: string[]): Args<O> | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        ...Object.fromEntries(
          Object.entries(command.options).map(([name, spec]) => [
            name,
            { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.default !== undefined ? { default: spec.default } : {}) },
          ])
        ),
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    if (isError(error) && error.code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError(reason(error));
    throw error;
  }
  const values: Record<string, string | boolean | undefined> = parsed.values;
  const { positionals } = parsed;
  if (values.help) return undefined;
  const { argument } = command;
  if (positionals.length > (argument ? 1 : 0)) {
    throw new UsageError(argument ? argument.missing : { code: 'usage-no-argument', given: positionals[0] });
  }
  if (argument?.required && positionals.length === 0) throw new UsageError(argument.missing);
  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.required && values[name] === undefined) throw new UsageError({ code: 'usage-required', option: `--${name} ${spec.value ?? '<value>'}` });
  }
  const { help: _help, ...options } = values;
  return { input: positionals[0], options: options as OptionValues<O> };
}

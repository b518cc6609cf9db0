/**
 * The shape every command has (as Astro's and Eleventy's do): what it is
 * for, the one argument it takes, its options with their help text, and
 * `run`, which gets the parsed arguments and the `io` to print through.
 * commands/args.ts parses against it and commands/help.ts describes it, so
 * a command's usage, its help and what it accepts cannot drift apart.
 */
import type { Outcome } from '../errors.js';
import type { Io } from './io.js';
import type { Spoken } from '../words/catalogue.js';
import type { Told } from '../words/told.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** A one-letter alias (`-h`). */
  short?: string;
  /** How the value is shown in usage and help: `<dir>`, `text|json`. */
  value?: string;
  /** What the option does, for `--help`. */
  help: string;
  default?: string;
  /** A missing required option is a usage error. */
  required?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The parsed value of each option: a string when it has a default or is required, a boolean for a flag. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]: O[K]['type'] extends 'boolean' ? boolean : O[K] extends { default: string } | { required: true } ? string : string | undefined;
};

export interface ArgumentSpec {
  /** How usage shows it: `<folder | feed.json | URL>`. */
  name: string;
  help: string;
  required: boolean;
  /** The usage error when it is missing or given twice: "name one source folder, feed file or feed URL". */
  missing: Told;
}

export interface Args<O extends OptionSpecs> {
  /** The one positional argument, when given. */
  input: string | undefined;
  options: OptionValues<O>;
}

export interface Command<O extends OptionSpecs = OptionSpecs> {
  name: string;
  /** One line for `kopiena --help`. */
  summary: string;
  /** A few sentences for `kopiena <name> --help`. */
  description?: string;
  argument?: ArgumentSpec;
  options: O;
  /**
   * The language the command speaks to a coordinator, from its options as
   * typed (validate: `--lang`); without it, the environment's locale. Also
   * what main.ts says a KopienaError in, so it may not trust the options.
   */
  speaks?(options: Readonly<Record<string, unknown>>, env: Io['env']): Spoken;
  /** Does the work; throws a KopienaError (errors.ts) for what the user can fix. */
  run(args: Args<O>, io: Io): Promise<Outcome>;
}

/** Declares a command, keeping the types of its options for `run`. */
export const defineCommand = <const O extends OptionSpecs>(command: Command<O>): Command<O> => command;

/**
 * The `kopiena` command: finds the command named, parses its arguments
 * (commands/args.ts), runs it with `io` and maps how it ended to the exit
 * code (errors.ts): 0 done, 1 the input has problems, 2 usage or I/O error.
 */
import { parseArgs } from 'node:util';
import cliPackage from '../package.json' with { type: 'json' };
import { parseCommandArgs } from './commands/args.js';
import type { Command } from './commands/command.js';
import { commandHelp, overallHelp, usageLine } from './commands/help.js';
import { commands } from './commands/index.js';
import { processIo, type Io } from './commands/io.js';
import { exitCode, KopienaError, UsageError } from './errors.js';
import { terminalText } from './terminal.js';
import { chooseLanguage } from './words/language.js';
import { Speaker } from './words/speaker.js';

const find = (name: string) => commands.find((command) => command.name === name);

/** Runs the command line; resolves to the process exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.stdout(cliPackage.version);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || (name === 'help' && !rest.length)) {
    io.stdout(overallHelp(commands));
    return name ? 0 : 2;
  }
  const asked = name === 'help' ? rest[0] : name;
  const command = find(asked);
  if (!command) {
    const speaker = new Speaker(chooseLanguage({ env: io.env }));
    io.stderr(`kopiena: ${speaker.tell({ code: 'unknown-command', name: terminalText(asked) })}\n\n${overallHelp(commands)}`);
    return 2;
  }
  if (name === 'help') {
    io.stdout(commandHelp(command));
    return 0;
  }
  return runCommand(command, rest, io);
}

/** Whom `command` speaks to, in which language: from its options as typed, which may be wrong (the error may be about them). */
function speakerOf(command: Command, argv: string[], env: Io['env']): Speaker {
  let options: Record<string, unknown> = {};
  try {
    options = parseArgs({ args: argv, strict: false, allowPositionals: true }).values;
  } catch {
    // Options that cannot even be read loosely: the environment's language.
  }
  return new Speaker(command.speaks?.(options, env) ?? chooseLanguage({ env }));
}

/** Parses `argv` for `command`, runs it and maps how it ended to the exit code. */
export async function runCommand(command: Command, argv: string[], io: Io): Promise<number> {
  const { name } = command;
  try {
    const args = parseCommandArgs(command, argv);
    if (!args) {
      io.stdout(commandHelp(command));
      return 0;
    }
    return exitCode({ outcome: await command.run(args, io) });
  } catch (error) {
    const speaker = speakerOf(command, argv, io.env);
    const said = (known: KopienaError) => terminalText(known.told ? speaker.tell(known.told) : known.message);
    if (error instanceof UsageError) io.stderr(`kopiena ${name}: ${said(error)}\n${usageLine(command)}`);
    else if (error instanceof KopienaError) io.stderr(`kopiena ${name}: ${said(error)}`);
    // A bug, not the user's input: one line, never a stack trace unless KOPIENA_DEBUG asks for it.
    else if (io.env.KOPIENA_DEBUG)
      io.stderr(`kopiena ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    else
      io.stderr(
        `kopiena ${name}: ${speaker.tell({ code: 'unexpected', detail: terminalText(error instanceof Error ? error.message : String(error)) })}`
      );
    return exitCode({ error });
  }
}

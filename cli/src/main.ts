/**
 * The `kopiena` command: finds the command named, parses its arguments
 * (commands/args.ts), runs it with `io` and maps how it ended to the exit
 * code (errors.ts): 0 done, 1 the input has problems, 2 usage or I/O error.
 */
import cliPackage from '../package.json' with { type: 'json' };
import { parseCommandArgs } from './commands/args.js';
import type { Command } from './commands/command.js';
import { commandHelp, overallHelp, usageLine } from './commands/help.js';
import { commands } from './commands/index.js';
import { processIo, type Io } from './commands/io.js';
import { exitCode, KopienaError, UsageError } from './errors.js';
import { terminalText } from './terminal.js';

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
    io.stderr(`kopiena: unknown command "${terminalText(asked)}"\n\n${overallHelp(commands)}`);
    return 2;
  }
  if (name === 'help') {
    io.stdout(commandHelp(command));
    return 0;
  }
  return runCommand(command, rest, io);
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
    if (error instanceof UsageError) io.stderr(`kopiena ${name}: ${terminalText(error.message)}\n${usageLine(command)}`);
    else if (error instanceof KopienaError) io.stderr(`kopiena ${name}: ${terminalText(error.message)}`);
    // A bug, not the user's input: one line, never a stack trace unless KOPIENA_DEBUG asks for it.
    else if (io.env.KOPIENA_DEBUG)
      io.stderr(`kopiena ${name}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    else
      io.stderr(
        `kopiena ${name}: unexpected error: ${terminalText(error instanceof Error ? error.message : String(error))} (please report it; KOPIENA_DEBUG=1 shows details)`
      );
    return exitCode({ error });
  }
}

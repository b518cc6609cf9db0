/**
 * Everything a command takes from the world outside its arguments: where it
 * prints, the clock, the environment and the folder relative paths start
 * from. main.ts hands every command the process's own (`processIo`); tests
 * hand it their own and run commands in-process.
 */

export interface Io {
  /** Prints one line of the command's result (what a script reads). */
  stdout(line: string): void;
  /** Prints one line of progress, warnings and errors (what a person reads). */
  stderr(line: string): void;
  now(): Date;
  env: Readonly<Record<string, string | undefined>>;
  /** The folder relative paths on the command line are read from. */
  cwd: string;
  /** Resolves when the user asks the command to stop (Ctrl+C): how `kopiena serve` ends. */
  interrupted(): Promise<void>;
}

/** The running process's terminal, clock, environment and folder. */
export function processIo(): Io {
  return {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    now: () => new Date(),
    env: process.env,
    cwd: process.cwd(),
    interrupted: () =>
      new Promise((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop).off('SIGTERM', stop);
          resolve();
        };
        process.once('SIGINT', stop).once('SIGTERM', stop);
      }),
  };
}

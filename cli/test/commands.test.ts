// The one command shape (cli/src/commands/): the argument parser, the help of
// every command, --version and the exit codes, run in-process through `io`.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseCommandArgs } from '../src/commands/args.js';
import { defineCommand } from '../src/commands/command.js';
import { commands } from '../src/commands/index.js';
import { UsageError } from '../src/errors.js';
import { runCommand } from '../src/main.js';
import { capturingIo, kopiena, kopienaProcess, repoRoot, scratchDir } from './helpers.js';

const version: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
const demo = join(repoRoot, 'demo/feed.json');

const sample = defineCommand({
  name: 'sample',
  summary: 'a command for the parser',
  argument: { name: '<input>', help: 'what to read', required: true, missing: { code: 'usage-name-one', what: 'folder' } },
  options: {
    out: { type: 'string', value: '<dir>', required: true, help: 'where' },
    size: { type: 'string', value: '<N>', default: '20', help: 'how many' },
    quiet: { type: 'boolean', help: 'say less' },
  },
  run: async () => 'done',
});

describe('the argument parser', () => {
  it('gives the argument, the options and their defaults', () => {
    assert.deepEqual(parseCommandArgs(sample, ['in', '--out', 'o', '--quiet']), { input: 'in', options: { out: 'o', size: '20', quiet: true } });
    assert.deepEqual(parseCommandArgs(sample, ['--out=o', 'in', '--size', '3'])?.options, { out: 'o', size: '3' });
  });

  it('answers --help and -h with nothing to run, whatever else is given', () => {
    for (const flag of ['--help', '-h']) assert.equal(parseCommandArgs(sample, [flag]), undefined);
    assert.equal(parseCommandArgs(sample, ['in', '-h']), undefined);
  });

  for (const [argv, reason] of [
    [['in', '--out', 'o', '--lang', 'lv'], 'unknown option --lang'],
    [['in', '--out'], '--out needs a value'],
    [['--out', 'o'], 'name one folder'],
    [['a', 'b', '--out', 'o'], 'name one folder'],
    [['in'], '--out <dir> is required'],
  ] as const) {
    it(`says "${reason}" for ${argv.join(' ')}`, () => {
      assert.throws(
        () => parseCommandArgs(sample, [...argv]),
        (error: unknown) => error instanceof UsageError && error.message === reason
      );
    });
  }
});

describe('kopiena help', () => {
  it('lists every command with --help, -h and help, and exits 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const run = await kopiena([flag]);
      assert.equal(run.status, 0);
      for (const command of commands) assert.match(run.stdout, new RegExp(`^ {2}${command.name} +${command.summary.slice(0, 20)}`, 'm'));
      assert.equal(run.stderr, '');
    }
  });

  for (const command of commands) {
    it(`shows the usage and every option of ${command.name}, as --help, -h and help ${command.name}`, async () => {
      const runs = await Promise.all([kopiena([command.name, '--help']), kopiena([command.name, '-h']), kopiena(['help', command.name])]);
      for (const run of runs) {
        assert.equal(run.status, 0);
        assert.equal(run.stdout, runs[0].stdout);
        assert.match(run.stdout, new RegExp(`^usage: kopiena ${command.name}\\b`));
        for (const [name, spec] of Object.entries(command.options)) {
          assert.match(run.stdout, new RegExp(`--${name}\\b.*${spec.help.slice(0, 15).replace(/[()]/g, '.')}`), `--${name} with its help`);
        }
        assert.match(run.stdout, /-h, --help/);
      }
    });
  }

  it('names an unknown command asked about and exits 2', async () => {
    const run = await kopiena(['help', 'publish']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^kopiena: unknown command "publish"/);
  });

  it('shows the --lang option of validate', async () => {
    assert.match((await kopiena(['validate', '--help'])).stdout, /--lang <lv\|en\|ru> +the language the problems are told in/);
  });
});

describe('kopiena --version', () => {
  it('prints the version of @kopiena/cli, as --version and -v', async () => {
    for (const flag of ['--version', '-v']) assert.deepEqual(await kopiena([flag]), { status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('works from the built binary', () => {
    assert.deepEqual(kopienaProcess(['--version']), { status: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('exit codes', () => {
  it('0 done: validate of a valid feed', async () => {
    assert.equal((await kopiena(['validate', demo])).status, 0);
  });

  it('1 the input has problems, with the problems printed', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'feed.json'), '{"version": 1, "releases": "none"}');
    const run = await kopiena(['validate', 'feed.json'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^feed\.json:\d+:\d+: error: /m);
  });

  it('2 for an unknown option: one line saying which, then the usage of the command', async () => {
    const run = await kopiena(['validate', demo, '--colour']);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    const [reason, usage, ...rest] = run.stderr.split('\n');
    assert.equal(reason, 'kopiena validate: unknown option --colour');
    assert.match(usage, /^usage: kopiena validate <folder \| feed\.json \| URL> \[--format text\|json\] \[--lang <lv\|en\|ru>\]$/);
    assert.deepEqual(rest, ['']);
  });

  it('2 for an input that cannot be read, in one line', async () => {
    const run = await kopiena(['validate', 'nothing-here'], { cwd: scratchDir() });
    assert.deepEqual(run, {
      status: 2,
      stdout: '',
      stderr: 'kopiena validate: nothing-here: there is no such file or folder (check the name, and which folder you are in)\n',
    });
  });

  it('2 for a bug: one line asking to report it; KOPIENA_DEBUG=1 shows the stack', async () => {
    const failing = defineCommand({ ...sample, run: async () => Promise.reject(new TypeError('x is undefined')) });
    const io = capturingIo();
    assert.equal(await runCommand(failing, ['in', '--out', 'o'], io), 2);
    assert.equal(io.printed().stderr, 'kopiena sample: unexpected error: x is undefined (please report it; KOPIENA_DEBUG=1 shows details)\n');
    const debug = capturingIo({ env: { KOPIENA_DEBUG: '1' } });
    assert.equal(await runCommand(failing, ['in', '--out', 'o'], debug), 2);
    assert.match(debug.printed().stderr, /TypeError: x is undefined\n\s+at /);
  });

  it('2 for a usage error the command finds itself (--format), with the usage', async () => {
    const run = await kopiena(['validate', demo, '--format', 'xml']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^kopiena validate: --format is text or json\nusage: kopiena validate /);
  });
});

describe('validate --lang', () => {
  it('is an option of validate: a language tag is accepted, anything else is a usage error', async () => {
    assert.equal((await kopiena(['validate', demo, '--lang', 'lv'])).status, 0);
    const run = await kopiena(['validate', demo, '--lang', '../x']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^kopiena validate: --lang: "\.\.\/x" is not a language tag such as lv, en or pt-BR\nusage: /);
  });
});

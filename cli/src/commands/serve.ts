/**
 * `kopiena serve <folder | feed.json> [--port N]`: a local preview that
 * rebuilds on every save (serve/preview.ts), until Ctrl+C.
 */
import { UsageError } from '../errors.js';
import { isRemote } from '../remote.js';
import { startPreview } from '../serve/preview.js';
import { parseLocales } from './build.js';
import { terminalText } from '../terminal.js';
import { defineCommand } from './command.js';

const DEFAULT_PORT = 8080;

/** `--port`: a whole number from 0 (any free port) to 65535. @throws UsageError */
function parsePort(given: string): number {
  const port = Number(given);
  if (!/^\d+$/.test(given) || port > 65535) throw new UsageError({ code: 'serve-port-option', given });
  return port;
}

export const serve = defineCommand({
  name: 'serve',
  summary: 'a local preview of the site that rebuilds on every save and reloads the page',
  description:
    'Serves on 127.0.0.1 only. Problems show on the page and in the terminal, and the last good site stays served while the source is broken. Ctrl+C stops it.',
  argument: {
    name: '<folder | feed.json>',
    help: 'a source folder (with kopiena.yml) or a feed file',
    required: true,
    missing: { code: 'usage-name-one', what: 'local' },
  },
  options: {
    port: { type: 'string', value: '<N>', help: `the port on 127.0.0.1 (default: ${DEFAULT_PORT}, or the next free one)` },
    lang: { type: 'string', value: '<lv,en,ru>', default: 'lv,en,ru', help: 'the languages of the pages' },
  },
  async run({ input, options }, io) {
    const source = input!;
    if (isRemote(source)) throw new UsageError({ code: 'serve-remote' });
    const port = options.port === undefined ? DEFAULT_PORT : parsePort(options.port);
    const locales = parseLocales(options.lang);
    const preview = await startPreview({ input: source, port, nextFreePort: options.port === undefined, locales, io });
    io.stdout(`kopiena serve: ${terminalText(preview.speaker().tell({ code: 'serve-started', input: source, origin: preview.origin }))}`);
    await io.interrupted();
    await preview.close();
    io.stdout(`kopiena serve: ${preview.speaker().tell({ code: 'serve-stopped' })}`);
    return 'done';
  },
});

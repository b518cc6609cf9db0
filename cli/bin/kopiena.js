#!/usr/bin/env node
// The `kopiena` command (see `kopiena --help`); the code is bundled in dist/cli.js.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));

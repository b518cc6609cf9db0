#!/usr/bin/env node
// kopiena command line: `kopiena pages --feed <file|url> --out <dir> [--base-url URL] [--lang lv,en,ru]`
import { main } from '../dist/pages/pages.js';

process.exitCode = await main(process.argv.slice(2));

// The tests, benchmarks and screenshots use the same Chromium finder as the CLI.
export { findChromium, chromiumArgs } from '../bin/find-chromium.js';

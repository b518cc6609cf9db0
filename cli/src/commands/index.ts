/** Every command, in the order `kopiena --help` lists them. */
import type { Command } from './command.js';
import { build } from './build.js';
import { importCommand } from './import.js';
import { init } from './init.js';
import { serve } from './serve.js';
import { validate } from './validate.js';

export const commands: readonly Command[] = [init, importCommand, validate, build, serve];

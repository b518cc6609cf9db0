/** JSON Feed 1.1, RSS 2.0 and Atom turned into a kopiena feed document (filled in next). */
import { InputError } from '../problems.js';

export interface ForeignOptions {
  language?: string;
  source: string;
}

export function fromForeignFeed(_text: string, _json: unknown, options: ForeignOptions): unknown {
  throw new InputError(`${options.source} is not a kopiena feed`);
}

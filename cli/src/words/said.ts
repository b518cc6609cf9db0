/**
 * What a problem says, as data: a stable code and the values its words
 * need. The words themselves are chosen when the problem is printed, in the
 * coordinator's language (catalogue.ts); `--format json` prints the code.
 */

/** What a value is, in the words of the one who wrote it. */
export type ValueKind = 'text' | 'list' | 'group' | 'number' | 'yes-no' | 'nothing';

/** What an id names, for "no person has the id …". */
export type IdKind = 'person' | 'organization' | 'topic' | 'release';

/** What a YAML mistake most likely was: the `yaml` package's codes, said for people. */
export type SyntaxSlip = 'twice' | 'colon' | 'tab' | 'other';

/** Why a picture or a file named by a release cannot be published (check/folder-file.ts, image-file.ts). */
export type FileSlip =
  | { slip: 'absolute' }
  | { slip: 'outside' }
  | { slip: 'link-outside' }
  | { slip: 'missing' }
  | { slip: 'unreadable'; /** The system's code (EACCES), said in words (readError). */ reason: string }
  | { slip: 'not-a-file'; found: 'folder' | 'device' | 'other' }
  | { slip: 'too-large'; size: number; limit: number }
  | { slip: 'changed' }
  | { slip: 'not-http' }
  | { slip: 'not-a-picture'; /** What the file is instead, when the image library can tell (svg, tiff). */ format?: string }
  | { slip: 'damaged'; format: string }
  /** A media-kit file that a browser would run as a page of the site (check/active-files.ts). */
  | { slip: 'web-page' }
  | { slip: 'active-content' };

/** What is wrong in a feed file's JSON: jsonc-parser's error names (check/json-source.ts), 'other' when it names none. */
export type JsonSlip =
  | 'InvalidSymbol'
  | 'InvalidNumberFormat'
  | 'PropertyNameExpected'
  | 'ValueExpected'
  | 'ColonExpected'
  | 'CommaExpected'
  | 'CloseBraceExpected'
  | 'CloseBracketExpected'
  | 'EndOfFileExpected'
  | 'InvalidCommentToken'
  | 'UnexpectedEndOfComment'
  | 'UnexpectedEndOfString'
  | 'UnexpectedEndOfNumber'
  | 'InvalidUnicode'
  | 'InvalidEscapeCharacter'
  | 'InvalidCharacter'
  | 'other';

export type Said =
  | { code: 'required' }
  | { code: 'kind'; expected: ValueKind; found: ValueKind }
  | { code: 'localized-text'; found: ValueKind }
  | { code: 'empty' }
  | { code: 'id'; value: string; example: string }
  | { code: 'unknown-id'; kind: IdKind; value: string; nearest?: string }
  | { code: 'repeated-id'; kind: 'release' | 'activity'; value: string }
  | { code: 'date'; value: string; /** The date the value most likely means, when it can tell. */ guess?: string }
  | { code: 'when'; value: string }
  | { code: 'part'; value: string }
  | { code: 'count'; value: string; least: 0 | 1 }
  | { code: 'yes-no'; value: string }
  | { code: 'url'; value: string }
  | { code: 'social' }
  | { code: 'email'; value: string }
  | { code: 'phone'; value: string }
  | { code: 'link'; value: string }
  | { code: 'no-translation'; missing: readonly string[]; written: readonly string[] }
  | { code: 'no-date-words'; languages: readonly string[] }
  | { code: 'no-alt' }
  | { code: 'language-tag'; value: string; nearest?: string }
  | { code: 'syntax'; slip: SyntaxSlip }
  | { code: 'translation-not-text' }
  | { code: 'translation-twice'; language: string; file: string }
  | { code: 'translation-extra'; file: string }
  | { code: 'translation-differs'; file: string }
  | { code: 'release-file-missing'; language: string; file: string; found: readonly string[] }
  | { code: 'release-id-mismatch'; value: string; folder: string }
  // activities.csv and activities.xlsx (cli/src/source/csv.ts, xlsx.ts)
  | { code: 'table-quote'; slip: 'unclosed' | 'inside' | 'other' }
  | { code: 'column-unknown'; value: string; /** Named an activity text field before its @, so the tag is what is wrong. */ tagged: boolean }
  | { code: 'column-twice'; value: string; first: number }
  | { code: 'columns-missing'; missing: readonly string[] }
  | { code: 'row-cells'; cells: number; columns: number; separator: 'comma' | 'semicolon' }
  | { code: 'cell-error'; value: string }
  | { code: 'cell-beyond'; last: string }
  | { code: 'column-unnamed'; row: number }
  // A release's photo and its attachments (cli/src/check/release-images.ts, attachments.ts, cli/src/site/photos.ts)
  | ({ code: 'picture-file'; src: string } & FileSlip)
  | ({ code: 'attachment-file'; src: string } & FileSlip)
  | { code: 'picture-base-url'; src: string }
  // A text file that is too large or not text (cli/src/check/text-file.ts)
  | { code: 'file-too-large'; size: number; limit: number }
  | { code: 'not-text'; found: 'utf-16' | 'zip' | 'binary' | 'encoding' }
  | { code: 'too-deep'; limit: number }
  | { code: 'aliases'; slip: 'many' | 'self'; limit: number }
  // A release's folder (cli/src/source/read.ts)
  | { code: 'file-not-language' }
  | { code: 'file-twice'; other: string; language: string }
  | { code: 'body-twice' }
  | { code: 'table-twice'; other: string }
  | { code: 'activities-twice'; first: string; second: string }
  | { code: 'json-syntax'; slip: JsonSlip }
  // A feed's archive pages (cli/src/check/archives.ts)
  | { code: 'archives-not-list' }
  | { code: 'archive-absolute-url'; origin: string }
  | { code: 'archive-range'; to: string; of: 'releases' | 'activities' }
  | { code: 'archive-order'; /** The page before it, 1-based. */ before: number }
  // The feed as a whole and its topics (the widgets' rules, src/feed/validate.ts; cli/src/check/newsroom.ts)
  | { code: 'feed-not-object'; found: ValueKind }
  | { code: 'feed-version'; value: string; supported: number }
  | { code: 'feed-too-large'; of: 'releases' | 'activities'; limit: number }
  | { code: 'topic-without-topics'; value: string }
  // A file that cannot be read at all, by the system's code (EACCES, EISDIR…), which the words turn into plain ones.
  | { code: 'unreadable'; reason: string }
  // kopiena.yml and a release file's front matter (cli/src/source/read.ts, markdown.ts)
  | { code: 'not-fields' }
  | { code: 'releases-not-list' }
  | { code: 'front-matter-open' }
  // activities.xlsx as a whole (cli/src/source/xlsx.ts, zip.ts)
  | { code: 'workbook-not-xlsx'; /** A zip file of something else (a Word document), not an old .xls. */ zip: boolean }
  | { code: 'workbook-damaged' }
  | { code: 'workbook-too-large'; slip: 'parts' | 'unpacked' | 'cells'; limit: number }
  | { code: 'workbook-slow'; seconds: number };

export type SaidCode = Said['code'];

/** The values a problem shows are cut to this many characters (a pasted paragraph in a date field stays one readable line). */
const SHOWN = 60;

/** A value as the problem shows it: text as written, anything else as JSON would write it; long ones cut. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : value === undefined ? '' : (JSON.stringify(value) ?? String(value));
  const chars = [...text];
  return chars.length > SHOWN ? `${chars.slice(0, SHOWN - 1).join('')}…` : text;
}

/** What kind of value `value` is. */
export function kindOf(value: unknown): ValueKind {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'group';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'yes-no';
  return 'text';
}

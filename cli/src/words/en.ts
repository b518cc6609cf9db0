/** The command's words in English. */
import type { Words } from './catalogue.js';
import { languageName, listed } from './language.js';
import { counted, megabytes, whole, wholeMegabytes } from './plural.js';
import type { FileSlip, JsonSlip, ValueKind } from './said.js';
import { ACTIVITY_COLUMNS } from '../source/layout.js';
import { tellsEn } from './told-en.js';

const q = (value: string) => `"${value}"`;
const names = (tags: readonly string[]) =>
  listed(
    tags.map((tag) => languageName(tag, 'en')),
    'en'
  );
const KINDS: Record<ValueKind, string> = {
  text: 'a text',
  list: 'a list',
  group: 'a group of fields',
  number: 'a number',
  'yes-no': 'true or false',
  nothing: 'nothing',
};
const DATE_WORDS =
  'write a day (2026-04-30), a month (2026-04), a year (2026), a season (2026-21 spring, 2026-22 summer, 2026-23 autumn, 2026-24 winter) or from–to (2026-04-21/2026-04-30); add ~ for "about" (2026-04~) and ? for "perhaps" (2026-04?)';

/** Why a file cannot be read, from the system's code (EACCES…), in plain words. */
const unreadable = (reason: string): string =>
  reason === 'EACCES' || reason === 'EPERM'
    ? 'this computer does not let you open it (check who may read the file, or copy it into a folder of your own)'
    : reason === 'EISDIR'
      ? 'it is a folder, not a file'
      : reason === 'EBUSY'
        ? 'another program holds it open (close it there and try again)'
        : reason === 'EMFILE' || reason === 'ENFILE'
          ? 'too many files are open at once; try again'
          : 'the computer could not open it; try again, or save the file anew';
const CSV_INSTEAD = 'save the activities as activities.csv';

/** Why a release's picture (or attached file) cannot be published. */
const fileSlip = (src: string, why: FileSlip, picture: boolean): string => {
  const files = picture ? 'pictures' : 'files';
  switch (why.slip) {
    case 'absolute':
      return `${src} is a path from the computer's top folder: name the file from the release's folder (talka.jpg)`;
    case 'outside':
      return `${src} is outside the folder: only ${files} inside it are published`;
    case 'link-outside':
      return `${src} is a link to a file outside the folder: only ${files} inside it are published`;
    case 'missing':
      return `there is no file ${src} (check its name, and that it is in the release's folder)`;
    case 'unreadable':
      return `the file ${src} cannot be read: ${unreadable(why.reason)}`;
    case 'not-a-file':
      return why.found === 'other' ? `${src} is not an ordinary file` : `${src} is a ${why.found}, not a ${picture ? 'picture' : 'file'}`;
    case 'too-large':
      return `${src} is ${megabytes('en', why.size, 'MB')}; ${files} up to ${megabytes('en', why.limit, 'MB')} are published (save a smaller copy${picture ? '' : ', or give its web address'})`;
    case 'changed':
      return `${src} changed while it was read`;
    case 'not-http':
      return `${q(src)} is not a web address${picture ? ' of a picture' : ''} (https://…)`;
    case 'not-a-picture':
      return `${src} is not a PNG, JPEG, GIF or WebP picture${why.format ? ` (it is ${why.format})` : ''}`;
    case 'damaged':
      return `${src} is a damaged ${why.format} picture that cannot be read`;
    case 'web-page':
      return `${src} would open as a page of the site and could run a script there: attach it as a PDF, or give its web address`;
    case 'active-content':
      return `${src} is an SVG drawing with a script or an embedded page inside, which would run on the site: save it again as a plain drawing (in Inkscape: Save as, Optimized SVG), or as PNG or PDF`;
  }
};
const DRAWN = 'skipped, the release gets a drawn share image instead';

/** What is wrong in a feed file's JSON. */
const JSON_SLIPS: Record<JsonSlip, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'this number is not written as JSON numbers are',
  PropertyNameExpected: 'expected a name in double quotes (a comma too many?)',
  ValueExpected: 'expected a value (a comma too many, or a missing value?)',
  ColonExpected: 'expected ":" after the name',
  CommaExpected: 'expected a comma or a closing bracket (a missing comma?)',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'expected the end of the file after the document',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfComment: 'JSON has no comments',
  UnexpectedEndOfString: 'this text has no closing double quote',
  UnexpectedEndOfNumber: 'this number ends too early',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape after a backslash',
  InvalidCharacter: 'a line break or control character inside text (write \\n)',
  other: 'not JSON',
};

export const en: Words = {
  severity: { error: 'error', warning: 'warning' },
  counted: (errors, warnings) =>
    `${counted('en', errors, { one: 'error', other: 'errors' })}, ${counted('en', warnings, { one: 'warning', other: 'warnings' })}`,
  valid: 'valid',
  stopped: (errors, input) =>
    `${counted('en', errors, { one: 'error', other: 'errors' })} in ${input}; nothing was written (fix them, or run kopiena validate ${input})`,
  previewBroken: (errors, input, kept) =>
    `${counted('en', errors, { one: 'error', other: 'errors' })} in ${input}; ${kept ? 'the last good site is still served' : 'the site appears when they are fixed'}`,
  release: (name) => `release ${name}`,
  activity: (name) => `activity ${name}`,
  activityNumber: (n) => `activity no. ${n}`,
  person: (id) => `person ${id}`,
  organization: (id) => `organization ${id}`,
  project: 'project',
  numbered: (field, n) => `${field} no. ${n}`,
  didYouMean: (suggestion) => `did you mean ${suggestion}?`,
  says: {
    required: () => 'is missing; this field is required',
    kind: ({ expected, found }) => `should be ${KINDS[expected]}, not ${KINDS[found]}`,
    'localized-text': ({ found }) => `should be a text, or one text per language (lv: …, en: …), not ${KINDS[found]}`,
    empty: () => 'is empty; write something or leave the field out',
    id: ({ value, example }) => `${q(value)} is not an id: use small Latin letters, digits and hyphens only, like ${example}`,
    'unknown-id': ({ kind, value }) =>
      kind === 'release' ? `${q(value)} is not a folder in releases/ (or is named twice)` : `there is no ${kind} with the id ${q(value)}`,
    'repeated-id': ({ kind, value }) => `${q(value)} is used twice: each ${kind} needs an id of its own`,
    date: ({ value, guess }) => `${q(value)} is not a date; ${guess ? `write it as ${guess}` : 'write the year, month and day, like 2026-04-30'}`,
    when: ({ value }) => `${q(value)} is not a date; ${DATE_WORDS}`,
    part: ({ value }) => `${q(value)} is not early, mid or late (the beginning, middle or end of the month, season or year)`,
    count: ({ value, least }) => `${q(value)} is not a whole number${least ? ' of 1 or more' : ''}; write a number, like 12`,
    'yes-no': ({ value }) => `${q(value)} is not true or false; write true (yes) or false (no)`,
    url: ({ value }) =>
      `${q(value)} is not a full web address; write it like https://www.example.org/ (or mailto:name@example.org, tel:+37120000000)`,
    social: () => 'write each network with its full address, like facebook: https://www.facebook.com/example',
    email: ({ value }) => `${q(value)} is not an e-mail address; write it like name@example.lv (pages would show it as plain text)`,
    phone: ({ value }) =>
      `${q(value)} is not a phone number a reader can call; write digits, like +371 26 000 000 (pages would show it as plain text)`,
    link: ({ value }) =>
      `links to ${q(value)}, which is not a full web address, so the link would show as plain text; write it like https://www.example.org/`,
    'no-translation': ({ missing, written }) =>
      `has no ${names(missing)} text (the release is in ${names(written)}): ${names(missing)} readers see another language here`,
    'no-date-words': ({ languages }) => `the pages have no words for dates in ${names(languages)}: its readers see this date in English`,
    'no-alt': () => 'the picture has no description (alt): describe it for readers who cannot see it',
    'language-tag': ({ value }) => `${q(value)} is not a language code; write one like lv, en, ru or pt-BR`,
    syntax: ({ slip }) =>
      slip === 'twice'
        ? 'this name is given twice in the same place; keep one'
        : slip === 'colon'
          ? 'cannot be read: put a text that holds ": " in quotes ("…"), or check how far the line is indented'
          : slip === 'tab'
            ? 'cannot be read: indent lines with spaces, not tabs'
            : 'cannot be read from here on: look for a missing quote ("), bracket (]) or colon (:), or a line indented differently from its neighbours',
    'translation-not-text': () => 'a translation must be a text',
    'translation-twice': ({ language, file }) => `the ${names([language])} text is also given in ${file}; keep one of the two`,
    'translation-extra': ({ file }) => `is not in ${file}: a translation only translates the text of the release file`,
    'translation-differs': ({ file }) =>
      `differs from ${file}: a translation only translates text (title, summary, place, body, picture description, link and contact labels, attachment titles, activity titles, descriptions and places)`,
    'release-file-missing': ({ language, file, found }) =>
      `is missing: each release needs its text in the site's first language (${names([language])}, ${file}); ${found.length ? `found ${found.join(', ')}` : 'the folder has no release file'}`,
    'release-id-mismatch': ({ value, folder }) =>
      `is ${q(value)}, but the folder is named ${q(folder)}: the folder's name is the release's id (rename one of them)`,
    'table-quote': ({ slip }) =>
      slip === 'unclosed'
        ? 'a cell in quotes is never closed (a " is missing)'
        : slip === 'inside'
          ? 'a " inside a cell must be written twice ("") and the whole cell put in quotes'
          : 'this line cannot be read: check its quotes (") and separators',
    'column-unknown': ({ value, tagged }) =>
      tagged
        ? `${q(value)} is not an activity column: after the @ comes a language code, like lv, en or pt-BR (title@en)`
        : `${q(value)} is not an activity column (the columns are ${ACTIVITY_COLUMNS.join(', ')}; translations like title@en)`,
    'column-twice': ({ value, first }) => `the column ${q(value)} is already column ${first}; keep one of them`,
    'columns-missing': ({ missing }) => `the first row must name the columns id, when and title; missing: ${listed(missing, 'en')}`,
    'row-cells': ({ cells, columns, separator }) =>
      `this row has ${counted('en', cells, { one: 'cell', other: 'cells' })}, the first row has ${counted('en', columns, { one: 'cell', other: 'cells' })} (a missing or extra ${separator}?)`,
    'cell-error': ({ value }) => `shows the error ${value}: write the value itself`,
    'cell-beyond': ({ last }) => `is beyond column ${last}; the activities' columns come first, from A`,
    'column-unnamed': ({ row }) => `has no column name in row ${row}; name the column there, or clear the cell`,
    'picture-file': ({ src, ...why }) => `${fileSlip(src, why, true)}: ${DRAWN}`,
    'attachment-file': ({ src, ...why }) => `${fileSlip(src, why, false)}: skipped, the release is published without it`,
    'picture-base-url': ({ src }) => `the picture ${src} needs --base-url (the site's web address) to be published: ${DRAWN}`,
    'file-too-large': ({ size, limit }) => `is ${wholeMegabytes(size)}, more than the ${wholeMegabytes(limit)} a feed may have`,
    'not-text': ({ found }) =>
      found === 'utf-16'
        ? 'is UTF-16 text; save it with the UTF-8 encoding (in Excel: "CSV UTF-8")'
        : found === 'zip'
          ? 'is a zip file (a spreadsheet or document saved in its own format?), not text; save it as UTF-8 text'
          : found === 'binary'
            ? 'is not a text file (it holds binary data); save it as UTF-8 text'
            : 'is not UTF-8 text; save it with the UTF-8 encoding',
    'too-deep': ({ limit }) => `is nested more than ${limit} levels deep (lists or objects inside one another; a feed needs fewer than 10)`,
    aliases: ({ slip, limit }) =>
      slip === 'many'
        ? `repeats values with *aliases more than ${limit} times in all (aliases of aliases make a small file huge): write the values out`
        : `has *aliases that put a value inside itself, or nest values more than ${limit} levels deep: write the values out`,
    'file-not-language': () => 'is not read: a release file is named by its language (lv.md, en.md, ru.md; or index.lv.md, as the CMS names it)',
    'file-twice': ({ other, language }) => `is not read: ${other} beside it is the ${names([language])} text already; keep one of them`,
    'body-twice': () => 'the text is given twice: between the --- lines (body:) and below them; keep one',
    'table-twice': ({ other }) => `is not read: ${other} beside it holds the activities already; keep one of them`,
    'activities-twice': ({ first, second }) => `activities are given twice: in ${first} and in ${second}; keep one`,
    'json-syntax': ({ slip }) => `is not valid JSON: ${JSON_SLIPS[slip]}`,
    'archives-not-list': () => 'must be a list of archive pages, newest first',
    'archive-absolute-url': ({ origin }) =>
      `is a full web address: the widgets read it only when the feed is on ${origin}; a short one (archive/2019.json) works wherever the feed is`,
    'archive-range': ({ to, of }) =>
      of === 'releases'
        ? `is after "to" (${to}): no date falls in this page's range, so the widgets never look for a release on it`
        : `is after "to" (${to}): no date falls in this range, so the timeline never reads this page's activities`,
    'archive-order': ({ before }) =>
      `holds newer releases than archive page no. ${before} before it: list archive pages newest first (the widgets read them in this order)`,
    'feed-not-object': ({ found }) =>
      `is not a feed: a feed is one group of fields in { } (version, language, project, releases), not ${KINDS[found]}`,
    'feed-version': ({ value, supported }) =>
      `${q(value)} is not a feed version this kopiena reads; write ${supported}, or update kopiena if a newer one wrote the feed`,
    'feed-too-large': ({ of, limit }) =>
      `the feed has more than ${whole('en', limit)} ${of}, more than the widgets can read; keep the newest here and move older releases to archive pages`,
    'topic-without-topics': ({ value }) =>
      `names the topic ${q(value)}, but no topics are listed: add it under topics, with its name in every language`,
    unreadable: ({ reason }) => `cannot be read: ${unreadable(reason)}`,
    'not-fields': () => 'should be fields, one a line, each a name, a colon and a value (like language: lv)',
    'releases-not-list': () =>
      'should list the release folders (the names in releases/) in the order the site shows them, one a line after "- " (like - 2026-04-30-talka)',
    'front-matter-open': () => 'the fields at the top begin with a --- line but have no closing --- line; add one below the last field',
    'workbook-not-xlsx': ({ zip }) =>
      zip
        ? 'is a document of another program, not an Excel workbook (.xlsx); save it from the spreadsheet as "Excel Workbook"'
        : 'is not an Excel workbook (.xlsx); save it from the spreadsheet as "Excel Workbook", or as CSV named activities.csv',
    'workbook-damaged': () =>
      `is damaged and cannot be read; open it in Excel or LibreOffice and save it again as "Excel Workbook", or ${CSV_INSTEAD}`,
    'workbook-too-large': ({ slip, limit }) =>
      slip === 'cells'
        ? `has too many cells on its first sheet (more than ${whole('en', limit)}), more than a list of activities needs; keep only the activities on the first sheet`
        : slip === 'parts'
          ? `is made of too many parts (more than ${whole('en', limit)}), far more than a spreadsheet has; ${CSV_INSTEAD}`
          : `takes more than ${wholeMegabytes(limit)} once opened, more than a list of activities needs; ${CSV_INSTEAD}`,
    'workbook-slow': ({ seconds }) => `takes more than ${counted('en', seconds, { one: 'second', other: 'seconds' })} to read; ${CSV_INSTEAD}`,
  },
  tells: tellsEn,
};

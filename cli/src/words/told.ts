/**
 * What the command tells a coordinator outside the problems of a file: why
 * it could not start or finish (an InputError or UsageError, errors.ts),
 * what it did and where to look next. As data, a stable code and the values
 * its words need; the words are chosen in the coordinator's language when it
 * is printed (catalogue.ts, `tells`).
 */
import type { Said } from './said.js';

/** Why a web address could not be read (remote.ts); a system's code is kept for whoever helps. */
export type RemoteSlip =
  | { slip: 'not-address' }
  | { slip: 'compressed'; name: string }
  | { slip: 'too-large'; limit: number; /** As the server declared it, when it did. */ size?: number; uncompressed?: boolean }
  | { slip: 'redirects'; limit: number }
  | { slip: 'redirect-not-address'; location: string }
  | { slip: 'redirect-not-http'; href: string }
  | { slip: 'status'; status: number; text?: string }
  | { slip: 'timeout'; seconds: number; answered: boolean }
  | { slip: 'no-server'; host: string }
  | { slip: 'lookup'; host: string }
  | { slip: 'refused'; host: string }
  | { slip: 'closed' }
  | { slip: 'unreachable'; system: string }
  | { slip: 'damaged' }
  | { slip: 'certificate'; system: string }
  | { slip: 'not-http' }
  | { slip: 'failed'; system: string };

export type Told =
  // Reading the input (check.ts, source/read.ts, import/input.ts, serve/preview.ts)
  | { code: 'no-input'; input: string; folder: boolean }
  | { code: 'not-source-folder'; input: string }
  /** A file the command reads whole, and what is wrong with it as its problem says it. */
  | { code: 'input-problem'; input: string; said: Said }
  | ({ code: 'remote'; address: string } & RemoteSlip)
  // main.ts
  | { code: 'unknown-command'; name: string }
  | { code: 'unexpected'; detail: string }
  // kopiena import (import/)
  | { code: 'import-not-xml'; input: string }
  | { code: 'import-unknown'; input: string; json: boolean }
  | { code: 'import-not-exact' }
  | { code: 'import-options-twice' }
  | { code: 'import-language-tag'; value: string; /** The option that named it (--lang), else the feed did. */ option?: string; input: string }
  | { code: 'import-language-overridden'; input: string; own: string; language: string; option: string }
  | { code: 'import-language-guessed'; input: string; guess: string; fromComputer: boolean }
  | { code: 'import-picture-unsized'; releases: readonly string[] }
  | { code: 'import-wrote'; folder: string; name?: string; count: number }
  | { code: 'import-whole'; ids: readonly string[] }
  | { code: 'import-check'; folder: string }
  /** A kopiena feed that cannot become a folder (import/folder.ts); `number` counts releases from 1. */
  | {
      code: 'import-unwritable';
      slip: 'not-object' | 'releases-not-list' | 'no-id' | 'repeated-id' | 'language-tag';
      number?: number;
      id?: string;
      /** For a language tag: where the feed gives it (`releases[0].title`), and what it gives. */
      where?: string;
      value?: string;
    }
  // kopiena serve (serve/, commands/serve.ts)
  | { code: 'serve-remote' }
  | { code: 'serve-port-option'; given: string }
  | { code: 'serve-port-moved'; port: number; bound: number }
  | {
      code: 'serve-port-taken';
      port: number;
      /** The system refused this user the port (EACCES), rather than another program holding it. */ refused: boolean;
    }
  | { code: 'serve-cannot-listen'; port: number; reason: string }
  | { code: 'serve-started'; input: string; origin: string }
  | { code: 'serve-built'; seconds: number; origin: string }
  | { code: 'serve-watch-stopped'; input: string }
  | { code: 'serve-stopped' }
  // The command line (commands/args.ts and each command's options)
  | {
      code: 'usage-name-one';
      /** What the argument names: init a folder, validate and build a source, import a feed, serve a source on this computer. */ what:
        'folder' | 'source' | 'feed' | 'local';
    }
  | { code: 'usage-no-argument'; given: string }
  | { code: 'usage-unknown-option'; option: string }
  | { code: 'usage-needs-value'; option: string }
  | { code: 'usage-required'; option: string }
  | { code: 'usage-format' }
  | { code: 'usage-language-tag'; option: string; value: string }
  | { code: 'usage-page-languages'; given: string; supported: readonly string[] }
  | { code: 'usage-base-url'; given: string }
  | { code: 'usage-page-size'; given: string }
  // --out, and the folder init writes (output.ts)
  | { code: 'out-unreadable'; folder: string; reason: string }
  | { code: 'out-dangling-link'; folder: string }
  | {
      code: 'out-overlap';
      out: string;
      source: string;
      how: 'same' | 'inside' | 'holds';
      /** A folder beside the source to suggest, when the source is a folder. */ beside?: string;
    }
  | { code: 'out-is-file'; out: string }
  | { code: 'out-not-empty'; out: string; /** For a site: it has no manifest of a site kopiena build wrote. */ manifest?: string }
  | { code: 'out-changed'; out: string }
  /** The system refused a write (a full disk, no permission): `reason` is its code (ENOSPC), said in words. */
  | { code: 'out-write-failed'; out: string; reason: string }
  // kopiena init (commands/init.ts)
  | { code: 'init-wrote'; folder: string }
  | { code: 'init-hint'; does: 'check' | 'build' }
  // kopiena build (site/withhold.ts, site/write-site.ts)
  | { code: 'build-held'; count: number; /** A --drafts preview, which shows them. */ preview: boolean }
  | { code: 'build-held-release'; id: string; because: 'draft' | 'embargo'; published?: string }
  | { code: 'build-wrote'; site: SiteCounts; out: string }
  | { code: 'build-no-base-url' };

/** What a build wrote, counted (write-site.ts, siteSummary). */
export interface SiteCounts {
  pages: number;
  /** Landing, index and topic pages. */
  reading: number;
  embed: number;
  frames: number;
  shareImages: number;
  archives: number;
  /** With --base-url: oEmbed, the syndication feeds and sitemap.xml, in `languages` languages. */
  absolute: boolean;
  languages: number;
}

export type ToldCode = Told['code'];

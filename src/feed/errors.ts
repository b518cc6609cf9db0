/** Why a feed could not be shown; the `code` of `kopiena-error`. */
export type FeedErrorCode = 'network' | 'http' | 'timeout' | 'parse' | 'version' | 'schema' | 'too-large' | 'not-found';

/** One problem found in a feed, with the JSON path of the value at fault. */
export interface FeedIssue {
  /** e.g. `releases[3].activities[1].when` */
  path: string;
  message: string;
}

export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly issues: FeedIssue[] = []
  ) {
    super(message);
  }
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

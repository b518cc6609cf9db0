/** See synthetic-feed.js. */
export declare function syntheticFeed(
  count: number,
  languages?: string[],
  options?: { compact?: boolean }
): Record<string, unknown> & { releases: Array<Record<string, unknown>> };

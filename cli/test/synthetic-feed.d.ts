/** See synthetic-feed.js. */
export declare function syntheticFeed(count: number, languages?: string[]): Record<string, unknown> & { releases: Array<Record<string, unknown>> };

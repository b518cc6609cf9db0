// Types for the scripts' type check (tsconfig.scripts.json): what the checks
// put on the page's window in page.evaluate(), and the stylesheets Storybook imports.
export {};

declare global {
  interface Window {
    /** CSP violations seen by a check's watcher script. */
    __violations?: string[];
    /** How often the embed page's preview lost its widget. */
    __previewRemovals: number;
    /** The heights a frame reported to the frame check's WordPress-style parent, and the links it asked it to open. */
    __reports: number[];
    __links: string[];
    /** Layout shift summed by the landing pages check. */
    __shift: number;
    /** axe-core, injected by the checks that run it. */
    axe: { run(context?: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
    /** The benchmark's entry in its page. */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever the benchmark page reports
    bench: (...args: unknown[]) => Promise<any>;
    /** bench-archives: shows an element and resolves with the milliseconds it took. */
    show: (tag: string, attributes: Record<string, unknown>) => Promise<number>;
    /** bench-archives: milliseconds JSON.parse takes on the text. */
    parse: (text: string) => number;
    /** bench-archives: a timeline from feed text; the milliseconds to its first items on screen and to kopiena-load (`profile`: console.profile() around the first). */
    showParsed: (text: string, profile?: boolean) => Promise<{ first: number; load: number }>;
    /** bench-archives: a timeline of `src` with "Show more" pressed `presses` times; the items then shown, or why not. */
    showMore: (src: string, presses: number) => Promise<number | string>;
    /** bench-phases and bench-timelinejs: when the frame that shows the first items came (ms after navigation start). */
    shownAt: Promise<number>;
    trustedTypes?: unknown;
  }
}

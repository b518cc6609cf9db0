/**
 * Where a first render's time goes, as `performance.measure` entries named
 * `kopiena:<phase>` (docs/performance.md, "Where a first render's time goes").
 * Called only under `if (globalThis.KOPIENA_TIMING)`, which the benchmark's
 * build (`vite build --mode timing`, run by `npm run bench`) defines true and
 * every other build false (vite.config.ts), so the minifier drops the calls
 * and this module: the kit carries no byte of it (`npm run size`). Where no
 * build defines it (tests, server rendering, the command) it is undefined.
 */
declare global {
  var KOPIENA_TIMING: boolean | undefined;
}

let tallies: Map<string, number> | undefined;

/** Adds the phase that started at `start` (`performance.now()`) to the page's performance timeline, after the tallied ones. */
export function measure(phase: string, start: number): void {
  // Tallied phases end now, inside the phase measured (dates are parsed during validation).
  for (const [name, duration] of tallies ?? []) performance.measure(`kopiena:${name}`, { end: performance.now(), duration });
  tallies = undefined;
  performance.measure(`kopiena:${phase}`, { start });
}

/** Time spent in many short calls (each date parsed), added up and measured with the next `measure`. */
export function tally(phase: string, start: number): void {
  (tallies ??= new Map()).set(phase, (tallies.get(phase) ?? 0) + performance.now() - start);
}

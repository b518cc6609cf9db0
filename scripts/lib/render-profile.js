// Where a first render's time goes, without adding a byte to the kit: a V8
// CPU profile of the page (Chromium's own sampler, every 0.1 ms) whose
// samples are mapped through the built bundle's source maps to the kit's
// source files and bucketed by phase, plus Chromium's own counters of style
// and layout time. A builtin (JSON.parse, Array sort, an Intl constructor)
// counts for the phase of the code that called it. Used by
// scripts/check/bench-archives.js; printed, never judged.
import { readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

/** Phases by the source file (as the source map names it) of the code that ran; the first match wins. */
/** @type {Array<[string, RegExp]>} */
const PHASES = [
  ['validation (check, schema, zod)', /src\/feed\/(check|schema|validate|safe-url|errors)\.ts|node_modules\/zod\//],
  ['date parsing (edtf)', /src\/feed\/edtf\.ts/],
  ['sort and filter', /src\/feed\/(activities|resolve)\.ts/],
  ['feed controller', /src\/shared\/feed-controller\.ts|src\/feed\/load\.ts/],
  ['Intl formatters, dates, plurals', /src\/i18n\/(intl|dates|plurals|published)/],
  ['locale chunk and messages', /src\/generated\/locales|src\/i18n\/|@lit\/localize/],
  ['style adoption', /@lit\/reactive-element\/css-tag|styles\.ts/],
  ['template render (Lit, templates)', /lit-html|lit-element|@lit\/reactive-element|src\//],
];

/** Maps a bundle position to its source file; one TraceMap per script URL. */
function sourceFinder(origin) {
  const maps = new Map();
  return (url, line, column) => {
    if (!url.startsWith(origin + '/dist/')) return undefined;
    let map = maps.get(url);
    if (map === undefined) {
      try {
        map = new TraceMap(readFileSync(new URL(url).pathname.slice(1) + '.map', 'utf8'));
      } catch {
        map = null;
      }
      maps.set(url, map);
    }
    return map ? (originalPositionFor(map, { line: line + 1, column }).source ?? url) : url;
  };
}

/**
 * Runs `action(tab)`, which must call `console.profile()` and
 * `console.profileEnd()` in the page around what is measured; returns
 * `{ value, busy, style, layout, phases: [[name, ms]…] }`: the milliseconds
 * each phase took between the two calls (idle time left out, so the phases
 * add up to `busy`), and Chromium's style and layout time during the action.
 */
export async function profileRender(tab, origin, action) {
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  const before = await metrics();
  const finished = new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', resolve));
  const value = await action(tab);
  const { profile } = await finished;
  const after = await metrics();
  await cdp.detach();

  const find = sourceFinder(origin);
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const phaseOf = new Map();
  /** The phase of a profile node: its own code's, else (a builtin) its caller's. */
  const phase = (id) => {
    if (phaseOf.has(id)) return phaseOf.get(id);
    const { callFrame } = nodes.get(id);
    const { functionName, url, lineNumber, columnNumber } = callFrame;
    let name;
    if (functionName === '(garbage collector)') name = 'garbage collector';
    else if (functionName === '(program)') name = 'browser outside scripts (style, layout, paint, tasks)';
    else if (functionName === '(idle)' || functionName === '(root)') name = 'idle';
    else if (!url) {
      const parent = parents.get(id);
      const caller = parent === undefined ? undefined : phase(parent);
      name = functionName === 'parse' && (!caller || caller === 'the benchmark page') ? 'JSON.parse' : (caller ?? 'other');
    } else {
      const source = find(url, lineNumber, columnNumber);
      name = source === undefined ? 'the benchmark page' : (PHASES.find(([, pattern]) => pattern.test(source))?.[0] ?? 'other bundle code');
    }
    phaseOf.set(id, name);
    return name;
  };
  const totals = new Map();
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const name = phase(profile.samples[i]);
    totals.set(name, (totals.get(name) ?? 0) + profile.timeDeltas[i + 1] / 1000);
  }
  totals.delete('idle');
  const phases = [...totals].sort((a, b) => b[1] - a[1]);
  const seconds = (name) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
  return {
    value,
    phases,
    busy: phases.reduce((sum, [, ms]) => sum + ms, 0),
    style: seconds('RecalcStyleDuration'),
    layout: seconds('LayoutDuration'),
  };
}

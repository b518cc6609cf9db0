// Import circles among a project's own modules: every import, export-from,
// dynamic import() and `import type` of a relative specifier, read with
// TypeScript's own pre-processor (ts.preProcessFile: a parser, not a pattern)
// from the tools/eslint workspace's TypeScript 5 (the repository's
// TypeScript 7 has no JavaScript API). A circle is a strongly connected set of
// modules (Tarjan's algorithm, linear in files and imports).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const ts = createRequire(new URL('../../tools/eslint/package.json', import.meta.url))('typescript');
const SOURCE = /\.(ts|js|mjs)$/;

/** Every .ts/.js file under `folders`, skipping node_modules and dist. */
export function sourceFiles(folders) {
  const files = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'node_modules' && name !== 'dist') walk(path);
      } else if (SOURCE.test(name) && !name.endsWith('.d.ts')) files.push(resolve(path));
    }
  };
  for (const folder of folders) walk(folder);
  return files;
}

/** The file a relative specifier names: as written, `.js` written for `.ts`, or a folder's index. */
function resolveSpecifier(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.mjs$/, '.mts'),
    `${base}.ts`,
    `${base}.js`,
    join(base, 'index.ts'),
    join(base, 'index.js'),
  ];
  return candidates.find((path) => existsSync(path) && statSync(path).isFile());
}

/** The import graph of `files`: each file and the files of `files` it imports. */
export function importGraph(files) {
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((entry) => entry.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveSpecifier(file, specifier))
      .filter((target) => target && known.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The circles of `graph`: each a list of files that import one another, round. */
export function circles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  // Iterative Tarjan: no recursion depth limit on a long chain of modules.
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [[start, 0]];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1];
      const [node, next] = frame;
      const targets = graph.get(node);
      if (next < targets.length) {
        frame[1]++;
        const target = targets[next];
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push([target, 0]);
        } else if (onStack.has(target)) low.set(node, Math.min(low.get(node), index.get(target)));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent), low.get(node)));
      }
      if (low.get(node) !== index.get(node)) continue;
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node).includes(node)) found.push(component.reverse());
    }
  }
  return found;
}

/** The circles among the modules under `folders`, as paths relative to `root`. */
export function importCircles(folders, root = process.cwd()) {
  return circles(importGraph(sourceFiles(folders))).map((circle) => circle.map((file) => relative(root, file)));
}

import { defineConfig } from 'vite';
import compact from './scripts/build/vite-plugins-compact.js';
import terserPass from './scripts/build/vite-plugin-terser.js';

/**
 * `vite` (npm start) serves the demo pages; `vite build` makes the script-tag
 * bundle `dist/kopiena.js` (Lit and everything included, one lazy chunk per
 * locale); `vite build --mode npm` makes the npm entry points, with Lit,
 * @lit/localize and zod left as dependencies so apps dedupe them.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    return {
      server: { host: '127.0.0.1', port: 5173, open: false },
      // The demos live in demo/; the partner pages load the built dist/kopiena.js.
      plugins: [
        {
          name: 'kopiena:demo-home',
          configureServer(server) {
            server.middlewares.use((request, response, next) => {
              if (request.url !== '/') return next();
              response.writeHead(302, { location: '/demo/' }).end();
            });
          },
        },
      ],
    };
  }
  const npm = mode === 'npm';
  const hydrate = mode === 'hydrate';
  // The benchmark's build (npm run bench): the kit with its performance.measure phases (src/shared/timing.ts);
  // every other build drops them: each `if (globalThis.KOPIENA_TIMING)` becomes `if (false)`.
  const timing = mode === 'timing';
  return {
    define: { 'globalThis.KOPIENA_TIMING': String(timing) },
    // The generated locale modules import `str` from @lit/localize's index, whose runtime module has
    // top-level code: the bundle kept it as a chunk that each locale chunk imports, a second request
    // after the locale's own on every first render (docs/performance.md). `str` alone has none.
    resolve: npm ? {} : { alias: [{ find: /^@lit\/localize$/, replacement: '@lit/localize/internal/str-tag.js' }] },
    // Hydration compares template strings with the server's (built from src as
    // written), so the landing pages' client keeps them untrimmed.
    // Templates minified by parsers, msg() descriptions dropped (scripts/build/vite-plugins-compact.js).
    plugins: hydrate ? [] : npm ? [...compact()] : [...compact(), terserPass()],
    build: {
      target: 'es2022',
      outDir: npm ? 'dist/npm' : hydrate ? 'dist/hydrate' : timing ? 'dist/timing' : 'dist',
      emptyOutDir: true,
      sourcemap: true,
      lib: {
        formats: ['es'],
        entry: npm
          ? {
              index: 'src/index.ts',
              'community-release': 'src/community-release/community-release.ts',
              'activity-timeline': 'src/activity-timeline/activity-timeline.ts',
              'contact-card': 'src/contact-card/contact-card.ts',
              'release-list': 'src/release-list/release-list.ts',
            }
          : hydrate
            ? { 'kopiena-hydrate': 'src/hydrate.ts' }
            : { kopiena: 'src/index.ts' },
      },
      rollupOptions: {
        preserveEntrySignatures: 'allow-extension',
        external: npm ? [/^lit($|\/)/, /^@lit\/localize($|\/)/, /^zod($|\/)/] : [],
        // Lib mode keeps ES output readable; the script-tag bundle is minified in
        // full (Rolldown's minifier, then a terser pass), the npm build is left to apps' bundlers.
        output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: !npm },
        // (mode hydrate: the landing pages' client script, Lit's hydration support included)
      },
    },
  };
});

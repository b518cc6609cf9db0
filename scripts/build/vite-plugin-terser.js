/**
 * A last terser pass over the script-tag bundle, after Rolldown's own
 * minifier: about 0.5 kB brotli less than either minifier alone (measured
 * with `npm run size`). The source map is carried through.
 */
import { minify } from 'terser';

export default function terserPass() {
  return {
    name: 'kopiena:terser-pass',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await minify(chunk.code, {
          module: true,
          compress: { passes: 3 },
          sourceMap: chunk.map ? { content: chunk.map, url: `${chunk.fileName.split('/').pop()}.map` } : false,
        });
        chunk.code = result.code;
        if (chunk.map && result.map) Object.assign(chunk.map, typeof result.map === 'string' ? JSON.parse(result.map) : result.map);
      }
    },
  };
}

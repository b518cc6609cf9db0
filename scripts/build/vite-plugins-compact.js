/**
 * What the widget bundles shed of the source, for the size budget:
 * - Lit `html`/`svg` templates minified by an HTML parser (html-minifier-next)
 *   and `css` templates by a CSS parser (Lightning CSS), through Lit's own
 *   @lit-labs/rollup-plugin-minify-html-literals, which keeps every `${}`
 *   binding where it was and fails the build if it cannot;
 * - the `desc` of `msg()` options (for translators, read from the source).
 * Used by vite.config.ts for the script-tag and npm builds; the landing
 * pages' hydrating client keeps its templates as written (they must match
 * the server's).
 */
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import msgDesc from './vite-plugin-msg-desc.js';

/** The templates plugin's options, shared with its tests. */
export const templateOptions = {
  include: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  failOnError: true,
  options: { minifyOptions: { conservativeCollapse: true } },
};

export default function compact() {
  return [msgDesc(), { ...minifyHtmlLiterals(templateOptions), enforce: 'pre' }];
}

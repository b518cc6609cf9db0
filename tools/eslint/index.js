// kopiena's ESLint flat config (the root eslint.config.js re-exports it).
// typescript-eslint for TypeScript, eslint-plugin-lit for Lit templates,
// eslint-plugin-wc for custom elements, eslint-plugin-lit-a11y for the
// accessibility of templates. Syntax rules only, no type-aware rules: the
// typecheck (tsc, strict) already covers what types can tell.
import './typescript5.cjs'; // first: typescript-eslint must load TypeScript 5 (see there)
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The command (cli/src) reaches the widgets' code (the root's src/) only through src/core.ts, which lists
 * what it uses; `also` names another module of src/ a file may import.
 * @param {...string} also
 */
function widgetCodeThroughCore(...also) {
  const allowed = ['core.js', ...also].map((name) => name.replaceAll('.', '\\.')).join('|');
  return {
    patterns: [
      {
        regex: `^(\\.\\./)+src/(?!(${allowed})$)`,
        message: "The command imports the widgets' feed and i18n code from src/core.js; export what it needs there.",
      },
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      'dist/',
      'cli/dist/',
      'storybook-static/',
      'site/',
      'test-results/',
      'src/generated/',
      'custom-elements.json',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The browser code: elements, their tests, stories and demo pages.
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', '.storybook/**/*.ts', 'embed/**/*.{js,ts}'],
    languageOptions: { globals: globals.browser },
  },
  // The plugins' own config types predate typescript-eslint's: taken as flat configs.
  /** @type {import('typescript-eslint').ConfigWithExtends} */ ({ files: ['src/**/*.ts', 'stories/**/*.ts'], ...lit.configs['flat/recommended'] }),
  /** @type {import('typescript-eslint').ConfigWithExtends} */ ({ files: ['src/**/*.ts'], ...wc.configs['flat/recommended'] }),
  /** @type {import('typescript-eslint').ConfigWithExtends} */ ({ files: ['src/**/*.ts'], ...litA11y.configs.recommended }),
  {
    // Node: the command, build tools, checks and configs.
    files: [
      'cli/**/*.{ts,js}',
      'scripts/**/*.js',
      'test/security/csp.js',
      'test/server/**/*.js',
      '*.{js,mjs,ts}',
      'tools/**/*.js',
      '.storybook/main.ts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // The command prints through the `io` each command is given (cli/src/commands/io.ts), so tests run it in-process.
    files: ['cli/src/**/*.ts'],
    rules: { 'no-console': 'error', 'no-restricted-imports': ['error', widgetCodeThroughCore()] },
  },
  {
    // Server rendering defines the elements themselves (src/index.ts, and the list, which the kit loads lazily) to render them with @lit-labs/ssr:
    // that is the elements' code, not feed knowledge, so it cannot come through src/core.ts.
    files: ['cli/src/site/render.ts'],
    rules: { 'no-restricted-imports': ['error', widgetCodeThroughCore('index.js', 'release-list/release-list.js')] },
  },
  {
    // Bundled for the browser too (embed/embed.js): through src/core.ts esbuild would keep every module core.ts
    // names (the root package marks src/ as having side effects), 5 kB of script would become 22 kB.
    files: ['cli/src/site/embed-snippet.ts'],
    rules: { 'no-restricted-imports': ['error', widgetCodeThroughCore('shared/attribute-defaults.js')] },
  },
  {
    // Scripts that drive Chromium hand functions to page.evaluate(): they run in the page.
    files: ['scripts/**/*.js', 'test/security/csp.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['**/*.test.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    rules: {
      // Declaration merging into the DOM's event map (`interface HTMLElementEventMap extends KopienaEventMap {}`).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      'no-extend-native': 'error',
      // `_name` marks a value left unused on purpose (a rest sibling, a callback's position).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  }
);

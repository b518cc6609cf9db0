// The config lives in the tools/eslint workspace, with typescript-eslint and the TypeScript 5 it needs.
export { default } from '@kopiena/eslint-config';

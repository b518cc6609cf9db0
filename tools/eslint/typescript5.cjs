// typescript-eslint and ts-api-utils `require('typescript')` for TypeScript's
// JavaScript API. The repository's own `typescript` is version 7 (the native
// compiler, which has no such API), and npm hoists some of typescript-eslint's
// packages next to it; so, in the ESLint process only, every `require` of
// `typescript` is answered with this workspace's TypeScript 5.
/** @type {{ _resolveFilename: (request: string, parent: unknown, ...rest: unknown[]) => string }} */
const Module = /** @type {any} */ (require('node:module'));
const { dirname } = require('node:path');

const typescript5 = dirname(require.resolve('typescript/package.json', { paths: [__dirname] }));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' || request.startsWith('typescript/')) {
    return resolve.call(this, typescript5 + request.slice('typescript'.length), parent, ...rest);
  }
  return resolve.call(this, request, parent, ...rest);
};

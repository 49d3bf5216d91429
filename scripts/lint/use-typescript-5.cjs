// Makes `require('typescript')` load TypeScript 5 in the lint tools' process.
//
// typescript-eslint and lit-analyzer call TypeScript's JavaScript API (ts.createSourceFile, the
// language service...). The project's `typescript` is 7.0.2, the native compiler, whose package
// exports no such API (only its version). TypeScript 5.9 for the linters lives in the local package
// scripts/lint/typescript-5 (devDependency "typescript-5": "file:scripts/lint/typescript-5"), not
// in an `npm:typescript@5` alias, because an alias would also link its `tsc` into node_modules/.bin
// and could shadow TypeScript 7's `tsc`.
//
// Loaded first by eslint.config.js and with `node --require` by scripts/lint/lit-analyzer.mjs.
// Nothing else in the project loads it: type checking and the build keep TypeScript 7.
'use strict';
const Module = require('node:module');
const path = require('node:path');

const typescript5 = Module.createRequire(require.resolve('typescript-5/package.json'));
const typescript7Dir = path.dirname(require.resolve('typescript/package.json')) + path.sep;
const resolve = Module._resolveFilename;

Module._resolveFilename = function resolveTypescript5(request, parent, ...rest) {
  if (request === 'typescript' || request.startsWith('typescript/')) {
    let found;
    try {
      found = resolve.call(this, request, parent, ...rest);
    } catch {
      found = typescript7Dir; // a subpath that TypeScript 7 does not export: take it from TypeScript 5
    }
    // Only the root TypeScript 7 is swapped; a package's own nested TypeScript (cem analyzer) is kept.
    if (found.startsWith(typescript7Dir)) return typescript5.resolve(request);
    return found;
  }
  return resolve.call(this, request, parent, ...rest);
};

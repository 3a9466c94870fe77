import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, WorkerOptions } from 'node:worker_threads';

// Under ts-jest the sources are TypeScript: the worker compiles them (one file at a time, no type checking) and
// resolves the shared library's alias to its sources.
const TS_LOADER = (sharedIndex: string) => `
const fs = require('node:fs');
const ts = require('typescript');
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === '@metodset/shared' ? ${JSON.stringify(sharedIndex)} : request, ...rest);
};
require.extensions['.ts'] = (m, file) => m._compile(ts.transpileModule(fs.readFileSync(file, 'utf8'), {
  fileName: file,
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
}).outputText, file);
`;

/**
 * A worker thread running `<dir>/<name>.worker.js` (the build) or its `.ts` source (under ts-jest). CPU-heavy pure
 * work (a whole-cohort assignment, …) goes there, so the API's event loop keeps answering.
 */
export function startWorker(dir: string, name: string, options: WorkerOptions): Worker {
  const js = join(dir, `${name}.worker.js`);
  if (existsSync(js)) return new Worker(js, options);
  const sharedIndex = join(__dirname, '../../../../../libs/shared/src/index.ts');
  return new Worker(`${TS_LOADER(sharedIndex)}\nrequire(${JSON.stringify(join(dir, `${name}.worker.ts`))});`, { ...options, eval: true });
}

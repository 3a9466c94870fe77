import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, WorkerOptions } from 'node:worker_threads';

// Under ts-jest the sources are TypeScript: the worker compiles them (one file at a time, no type checking) and
// resolves the shared library's alias to its sources. The output is cached on disk by the file's path and content
// (the OS's temp folder), so a worker started again loads neither TypeScript nor compiles anything: seconds saved
// per worker in the tests.
const TS_LOADER = (sharedIndex: string) => `
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const os = require('node:os');
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, request === '@metodset/shared' ? ${JSON.stringify(sharedIndex)} : request, ...rest);
};
const cacheDir = path.join(os.tmpdir(), 'metodset-worker-ts');
let ts = null;
require.extensions['.ts'] = (m, file) => {
  const source = fs.readFileSync(file, 'utf8');
  const cached = path.join(cacheDir, crypto.createHash('sha256').update(file + '\0' + source).digest('hex') + '.js');
  let code;
  try {
    code = fs.readFileSync(cached, 'utf8');
  } catch {
    ts = ts || require('typescript');
    code = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText;
    try {
      fs.mkdirSync(cacheDir, { recursive: true });
      const tmp = cached + '.' + process.pid + '.' + require('node:worker_threads').threadId;
      fs.writeFileSync(tmp, code);
      fs.renameSync(tmp, cached);
    } catch {
      // A read-only temp folder: compiled again next time.
    }
  }
  m._compile(code, file);
};
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

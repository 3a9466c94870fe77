// `npm run dev`: the API recompiled on change and restarted (node --watch), plus Vite's dev server with hot
// reload on http://localhost:5173 proxying /graphql and /health to the API on :3000.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApiIfNeeded } from './build-api-if-needed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
buildApiIfNeeded(root);
const bin = (name) => join(root, 'node_modules/.bin', name);
const procs = [
  spawn(bin('tsc'), ['-p', 'apps/api/tsconfig.app.json', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit' }),
  spawn(bin('tsc-alias'), ['-p', 'apps/api/tsconfig.app.json', '--watch'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, ['--watch', join(root, 'dist/api/apps/api/src/main.js')], { cwd: root, stdio: 'inherit' }),
  spawn(bin('vite'), ['--config', 'apps/web/vite.config.mts'], { cwd: root, stdio: 'inherit' }),
];
const stop = () => procs.forEach((p) => p.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
procs.forEach((p) => p.on('exit', (code) => code && code !== 0 && console.error(`${p.spawnfile} exited with ${code}`)));

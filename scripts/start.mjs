// `npm start`: build what changed (API, SPA), then run the API, which serves the SPA on the same port.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApiIfNeeded } from './build-api-if-needed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

buildApiIfNeeded(root);
const webIndex = join(root, 'dist/web/index.html');
if (!existsSync(webIndex) || statSync(webIndex).mtimeMs < Math.max(newest(join(root, 'apps/web')), newest(join(root, 'libs/shared/src')))) {
  console.log('Building the web app…');
  execSync('npm run --silent build:web', { cwd: root, stdio: 'inherit' });
}
// A process group of its own (detached): Ctrl-C in the terminal reaches this script only, which hands it to the
// API once, and the API shuts down in order (requests in flight, then its pool, then the embedded PostgreSQL —
// which would otherwise get the terminal's SIGINT too and stop under the requests).
const child = spawn(process.execPath, [join(root, 'dist/api/apps/api/src/main.js')], { cwd: root, stdio: 'inherit', detached: true });
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig === 'SIGHUP' ? 'SIGTERM' : sig));
child.on('exit', (code) => process.exit(code ?? 1));

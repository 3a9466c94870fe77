// Compiles the API (incremental tsc) unless dist is newer than every source file.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function buildApiIfNeeded(root) {
  const marker = join(root, 'dist/api/apps/api/src/main.js');
  const src = Math.max(newest(join(root, 'apps/api/src')), newest(join(root, 'libs/shared/src')));
  if (existsSync(marker) && statSync(marker).mtimeMs >= src) return;
  console.log('Building the API…');
  execSync('npm run --silent build:api', { cwd: root, stdio: 'inherit' });
}

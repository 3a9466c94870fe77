// `npm run cli -- <command>`: builds the API when its sources changed, then runs the admin CLI.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApiIfNeeded } from './build-api-if-needed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
buildApiIfNeeded(root);
const r = spawnSync(process.execPath, [join(root, 'dist/api/apps/api/src/cli/main.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);

// Fails when the web's generated GraphQL types are stale against the committed schema, and on a breaking change of
// the schema against the last released one (scripts/check-breaking.mjs, docs/schema-released.graphql).
// (Schema and migration drift are checked by the API's jest suite: apps/api/test/contract.int-spec.ts.)
import { execSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gen = join(root, 'apps/web/src/gql');
const backup = mkdtempSync(join(tmpdir(), 'metodset-gql-'));
cpSync(gen, backup, { recursive: true });
try {
  execSync('npm run --silent codegen', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const names = new Set([...readdirSync(gen), ...readdirSync(backup)]);
  const read = (dir, f) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : null);
  const stale = [...names].filter((f) => read(gen, f) !== read(backup, f));
  const breaking = spawnSync(process.execPath, [join(root, 'scripts/check-breaking.mjs')], { stdio: 'inherit' });
  if (breaking.status !== 0) process.exitCode = 1;
  if (stale.length) {
    console.error(`Generated GraphQL types are stale: ${stale.join(', ')}. Run \`npm run codegen\` and commit apps/web/src/gql.`);
    process.exitCode = 1;
  } else {
    console.log('Generated GraphQL types match apps/api/schema.graphql');
  }
} finally {
  rmSync(gen, { recursive: true, force: true });
  cpSync(backup, gen, { recursive: true });
  rmSync(backup, { recursive: true, force: true });
}

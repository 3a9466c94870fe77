// The contract check (issue 13): fails on a breaking change of apps/api/schema.graphql against the last released
// schema, docs/schema-released.graphql (graphql-inspector's diff and its criticality levels).
//
// A removal is allowed only for what the released schema had deprecated with a date that has passed:
//   @deprecated(reason: "Используйте поле X; удаляется с 2027-03-01")
// (any YYYY-MM-DD in the reason; the field, argument, input field or enum value may go on or after that day).
//
//   node scripts/check-breaking.mjs                      check (exit 1 on a breaking change)
//   node scripts/check-breaking.mjs --old A --new B      check B against A
//   node scripts/check-breaking.mjs --today 2027-03-01   check as of another day
//   node scripts/check-breaking.mjs --release            the current schema becomes the released one (npm run schema:release)
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { copyFileSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CURRENT = join(root, 'apps/api/schema.graphql');
export const RELEASED = join(root, 'docs/schema-released.graphql');

const DATE = /(\d{4})-(\d{2})-(\d{2})/;

/** The deprecation of a schema element named by graphql-inspector's path (`Type.field`, `Type.field.arg`, `Enum.VALUE`). */
function deprecationOf(schema, path) {
  const [typeName, member, arg] = (path ?? '').split('.');
  const type = schema.getType(typeName);
  if (!type || !member) return null;
  if (isEnumType(type)) return type.getValue(member)?.deprecationReason ?? null;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (!field) return null;
    if (arg) return field.args.find((a) => a.name === arg)?.deprecationReason ?? null;
    return field.deprecationReason ?? null;
  }
  if (isInputObjectType(type)) return type.getFields()[member]?.deprecationReason ?? null;
  return null;
}

/** The removal date in a deprecation reason, if any. */
export function removalDate(reason) {
  const m = reason ? DATE.exec(reason) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

const REMOVALS = new Set(['FIELD_REMOVED', 'FIELD_ARGUMENT_REMOVED', 'INPUT_FIELD_REMOVED', 'ENUM_VALUE_REMOVED']);

/**
 * Breaking changes of `nextSdl` against `releasedSdl`, as of `today` (YYYY-MM-DD). A removal of an element the
 * released schema deprecated with a date on or before today is allowed and listed apart.
 */
export async function checkBreaking(releasedSdl, nextSdl, today = new Date().toISOString().slice(0, 10)) {
  const released = buildSchema(releasedSdl);
  const next = buildSchema(nextSdl);
  const changes = await diff(released, next);
  const breaking = [];
  const allowed = [];
  for (const c of changes) {
    if (c.criticality.level !== CriticalityLevel.Breaking) continue;
    if (REMOVALS.has(c.type)) {
      const reason = deprecationOf(released, c.path);
      const date = removalDate(reason);
      if (date && date <= today) {
        allowed.push({ ...c, reason });
        continue;
      }
      breaking.push({ ...c, why: reason ? (date ? `deprecated for removal on ${date}, not yet` : 'deprecated without a removal date (YYYY-MM-DD)') : 'not deprecated in the released schema' });
      continue;
    }
    breaking.push(c);
  }
  return { breaking, allowed, changes };
}

async function main(argv) {
  const arg = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (argv.includes('--release')) {
    copyFileSync(CURRENT, RELEASED);
    console.log(`${relative(root, RELEASED)} is now the released schema (copied from ${relative(root, CURRENT)})`);
    return 0;
  }
  const oldPath = arg('--old') ?? RELEASED;
  const newPath = arg('--new') ?? CURRENT;
  const today = arg('--today') ?? new Date().toISOString().slice(0, 10);
  const { breaking, allowed, changes } = await checkBreaking(readFileSync(oldPath, 'utf8'), readFileSync(newPath, 'utf8'), today);
  for (const c of allowed) console.log(`allowed removal: ${c.message} (${c.reason})`);
  if (breaking.length) {
    console.error(`Breaking changes against the released schema (${relative(root, oldPath) || oldPath}):`);
    for (const c of breaking) console.error(`  ✖ ${c.message}${c.why ? ` — ${c.why}` : ''}`);
    console.error('Removals go through @deprecated(reason: "… с YYYY-MM-DD …") in a release first (scripts/check-breaking.mjs).');
    return 1;
  }
  console.log(`No breaking change against the released schema (${changes.length} change(s) in all)`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}

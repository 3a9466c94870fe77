import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Issue 13, the contract: `scripts/check-breaking.mjs` (run by `npm run check:contract` in CI) fails on a breaking
 * change against the released schema and allows a removal only after its announced date.
 */
const root = join(__dirname, '../../..');
const script = join(root, 'scripts/check-breaking.mjs');
const current = readFileSync(join(root, 'apps/api/schema.graphql'), 'utf8');

describe('breaking-change check against the released schema', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'metodset-breaking-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const check = (released: string, next: string, today = '2026-12-04') => {
    writeFileSync(join(dir, 'released.graphql'), released);
    writeFileSync(join(dir, 'next.graphql'), next);
    const r = spawnSync(process.execPath, [script, '--old', join(dir, 'released.graphql'), '--new', join(dir, 'next.graphql'), '--today', today], { encoding: 'utf8' });
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const withField = (sdl: string, field: string) => sdl.replace(/^type Query \{\n/m, `type Query {\n  ${field}\n`);

  it('passes the committed schema against the committed release', () => {
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(r.status).toBe(0);
  });

  it('fails when a field is removed', () => {
    const released = withField(current, 'legacyCount: Int!');
    const r = check(released, current);
    expect(r.status).toBe(1);
    expect(r.out).toContain("Field 'legacyCount' was removed from object type 'Query'");
    expect(r.out).toContain('not deprecated in the released schema');
  });

  it('passes when a field is added', () => {
    const r = check(current, withField(current, 'newCount: Int'));
    expect(r.status).toBe(0);
    expect(r.out).toContain('No breaking change');
  });

  it('allows removing a field deprecated with a date that has passed, and only then', () => {
    const released = withField(current, 'legacyCount: Int! @deprecated(reason: "Используйте totalCount; удаляется с 2026-12-01")');
    const passed = check(released, current, '2026-12-04');
    expect(passed.status).toBe(0);
    expect(passed.out).toContain('allowed removal');
    const early = check(released, current, '2026-11-30');
    expect(early.status).toBe(1);
    expect(early.out).toContain('deprecated for removal on 2026-12-01, not yet');
    const undated = check(withField(current, 'legacyCount: Int! @deprecated(reason: "Используйте totalCount")'), current);
    expect(undated.status).toBe(1);
    expect(undated.out).toContain('without a removal date');
  });

  it('fails when a field changes its type incompatibly', () => {
    const r = check(withField(current, 'legacyCount: Int!'), withField(current, 'legacyCount: String!'));
    expect(r.status).toBe(1);
  });
});

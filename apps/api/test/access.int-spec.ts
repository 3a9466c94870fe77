import { randomUUID } from 'node:crypto';
import { RoleKind } from '@metodset/shared';
import { Grant } from '../src/common/auth/access-scope';
import { AccessService } from '../src/common/access/access.service';
import { UnitOfWork } from '../src/common/database/unit-of-work';
import { Caller } from '../src/common/access/access-rule';
import { AccessAction } from '../src/common/access/access-rules';
import { startTestApp, TestApp } from './support/test-app';

/** The one access component: named rules, batched, out of reach is not found. */
describe('AccessService', () => {
  let t: TestApp;
  let access: AccessService;
  /** The app's own connection, so its statements are counted. */
  const m = () => t.app.get(UnitOfWork).reader;
  const ids: Record<string, string> = {};
  const grant = (role: RoleKind, g: Partial<Grant> = {}): Grant => ({ role, regionId: null, municipalityId: null, organizationId: null, ...g });

  const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0]!.id;

  beforeAll(async () => {
    t = await startTestApp();
    access = t.app.get(AccessService);
    ids.podporozhye = await one(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`);
    ids.sosh12 = await one(`SELECT id FROM organization WHERE external_id = 'demo:org:11-vorkuta-sosh-12'`);
    ids.podpOrg = await one(`SELECT id FROM organization WHERE municipality_id = $1 ORDER BY name LIMIT 1`, [ids.podporozhye]);
    ids.network = await one(`SELECT id FROM network WHERE external_id = 'demo:network:podporozhye-shkola-shkole'`);
    ids.filippov = await one(`SELECT id FROM person WHERE external_id = 'demo:person:11-vorkuta-sosh12-young-math'`);
  });
  afterAll(() => t.close());

  const methodist = (): Caller => ({ grants: [grant(RoleKind.MUNICIPAL_METHODIST, { municipalityId: ids.podporozhye })], personId: null });
  const school12 = (): Caller => ({ grants: [grant(RoleKind.ORGANIZATION_ADMIN, { organizationId: ids.sosh12 })], personId: null });
  const teacher = (): Caller => ({ grants: [grant(RoleKind.TEACHER)], personId: ids.filippov });

  it('answers for a batch in one statement and keeps only the ids in reach', async () => {
    const before = t.counter.statements;
    const ok = await access.check(m(), methodist(), 'organization.write', [ids.podpOrg, ids.sosh12, randomUUID(), 'not-a-uuid', null]);
    expect(t.counter.statements - before).toBe(1);
    expect([...ok]).toEqual([ids.podpOrg]);
  });

  it('answers checks asked together in ONE statement, each exactly as when asked alone', async () => {
    const candidates = [ids.podpOrg, ids.sosh12, ids.network, ids.filippov, randomUUID()];
    const asks: [() => Caller, AccessAction][] = [
      [methodist, 'organization.write'],
      [school12, 'organization.read'],
      [teacher, 'person.read'],
      [teacher, 'organization.read'],
      [methodist, 'network.read'],
      [school12, 'person.read'],
    ];
    const alone: string[][] = [];
    for (const [who, action] of asks) alone.push([...(await access.check(m(), who(), action, candidates))].sort());
    const before = t.counter.statements;
    const together = await Promise.all(asks.map(([who, action]) => access.check(m(), who(), action, candidates)));
    expect(t.counter.statements - before).toBe(1);
    expect(together.map((x) => [...x].sort())).toEqual(alone);
    // Not trivially alike: the methodist writes the Podporozhye school only, not №12, the network or a random id.
    expect(alone[0]).toEqual([ids.podpOrg]);
  });

  it('asks nothing of the database when nothing can match', async () => {
    const before = t.counter.statements;
    expect((await access.check(m(), teacher(), 'organization.write', [ids.sosh12])).size).toBe(0);
    expect((await access.check(m(), methodist(), 'person.read', [])).size).toBe(0);
    expect(t.counter.statements - before).toBe(0);
  });

  it('refuses out of reach as NOT_FOUND, whether the row exists or not', async () => {
    for (const id of [ids.sosh12, randomUUID()]) {
      await expect(access.require(m(), methodist(), 'organization.write', id, 'Организация не найдена')).rejects.toMatchObject({
        extensions: { code: 'NOT_FOUND' },
        message: 'Организация не найдена',
      });
    }
  });

  it('lets a teacher see himself and his workplace, and change neither', async () => {
    expect(await access.can(m(), teacher(), 'person.read', ids.filippov)).toBe(true);
    expect(await access.can(m(), teacher(), 'organization.read', ids.sosh12)).toBe(true);
    expect(await access.can(m(), teacher(), 'person.write', ids.filippov)).toBe(false);
    expect(await access.can(m(), teacher(), 'organization.read', ids.podpOrg)).toBe(false);
  });

  it('makes a network visible through accepted members only', async () => {
    await t.db.query(`INSERT INTO network_member (network_id, organization_id, role, status) VALUES ($1, $2, 'PARTICIPANT', 'INVITED')`, [ids.network, ids.sosh12]);
    expect(await access.can(m(), school12(), 'network.read', ids.network)).toBe(false);
    expect(await access.can(m(), school12(), 'network.coordinate', ids.network)).toBe(false);
    expect(await access.can(m(), methodist(), 'network.coordinate', ids.network)).toBe(true);
    await t.db.query(`UPDATE network_member SET status = 'ACCEPTED' WHERE network_id = $1 AND organization_id = $2`, [ids.network, ids.sosh12]);
    expect(await access.can(m(), school12(), 'network.read', ids.network)).toBe(true);
    expect(await access.can(m(), school12(), 'network.coordinate', ids.network)).toBe(false);
    await t.db.query(`UPDATE network_member SET status = 'LEFT' WHERE network_id = $1 AND organization_id = $2`, [ids.network, ids.sosh12]);
    expect(await access.can(m(), school12(), 'network.read', ids.network)).toBe(false);
  });
});

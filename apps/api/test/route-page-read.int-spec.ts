import { RoleKind } from '@metodset/shared';
import { Caller } from '../src/common/access/access-rule';
import { AccessService } from '../src/common/access/access.service';
import { Grant } from '../src/common/auth/access-scope';
import { UnitOfWork } from '../src/common/database/unit-of-work';
import { PersonRepository } from '../src/modules/person/person.repository';
import { RouteLocks } from '../src/modules/route/route-locks';
import { RouteRepository } from '../src/modules/route/route.repository';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The route page reads in ONE statement (`RouteRepository.routePage`) what its fields read one by one before: the
 * access component's decisions (`route.read`, the rights, `route.person`, `route.stepMentor`, `event.read`), the route,
 * its steps, journal and effectiveness, the steps' events and mentorships, the cards shown. For every seeded route and
 * callers of every kind, each part equals what the route's own reads and the access component give for it.
 */
describe('the route page read in one statement', () => {
  let t: TestApp;
  const m = () => t.app.get(UnitOfWork).reader;
  const grant = (role: RoleKind, g: Partial<Grant> = {}): Grant => ({ role, regionId: null, municipalityId: null, organizationId: null, ...g });
  const one = async (sql: string) => ((await t.db.query(sql)) as { id: string }[])[0]!.id;
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('equals the separate reads for every route and every kind of caller, in one statement', async () => {
    const repo = t.app.get(RouteRepository);
    const access = t.app.get(AccessService);
    const locks = t.app.get(RouteLocks);
    const people = t.app.get(PersonRepository);
    const vorkuta = await one(`SELECT id FROM municipality WHERE name ILIKE '%Воркута%' ORDER BY name LIMIT 1`);
    const podporozhye = await one(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`);
    const sosh12 = await one(`SELECT id FROM organization WHERE external_id = 'demo:org:11-vorkuta-sosh-12'`);
    const filippov = await one(`SELECT id FROM person WHERE external_id = 'demo:person:11-vorkuta-sosh12-young-math'`);
    const routePeople = ((await t.db.query(`SELECT DISTINCT person_id AS id FROM learning_route WHERE person_id IS NOT NULL ORDER BY 1 LIMIT 2`)) as { id: string }[]).map((r) => r.id);
    const callers: Record<string, Caller> = {
      admin: { grants: [grant(RoleKind.PLATFORM_ADMIN)], personId: null },
      methodistVorkuta: { grants: [grant(RoleKind.MUNICIPAL_METHODIST, { municipalityId: vorkuta })], personId: null },
      methodistPodporozhye: { grants: [grant(RoleKind.MUNICIPAL_METHODIST, { municipalityId: podporozhye })], personId: null },
      school12: { grants: [grant(RoleKind.ORGANIZATION_ADMIN, { organizationId: sosh12 })], personId: null },
      filippov: { grants: [grant(RoleKind.TEACHER)], personId: filippov },
      ...Object.fromEntries(routePeople.map((p, i) => [`owner${i}`, { grants: [grant(RoleKind.TEACHER), grant(RoleKind.MENTOR)], personId: p }])),
      nobody: { grants: [], personId: null },
    };
    const routes = ((await t.db.query(`SELECT id FROM learning_route ORDER BY id`)) as { id: string }[]).map((r) => r.id);
    expect(routes.length).toBeGreaterThan(2);
    let read = 0;
    let withMentor = 0;
    let withEvent = 0;
    for (const [who, caller] of Object.entries(callers)) {
      for (const id of [...routes, '00000000-0000-0000-0000-000000000000']) {
        t.counter.reset();
        const page = await repo.routePage(m(), id, (action, idsSql, values) => access.selectSql(m(), caller, action, idsSql, values));
        expect(t.counter.statements).toBe(1);
        const readable = await access.can(m(), caller, 'route.read', id);
        expect([who, id, !!page]).toEqual([who, id, readable]);
        if (!page) continue;
        read++;
        const steps = await repo.stepsOf(m(), [id]);
        const mentorShown = await access.check(m(), caller, 'route.stepMentor', steps.map((s) => s.id));
        const events = await repo.linkedEvents(m(), [...(await access.check(m(), caller, 'event.read', steps.map((s) => s.eventId)))]);
        const personShown = await access.can(m(), caller, 'route.person', id);
        const route = await repo.byId(m(), id);
        const cardIds = [...new Set([...(personShown && route!.personId ? [route!.personId] : []), ...steps.filter((s) => s.mentorPersonId && mentorShown.has(s.id)).map((s) => s.mentorPersonId!)])];
        const mentorshipIds = steps.map((s) => s.mentorshipId).filter((x): x is string => !!x);
        withMentor += steps.filter((s) => s.mentorPersonId).length;
        withEvent += steps.filter((s) => s.eventId).length;
        expect({ who, ...page, mentorShown: [...page.mentorShown].sort(), events: byId(page.events), mentorships: byId(page.mentorships), cards: byId(page.cards) }).toStrictEqual({
          who,
          route,
          rights: (await locks.rights(m(), caller, [id])).get(id),
          personShown,
          steps,
          mentorShown: [...mentorShown].sort(),
          events: byId(events),
          mentorships: byId(mentorshipIds.length ? await repo.mentorships(m(), { ids: mentorshipIds }) : []),
          cards: byId(await people.cards(m(), cardIds)),
          journal: await repo.journalOf(m(), [id]),
          effectiveness: await repo.effectiveness(m(), [id]),
        });
      }
    }
    // The seeds exercise every part: routes read and not, mentors and events on steps.
    expect(read).toBeGreaterThan(routes.length);
    expect(read).toBeLessThan(routes.length * Object.keys(callers).length);
    expect(withMentor).toBeGreaterThan(0);
    expect(withEvent).toBeGreaterThan(0);
  });
});

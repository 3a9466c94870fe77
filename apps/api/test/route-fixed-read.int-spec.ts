import { DataSource } from 'typeorm';
import { RouteRepository } from '../src/modules/route/route.repository';
import { LearningRouteEntity } from '../src/modules/route/learning-route.entity';
import { LearningRouteStepEntity } from '../src/modules/route/learning-route-step.entity';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The route page reads its route and its steps by statements built once (`FixedRead`): the same entities as
 * TypeORM's own query gives, for every seeded route, one statement each.
 */
describe('route and steps read by statements built once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('equal TypeORM’s entities for every route and its steps, one statement each', async () => {
    const repo = t.app.get(RouteRepository);
    const m = t.app.get(DataSource).manager; // the app's own (its statements are counted)
    const ids = ((await t.db.query(`SELECT id FROM learning_route ORDER BY id`)) as { id: string }[]).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids) {
      const theirs = await m.getRepository(LearningRouteEntity).createQueryBuilder('r').where('r.id = :id', { id }).getOne();
      t.counter.reset();
      const ours = await repo.byId(m, id);
      expect(t.counter.statements).toBe(1);
      expect(ours).toStrictEqual(theirs);
    }
    expect(await repo.byId(m, '00000000-0000-0000-0000-000000000000')).toBeNull();
    const theirSteps = await m.getRepository(LearningRouteStepEntity).find({ where: ids.map((routeId) => ({ routeId })), order: { position: 'ASC', createdAt: 'ASC' } });
    t.counter.reset();
    const ourSteps = await repo.stepsOf(m, ids);
    expect(t.counter.statements).toBe(1);
    expect(ourSteps.length).toBeGreaterThan(2);
    // The same steps, in the same order within each route (across routes rows tied on position and creation time
    // may come in either order).
    const byRoute = (steps: LearningRouteStepEntity[]) => ids.map((id) => steps.filter((x) => x.routeId === id));
    expect(ourSteps).toHaveLength(theirSteps.length);
    expect(byRoute(ourSteps)).toStrictEqual(byRoute(theirSteps));
    expect(await repo.stepsOf(m, [])).toEqual([]);
  });
});

import { ENTITIES } from '../src/database/entities';
import { rawAndEntities } from '../src/common/pagination/hydrate';
import { startTestApp, TestApp } from './support/test-app';

/**
 * A list page's entities are built from its raw rows without TypeORM's general transformer when the query is plain
 * (`rawAndEntities`): for every entity, the same rows as TypeORM's `getRawAndEntities` gives for the same statement —
 * same classes, same values (dates, enums, arrays, numbers), computed columns of the page left out of the entities.
 */
describe('list pages built from raw rows', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('equal TypeORM’s entities for every entity of the API, seeded rows included', async () => {
    let compared = 0;
    const plain = new Set<string>();
    for (const entity of ENTITIES) {
      const metadata = t.db.getMetadata(entity);
      const page = () =>
        t.db
          .getRepository(entity)
          .createQueryBuilder('x')
          .addSelect('1', 'extra_one')
          .orderBy(metadata.primaryColumns.map((c) => `x.${c.databaseName}`).join(', '))
          .limit(30);
      const qb = page();
      const general = jest.spyOn(qb, 'getRawAndEntities');
      const ours = await rawAndEntities(qb);
      if (!general.mock.calls.length) plain.add(metadata.name);
      const theirs = await page().getRawAndEntities();
      expect(ours.raw).toEqual(theirs.raw);
      expect(ours.entities).toStrictEqual(theirs.entities);
      compared += ours.entities.length;
    }
    expect(compared).toBeGreaterThan(100);
    // The hot lists take the raw path (the rest may fall back to TypeORM's transformer and still be compared above).
    expect([...plain]).toEqual(expect.arrayContaining(['OrganizationEntity', 'PersonEntity', 'PositionEntity', 'MunicipalityEntity']));
  });

  it('organisations and people pages: the same rows through GraphQL as the loaders give', async () => {
    const token = await t.login('coordinator.lo');
    const q = `{ organizations(first: 40) { nodes { id name shortName kind inn externalId address email website foundedYear illustrative archivedAt createdAt updatedAt municipalityId } }
                 people(first: 40) { nodes { id lastName firstName middleName fullName birthDate externalId email phone subjects experienceYears isYoungTeacher qualificationCategory isMasterTeacher illustrative archivedAt } } }`;
    const r = await t.gql<{ organizations: { nodes: { id: string }[] }; people: { nodes: { id: string }[] } }>(q, {}, token);
    expect(r.errors).toBeUndefined();
    for (const o of r.data!.organizations.nodes) {
      const one = await t.gql<{ organization: unknown }>(
        `query($id: ID!) { organization(id: $id) { id name shortName kind inn externalId address email website foundedYear illustrative archivedAt createdAt updatedAt municipalityId } }`,
        { id: o.id },
        token,
      );
      expect(one.data!.organization).toEqual(o);
    }
    for (const p of r.data!.people.nodes.slice(0, 10)) {
      const one = await t.gql<{ person: unknown }>(
        `query($id: ID!) { person(id: $id) { id lastName firstName middleName fullName birthDate externalId email phone subjects experienceYears isYoungTeacher qualificationCategory isMasterTeacher illustrative archivedAt } }`,
        { id: p.id },
        token,
      );
      expect(one.data!.person).toEqual(p);
    }
  });
});

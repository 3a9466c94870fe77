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

  it('equal TypeORM’s partial entities when a page selects some columns', async () => {
    let compared = 0;
    for (const entity of ENTITIES) {
      const metadata = t.db.getMetadata(entity);
      // The primary columns and every other column, in an order of their own.
      const columns = metadata.columns.filter((c, i) => c.isPrimary || (c.isSelect && i % 2 === 1)).reverse();
      const page = () =>
        t.db
          .getRepository(entity)
          .createQueryBuilder('x')
          .select(columns.map((c) => `x.${c.propertyPath}`))
          .addSelect('1', 'extra_one')
          .orderBy(metadata.primaryColumns.map((c) => `x.${c.databaseName}`).join(', '))
          .limit(30);
      const ours = await rawAndEntities(page());
      const theirs = await page().getRawAndEntities();
      expect(ours.raw).toEqual(theirs.raw);
      expect(ours.entities).toStrictEqual(theirs.entities);
      compared += ours.entities.length;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('people pages read only the columns their selection needs and answer exactly as the whole row does', async () => {
    const token = await t.login('methodist.podporozhye');
    const PERSON = 'id lastName firstName middleName fullName birthDate externalId email phone subjects experienceYears isYoungTeacher qualificationCategory isMasterTeacher illustrative archivedAt';
    const POSITION = 'id personId organizationId kind title isMain startedOn endedOn';
    const ORGANIZATION = 'id municipalityId name shortName kind inn externalId address email website foundedYear illustrative archivedAt createdAt updatedAt';
    // A field the column map does not know (another domain's resolver) makes the page read whole rows: the reference.
    const whole = `people(first: 60) { totalCount pageInfo { endCursor hasNextPage } nodes { professionalHours { label } ${PERSON} positions { ${POSITION} organization { ${ORGANIZATION} municipality { name } } } } }`;
    const all = await t.gql<{ people: { totalCount: number; pageInfo: unknown; nodes: Record<string, unknown>[] } }>(`{ ${whole} }`, {}, token);
    expect(all.errors).toBeUndefined();
    expect(all.data!.people.nodes.length).toBeGreaterThan(10);
    const pick = (o: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.map((f) => [f, o[f]]));
    const cases: [person: string, position: string | null, organization: string | null][] = [
      ['id', null, null],
      ['fullName subjects experienceYears qualificationCategory', 'kind isMain', 'name'],
      ['isYoungTeacher email', 'personId title startedOn', null],
      ['__typename lastName archivedAt birthDate', 'organization { __typename }', null],
      ['id phone', 'endedOn', 'shortName createdAt archivedAt foundedYear'],
      [PERSON, POSITION, ORGANIZATION],
    ];
    for (const [person, position, organization] of cases) {
      const positions = position === null ? '' : `positions { ${position} ${organization === null ? '' : `organization { ${organization} }`} }`;
      const sent = jest.spyOn(t.counter, 'logQuery');
      const r = await t.gql<{ people: { totalCount: number; pageInfo: unknown; nodes: Record<string, unknown>[] } }>(
        `{ people(first: 60) { totalCount pageInfo { endCursor hasNextPage } nodes { ${person} ${positions} } } }`,
        {},
        token,
      );
      expect(r.errors).toBeUndefined();
      // The page's statement reads the columns asked for, not the whole row (`birth_date` only when `birthDate` is asked).
      const statement = sent.mock.calls.map(([sql]) => sql).find((sql) => sql.includes('total_count'))!;
      sent.mockRestore();
      expect(statement.includes('"birth_date"')).toBe(person.includes('birthDate'));
      expect(r.data!.people.totalCount).toBe(all.data!.people.totalCount);
      expect(r.data!.people.pageInfo).toEqual(all.data!.people.pageInfo);
      const personFields = person.split(' ').filter((f) => f !== '__typename');
      const positionFields = position?.split(' ').filter((f) => /^[a-z]/i.test(f) && !['organization', '__typename'].includes(f)) ?? [];
      const organizationFields = organization?.split(' ') ?? [];
      const expected = all.data!.people.nodes.map((n) => ({
        ...pick(n, personFields),
        ...(person.includes('__typename') && { __typename: 'Person' }),
        ...(position !== null && {
          positions: (n['positions'] as Record<string, unknown>[]).map((p) => ({
            ...pick(p, positionFields),
            ...(position.includes('organization {') && { organization: p['organization'] === null ? null : { __typename: 'Organization' } }),
            ...(organization !== null && { organization: p['organization'] === null ? null : pick(p['organization'] as Record<string, unknown>, organizationFields) }),
          })),
        }),
      }));
      expect(r.data!.people.nodes).toEqual(expected);
    }
  });

  it('organisation pages read only the columns their selection needs and answer exactly as the whole row does', async () => {
    const token = await t.login('coordinator.lo');
    const ORGANIZATION = 'id municipalityId name shortName kind inn externalId address email website foundedYear illustrative archivedAt createdAt updatedAt';
    const EXTRA = 'municipality { id name } currentStatuses { kind year } staffCount canEdit';
    // A field the column map does not know (another domain's resolver) makes the page read whole rows: the reference.
    const all = await t.gql<{ organizations: { totalCount: number; pageInfo: unknown; nodes: Record<string, unknown>[] } }>(
      `{ organizations(first: 60) { totalCount pageInfo { endCursor hasNextPage } nodes { municipalityHistory { id } ${ORGANIZATION} ${EXTRA} } } }`,
      {},
      token,
    );
    expect(all.errors).toBeUndefined();
    expect(all.data!.organizations.nodes.length).toBeGreaterThan(10);
    const pick = (o: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.map((f) => [f, o[f]]));
    for (const fields of ['id', 'name kind staffCount', 'municipality { id name } currentStatuses { kind year }', 'shortName archivedAt createdAt canEdit', `${ORGANIZATION} ${EXTRA}`]) {
      const sent = jest.spyOn(t.counter, 'logQuery');
      const r = await t.gql<{ organizations: { totalCount: number; pageInfo: unknown; nodes: Record<string, unknown>[] } }>(
        `{ organizations(first: 60) { totalCount pageInfo { endCursor hasNextPage } nodes { ${fields} } } }`,
        {},
        token,
      );
      expect(r.errors).toBeUndefined();
      const statement = sent.mock.calls.map(([sql]) => sql).find((sql) => sql.includes('total_count'))!;
      sent.mockRestore();
      expect(statement.includes('"address"')).toBe(fields.includes('address'));
      expect(r.data!.organizations.totalCount).toBe(all.data!.organizations.totalCount);
      expect(r.data!.organizations.pageInfo).toEqual(all.data!.organizations.pageInfo);
      const top = fields.replace(/\{[^}]*\}/g, '').split(' ').filter(Boolean);
      expect(r.data!.organizations.nodes).toEqual(all.data!.organizations.nodes.map((n) => pick(n, top)));
    }
  });

  it('a people page read column by column leaves other fields of the same operation whole', async () => {
    const token = await t.login('methodist.podporozhye');
    const page = await t.gql<{ people: { nodes: { id: string }[] } }>(`{ people(first: 5) { nodes { id } } }`, {}, token);
    const id = page.data!.people.nodes[0]!.id;
    const DETAIL = 'positions { id personId organizationId kind title isMain startedOn endedOn organization { id name address email createdAt } }';
    const alone = await t.gql<{ person: unknown }>(`query($id: ID!) { person(id: $id) { id ${DETAIL} } }`, { id }, token);
    const both = await t.gql<{ person: unknown; people: { nodes: { id: string }[] } }>(
      `query($id: ID!) { people(first: 5) { nodes { id positions { kind organization { name } } } } person(id: $id) { id ${DETAIL} } }`,
      { id },
      token,
    );
    expect(both.errors).toBeUndefined();
    expect(both.data!.people.nodes.map((n) => n.id)).toContain(id);
    expect(both.data!.person).toEqual(alone.data!.person);
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

import { withInnCheckDigit } from '@metodset/shared';
import { checkEveryOrder, checkPageRefusals, Page } from './support/list-order';
import { idOf, startTestApp, TestApp } from './support/test-app';

const LIST = `query($first: Int!, $after: String, $offset: Int, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {
  organizations(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id name inn municipality { name } currentStatuses { kind year } staffCount }
  }
}`;
type ListData = {
  organizations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; name: string; inn: string | null; municipality: { name: string }; currentStatuses: { kind: string; year: number }[]; staffCount: number }[];
  };
};

describe('registry of organisations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses anonymous callers', async () => {
    const r = await t.gql(LIST, { first: 5 });
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a Podporozhye methodist Podporozhye only', async () => {
    const token = await t.login('methodist.podporozhye');
    const r = await t.gql<ListData>(LIST, { first: 100 }, token);
    const nodes = r.data!.organizations.nodes;
    expect(nodes.length).toBeGreaterThan(5);
    expect(new Set(nodes.map((n) => n.municipality.name))).toEqual(new Set(['Подпорожский муниципальный район']));
    expect(nodes.some((n) => n.currentStatuses.some((s) => s.kind === 'LOW_RESULTS'))).toBe(true);
  });

  it('shows the regional coordinator the whole region and nothing outside it', async () => {
    const token = await t.login('coordinator.lo');
    const r = await t.gql<ListData>(LIST, { first: 100 }, token);
    const inRegion: { n: string }[] = await t.db.query(
      `SELECT count(*) AS n FROM organization o JOIN municipality m ON m.id = o.municipality_id JOIN region r ON r.id = m.region_id
       WHERE r.code = '47' AND o.archived_at IS NULL`,
    );
    expect(r.data!.organizations.totalCount).toBe(Number(inRegion[0].n));
    const vorkuta = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
    const other = await t.gql(`query($id: ID!) { organization(id: $id) { id } }`, { id: vorkuta }, token);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('sorts by every column both ways, stable with ties, by cursor and by offset', async () => {
    const token = await t.login('coordinator.lo');
    const list = { gql: t.gql, token, query: LIST, pick: (d: Record<string, unknown>) => d['organizations'] as Page, pageSize: 9 };
    const asc = await checkEveryOrder(list, ['NAME', 'KIND', 'MUNICIPALITY', 'STAFF_COUNT', 'CREATED_AT'], 10);
    const all = await t.gql<ListData>(LIST, { first: 100 }, token);
    const staff = new Map(all.data!.organizations.nodes.map((n) => [n.id, n.staffCount]));
    const counts = asc['STAFF_COUNT'].map((id) => staff.get(id)!);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(new Set(counts).size).toBeLessThan(counts.length); // ties exist and still page cleanly
    const municipality = new Map(all.data!.organizations.nodes.map((n) => [n.id, n.municipality.name]));
    const names = asc['MUNICIPALITY'].map((id) => municipality.get(id)!);
    expect(names[0] <= names[names.length - 1]).toBe(true);
  });

  it('pages by offset and refuses after with offset, and a page over 100', async () => {
    const token = await t.login('admin');
    const p1 = await t.gql<ListData>(LIST, { first: 5 }, token);
    const p3 = await t.gql<ListData>(LIST, { first: 5, offset: 10 }, token);
    const all = await t.gql<ListData>(LIST, { first: 15 }, token);
    expect(p3.data!.organizations.nodes.map((n) => n.id)).toEqual(all.data!.organizations.nodes.slice(10).map((n) => n.id));
    expect(p3.data!.organizations.totalCount).toBe(p1.data!.organizations.totalCount);
    await checkPageRefusals({ gql: t.gql, token, query: LIST, pick: (d) => d['organizations'] as Page });
    const badOrder = await t.gql(LIST, { first: 5, orderBy: { field: 'INN', direction: 'ASC' } }, token);
    expect(badOrder.errors?.length).toBeGreaterThan(0);
  });

  it('filters by status and year, kind and text', async () => {
    const token = await t.login('admin');
    const low = await t.gql<ListData>(LIST, { first: 100, filter: { statusKind: 'LOW_RESULTS', statusYear: 2020 } }, token);
    expect(low.data!.organizations.totalCount).toBeGreaterThan(0);
    expect(low.data!.organizations.nodes.every((n) => n.currentStatuses.some((s) => s.kind === 'LOW_RESULTS'))).toBe(true);
    const search = await t.gql<ListData>(LIST, { first: 10, filter: { search: 'воркут' } }, token);
    expect(search.data!.organizations.nodes.length).toBeGreaterThan(0);
    const bad = await t.gql(LIST, { first: 500 }, token);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs the same number of SQL statements for 10 rows as for 100', async () => {
    const token = await t.login('admin');
    const count = async (first: number) => {
      t.counter.reset();
      const r = await t.gql<ListData>(LIST, { first }, token);
      expect(r.errors).toBeUndefined();
      return t.counter.statements;
    };
    const ten = await count(10);
    const hundred = await count(50);
    expect(ten).toBe(hundred);
    expect(ten).toBeLessThanOrEqual(6);
  });

  it('counts the total in the page\'s own statement, and still gives it for an empty page past the end', async () => {
    const token = await t.login('admin');
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM organization WHERE archived_at IS NULL`)) as { n: number }[];
    const first = await t.gql<ListData>(LIST, { first: 5 }, token);
    expect(first.data!.organizations.totalCount).toBe(n);
    // The total and the page are one statement: a page costs one fewer than a separate count would.
    t.counter.reset();
    await t.gql(`query { organizations(first: 5) { totalCount nodes { id } } }`, {}, token);
    expect(t.counter.statements).toBe(1);
    // No row carries the total past the end: it is counted on its own, and is the same.
    const past = await t.gql<ListData>(LIST, { first: 5, offset: n + 10 }, token);
    expect(past.data!.organizations.nodes).toEqual([]);
    expect(past.data!.organizations.totalCount).toBe(n);
    let after: string | null = null;
    let seen = 0;
    for (;;) {
      const page: { data?: ListData | null } = await t.gql<ListData>(LIST, { first: 100, after }, token);
      seen += page.data!.organizations.nodes.length;
      expect(page.data!.organizations.totalCount).toBe(n);
      if (!page.data!.organizations.pageInfo.hasNextPage) {
        const end = await t.gql<ListData>(LIST, { first: 5, after: page.data!.organizations.pageInfo.endCursor }, token);
        expect(end.data!.organizations.nodes).toEqual([]);
        expect(end.data!.organizations.totalCount).toBe(n);
        break;
      }
      after = page.data!.organizations.pageInfo.endCursor;
    }
    expect(seen).toBe(n);
  });

  it('reads the municipality, statuses and staff count of a page in the page\'s own statement, the same as loaded one by one', async () => {
    const token = await t.login('admin');
    const FIELDS = `id municipality { id name regionId archivedAt } statuses { id kind year source siteId } currentStatuses { kind year } staffCount`;
    t.counter.reset();
    const page = await t.gql<{ organizations: { nodes: Record<string, unknown>[] } }>(`query { organizations(first: 100) { nodes { ${FIELDS} } } }`, {}, token);
    expect(page.errors).toBeUndefined();
    expect(t.counter.statements).toBe(1);
    // Through a fragment and an alias the fields are found all the same.
    t.counter.reset();
    const viaFragment = await t.gql(`query { organizations(first: 100) { items: nodes { ...F } } } fragment F on Organization { ${FIELDS} }`, {}, token);
    expect(viaFragment.errors).toBeUndefined();
    expect(t.counter.statements).toBe(1);
    const nodes = page.data!.organizations.nodes;
    expect(nodes.some((n) => (n['staffCount'] as number) > 0)).toBe(true);
    expect(nodes.some((n) => (n['statuses'] as unknown[]).length > 1)).toBe(true);
    // One organisation at a time goes through the field resolvers' own statements: the same values.
    for (const n of nodes) {
      const one = await t.gql<{ organization: Record<string, unknown> }>(`query($id: ID!) { organization(id: $id) { ${FIELDS} } }`, { id: n['id'] }, token);
      expect(one.data!.organization).toEqual(n);
    }
  });

  it('sorts by the computed staff count in SQL, in the same bounded number of statements', async () => {
    const token = await t.login('admin');
    const count = async (first: number, offset: number) => {
      t.counter.reset();
      const r = await t.gql<ListData>(LIST, { first, offset, orderBy: { field: 'STAFF_COUNT', direction: 'DESC' } }, token);
      expect(r.errors).toBeUndefined();
      const counts = r.data!.organizations.nodes.map((n) => n.staffCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      return t.counter.statements;
    };
    const ten = await count(10, 0);
    expect(await count(50, 5)).toBe(ten);
    expect(ten).toBeLessThanOrEqual(6);
  });
});

describe('editing organisations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const UPDATE = `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id name inn } }`;

  it('refuses a bad ИНН with a field error and writes nothing', async () => {
    const token = await t.login('methodist.podporozhye');
    const id = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1');
    const before: unknown[] = await t.db.query('SELECT * FROM organization WHERE id = $1', [id]);
    const r = await t.gql(UPDATE, { id, input: { inn: '4711000010', name: 'Новое имя' } }, token);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.fields).toEqual([{ field: 'inn', message: 'Неверная контрольная цифра ИНН' }]);
    expect(await t.db.query('SELECT * FROM organization WHERE id = $1', [id])).toEqual(before);
  });

  it('takes an ИНН pasted with spaces and a site without https://; a 12-digit ИНН gets the length message', async () => {
    const token = await t.login('methodist.podporozhye');
    const id = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1');
    const inn = withInnCheckDigit('471188888');
    const site = `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id inn website } }`;
    const ok = await t.gql<{ updateOrganization: { inn: string; website: string } }>(
      site,
      { id, input: { inn: ` ${inn.slice(0, 4)} ${inn.slice(4, 7)}\u00a0${inn.slice(7)} `, website: 'school47.ru' } },
      token,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateOrganization).toMatchObject({ inn, website: 'https://school47.ru' });

    const before: unknown[] = await t.db.query('SELECT * FROM organization WHERE id = $1', [id]);
    const r = await t.gql(UPDATE, { id, input: { inn: '500100732259' } }, token);
    expect(r.errors?.[0].extensions?.fields).toEqual([{ field: 'inn', message: 'ИНН организации — 10 цифр, а здесь 12 — так выглядит ИНН физического лица' }]);
    const bad = await t.gql(site, { id, input: { website: 'не сайт' } }, token);
    expect(bad.errors?.[0].extensions?.fields).toEqual([{ field: 'website', message: 'Сайт — адрес вида school.ru или https://school.ru' }]);
    expect(await t.db.query('SELECT * FROM organization WHERE id = $1', [id])).toEqual(before);
  });

  it('saves a valid edit and audits it with before and after', async () => {
    const token = await t.login('methodist.podporozhye');
    const id = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1');
    const inn = withInnCheckDigit('471199999');
    const r = await t.gql<{ updateOrganization: { inn: string } }>(UPDATE, { id, input: { inn, statuses: [{ kind: 'HIGH_RESULTS', year: 2025, source: 'Приказ КО №1' }] } }, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateOrganization.inn).toBe(inn);
    const audit: { action: string; before: { inn: string | null }; after: { inn: string; statuses: unknown[] } }[] = await t.db.query(
      `SELECT action, before, after FROM audit_log WHERE entity_id = $1 ORDER BY at DESC LIMIT 1`,
      [id],
    );
    expect(audit[0].action).toBe('update');
    expect(audit[0].after.inn).toBe(inn);
    expect(audit[0].after.statuses).toHaveLength(1);
  });

  it('reports a duplicate ИНН on the field', async () => {
    const token = await t.login('admin');
    const a = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-3');
    const b = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-4');
    const innA = withInnCheckDigit('471100003');
    await t.db.query('UPDATE organization SET inn = $2 WHERE id = $1', [a, innA]);
    const r = await t.gql(UPDATE, { id: b, input: { inn: innA } }, token);
    expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(r.errors?.[0].extensions?.fields).toEqual([{ field: 'inn', message: 'Организация с таким ИНН уже есть' }]);
  });

  it('refuses a duplicate status in one year and leaves the statuses as they were', async () => {
    const token = await t.login('admin');
    const id = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-3');
    const before: unknown[] = await t.db.query('SELECT kind, year FROM organization_status WHERE organization_id = $1 ORDER BY kind, year', [id]);
    const r = await t.gql(UPDATE, { id, input: { statuses: [{ kind: 'PROJECT_500', year: 2021 }, { kind: 'PROJECT_500', year: 2021 }] } }, token);
    expect(r.errors?.[0].extensions?.fields?.[0].field).toBe('statuses.1.year');
    expect(await t.db.query('SELECT kind, year FROM organization_status WHERE organization_id = $1 ORDER BY kind, year', [id])).toEqual(before);
  });

  it('lets a methodist edit only inside the municipality (outside is not found)', async () => {
    const token = await t.login('methodist.podporozhye');
    const vorkuta = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
    const r = await t.gql(UPDATE, { id: vorkuta, input: { name: 'Захват' } }, token);
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('archives and restores (undo) an organisation', async () => {
    const token = await t.login('methodist.podporozhye');
    const id = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-8');
    const arch = await t.gql<{ archiveOrganization: { archivedAt: string | null } }>(
      `mutation($id: ID!) { archiveOrganization(id: $id) { archivedAt } }`, { id }, token);
    expect(arch.data!.archiveOrganization.archivedAt).not.toBeNull();
    const list = await t.gql<ListData>(LIST, { first: 100 }, token);
    expect(list.data!.organizations.nodes.map((n) => n.id)).not.toContain(id);
    const restored = await t.gql<{ restoreOrganization: { archivedAt: string | null } }>(
      `mutation($id: ID!) { restoreOrganization(id: $id) { archivedAt } }`, { id }, token);
    expect(restored.data!.restoreOrganization.archivedAt).toBeNull();
  });

  it('creates an organisation only in a municipality of the caller’s scope', async () => {
    const token = await t.login('methodist.podporozhye');
    const mun: { id: string }[] = await t.db.query(`SELECT id FROM municipality WHERE name = 'Тимашевский район'`);
    const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
    const outside = await t.gql(CREATE, { input: { municipalityId: mun[0].id, name: 'Школа', kind: 'SCHOOL' } }, token);
    expect(outside.errors?.[0].extensions?.fields?.[0].field).toBe('municipalityId');
    const own: { id: string }[] = await t.db.query(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`);
    const ok = await t.gql<{ createOrganization: { id: string } }>(CREATE, { input: { municipalityId: own[0].id, name: 'МБОУ «Новая школа»', kind: 'SCHOOL' } }, token);
    expect(ok.errors).toBeUndefined();
    const empty = await t.gql(CREATE, { input: { municipalityId: own[0].id, name: '   ', kind: 'SCHOOL' } }, token);
    expect(empty.errors?.[0].extensions?.fields?.[0]).toEqual({ field: 'name', message: 'Введите полное наименование' });
  });
});

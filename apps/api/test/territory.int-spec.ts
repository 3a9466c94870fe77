import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/main';
import { checkEveryOrder, checkPageRefusals, ListUnderTest, Page } from './support/list-order';
import { codeOf } from './support/operation-cases';
import { GqlResult, startTestApp, TestApp } from './support/test-app';

const M = 'id name oktmo archivedAt mergedIntoId mergedAt canManage mergedInto { id name }';
const CREATE = `mutation($i: CreateMunicipalityInput!) { createMunicipality(input: $i) { ${M} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateMunicipalityInput!) { updateMunicipality(id: $id, input: $i) { ${M} } }`;
const MERGE = `mutation($s: ID!, $t: ID!) { mergeMunicipalities(sourceId: $s, targetId: $t) { organizations otherRows source { ${M} } target { id name } } }`;
const ARCHIVE = `mutation($id: ID!) { archiveMunicipality(id: $id) { ${M} } }`;
const RESTORE = `mutation($id: ID!) { restoreMunicipality(id: $id) { ${M} } }`;
const fieldsOf = (r: GqlResult) => r.errors?.[0]?.extensions?.fields?.map((f) => f.field) ?? [];

/** Municipalities kept in the product: create, rename with OKTMO, merge keeping history, archive; SPA's API and CLI. */
describe('territories', () => {
  let t: TestApp;
  let coordinator: string;
  let admin: string;
  let lo: string;
  let kk: string;
  const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
  const count = async (sql: string, params: unknown[] = []) => Number(((await t.db.query(sql, params)) as { n: string }[])[0].n);
  const mun = (name: string, region = lo) => one(`INSERT INTO municipality (region_id, name, kind) VALUES ($1, $2, 'DISTRICT') RETURNING id`, [region, name]);
  const org = (name: string, municipality: string) => one(`INSERT INTO organization (municipality_id, name, kind) VALUES ($1, $2, 'SCHOOL') RETURNING id`, [municipality, name]);
  /** Every row of every table that references the municipality by a foreign key (history and merge pointers aside). */
  const references = async (id: string): Promise<number> => {
    const refs: { table: string; column: string }[] = await t.db.query(
      `SELECT cl.relname AS "table", a.attname AS "column" FROM pg_constraint c JOIN pg_class cl ON cl.oid = c.conrelid
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'municipality'::regclass`,
    );
    let n = 0;
    for (const r of refs) {
      if (r.table === 'organization_municipality_history' || (r.table === 'municipality' && r.column === 'merged_into_id')) continue;
      n += await count(`SELECT count(*) AS n FROM "${r.table}" WHERE "${r.column}" = $1`, [id]);
    }
    return n;
  };

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.login('coordinator.lo');
    admin = await t.login('admin');
    lo = await one(`SELECT id FROM region WHERE code = '47'`);
    kk = await one(`SELECT id FROM region WHERE code = '23'`);
  });
  afterAll(() => t?.close());

  it('creates a municipality with its OKTMO code and audits it; the code is unique and of 8 or 11 digits', async () => {
    const r = await t.gql<{ createMunicipality: { id: string; oktmo: string; canManage: boolean } }>(CREATE, { i: { regionId: lo, name: 'Кировский муниципальный район', kind: 'DISTRICT', oktmo: '41625000' } }, coordinator);
    expect(r.errors).toBeUndefined();
    expect(r.data!.createMunicipality).toMatchObject({ oktmo: '41625000', canManage: true });
    const id = r.data!.createMunicipality.id;
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE entity_type = 'municipality' AND entity_id = $1 AND action = 'create'`, [id])).toBe(1);

    const dup = await t.gql(CREATE, { i: { regionId: lo, name: 'Другой район', kind: 'DISTRICT', oktmo: '41625000' } }, coordinator);
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(fieldsOf(dup)).toEqual(['oktmo']);
    expect(dup.errors?.[0]?.message).toBe('Этот код ОКТМО уже у другого муниципалитета');
    const sameName = await t.gql(CREATE, { i: { regionId: lo, name: 'Кировский муниципальный район', kind: 'DISTRICT' } }, coordinator);
    expect(codeOf(sameName)).toBe('CONFLICT');
    expect(fieldsOf(sameName)).toEqual(['name']);
    for (const bad of ['4162500', '416250001', '4162500000a', '41 625 000']) {
      const b = await t.gql(CREATE, { i: { regionId: lo, name: `Район ${bad}`, kind: 'DISTRICT', oktmo: bad } }, coordinator);
      expect(codeOf(b)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(b)).toEqual(['oktmo']);
      expect(b.errors?.[0]?.extensions?.fields?.[0]?.message).toBe('Код ОКТМО — 8 или 11 цифр');
    }
    const eleven = await t.gql(CREATE, { i: { regionId: lo, name: 'Кировское городское поселение', kind: 'CITY', oktmo: '41625101001' } }, coordinator);
    expect(eleven.errors).toBeUndefined();
    const blank = await t.gql(CREATE, { i: { regionId: lo, name: '   ', kind: 'DISTRICT' } }, coordinator);
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(blank)).toEqual(['name']);
    // Another region is not the coordinator's: it does not exist for him.
    expect(codeOf(await t.gql(CREATE, { i: { regionId: kk, name: 'Чужой район', kind: 'DISTRICT' } }, coordinator))).toBe('NOT_FOUND');
    expect(await count(`SELECT count(*) AS n FROM municipality WHERE name = 'Чужой район'`)).toBe(0);
  });

  it('renames with an OKTMO code, clears it, and keeps the unique check', async () => {
    const id = await mun('Старое название');
    const r = await t.gql<{ updateMunicipality: { name: string; oktmo: string | null } }>(UPDATE, { id, i: { name: 'Новое название', oktmo: '41630000' } }, coordinator);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateMunicipality).toMatchObject({ name: 'Новое название', oktmo: '41630000' });
    const audit: { before: { name: string }; after: { name: string } }[] = await t.db.query(`SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'update'`, [id]);
    expect(audit).toEqual([expect.objectContaining({ before: expect.objectContaining({ name: 'Старое название' }), after: expect.objectContaining({ name: 'Новое название' }) })]);
    const other = await mun('Соседний район');
    const taken = await t.gql(UPDATE, { id: other, i: { oktmo: '41630000' } }, coordinator);
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(fieldsOf(taken)).toEqual(['oktmo']);
    const cleared = await t.gql<{ updateMunicipality: { oktmo: string | null } }>(UPDATE, { id, i: { oktmo: null } }, coordinator);
    expect(cleared.data!.updateMunicipality.oktmo).toBeNull();
    const bad = await t.gql(UPDATE, { id, i: { oktmo: '123' } }, coordinator);
    expect(fieldsOf(bad)).toEqual(['oktmo']);
  });

  it('archives and restores (undo); archived municipalities leave the pickers but stay in the archive list', async () => {
    const id = await mun('Район на время в архиве');
    const a = await t.gql<{ archiveMunicipality: { archivedAt: string | null } }>(ARCHIVE, { id }, coordinator);
    expect(a.data!.archiveMunicipality.archivedAt).not.toBeNull();
    const picker = await t.gql<{ municipalities: { id: string }[] }>(`query($r: ID) { municipalities(regionId: $r) { id } }`, { r: lo }, coordinator);
    expect(picker.data!.municipalities.map((m) => m.id)).not.toContain(id);
    const archived = await t.gql<{ municipalityList: { nodes: { id: string }[] } }>(`query { municipalityList(first: 100, filter: { archived: ARCHIVED }) { nodes { id } } }`, {}, coordinator);
    expect(archived.data!.municipalityList.nodes.map((m) => m.id)).toContain(id);
    expect(codeOf(await t.gql(UPDATE, { id, i: { name: 'Нельзя' } }, coordinator))).toBe('BAD_USER_INPUT');
    const r = await t.gql<{ restoreMunicipality: { archivedAt: string | null } }>(RESTORE, { id }, coordinator);
    expect(r.data!.restoreMunicipality.archivedAt).toBeNull();
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action IN ('archive', 'restore')`, [id])).toBe(2);
  });

  it('merges Подпорожский район into a new one: every reference moves in one transaction, history is kept, the source points to the target', async () => {
    const source = await one(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`);
    const target = await mun('Подпорожско-Лодейнопольский муниципальный округ');
    const orgIds = ((await t.db.query(`SELECT id FROM organization WHERE municipality_id = $1`, [source])) as { id: string }[]).map((r) => r.id);
    expect(orgIds.length).toBeGreaterThan(0);
    const before = await references(source);
    expect(before).toBeGreaterThan(orgIds.length);
    const methodist = await t.login('methodist.podporozhye');
    const seen = async () => (await t.gql<{ organizations: { totalCount: number } }>(`query { organizations(first: 1) { totalCount } }`, {}, methodist)).data!.organizations.totalCount;
    const seenBefore = await seen();

    const r = await t.gql<{ mergeMunicipalities: { organizations: number; otherRows: number; source: { archivedAt: string; mergedIntoId: string; mergedInto: { name: string } } } }>(MERGE, { s: source, t: target }, coordinator);
    expect(r.errors).toBeUndefined();
    const res = r.data!.mergeMunicipalities;
    expect(res.organizations).toBe(orgIds.length);
    expect(res.organizations + res.otherRows).toBe(before);
    expect(res.source).toMatchObject({ mergedIntoId: target, mergedInto: { name: 'Подпорожско-Лодейнопольский муниципальный округ' } });
    expect(res.source.archivedAt).not.toBeNull();
    expect(await references(source)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM organization WHERE municipality_id = $1`, [target])).toBe(orgIds.length);
    expect(await count(`SELECT count(*) AS n FROM organization_municipality_history WHERE municipality_id = $1 AND moved_to_id = $2`, [source, target])).toBe(orgIds.length);
    // The methodist's grant moved with the territory: she sees the same organisations.
    expect(await t.login('methodist.podporozhye').then(async (tok) => (await t.gql<{ organizations: { totalCount: number } }>(`query { organizations(first: 1) { totalCount } }`, {}, tok)).data!.organizations.totalCount)).toBe(seenBefore);
    // The organisation card shows its former municipality with dates.
    const card = await t.gql<{ organization: { municipality: { name: string }; municipalityHistory: { municipalityName: string; movedToName: string; validFrom: string; validUntil: string }[] } }>(
      `query($id: ID!) { organization(id: $id) { municipality { name } municipalityHistory { municipalityName movedToName validFrom validUntil } } }`,
      { id: orgIds[0] },
      coordinator,
    );
    expect(card.errors).toBeUndefined();
    expect(card.data!.organization.municipality.name).toBe('Подпорожско-Лодейнопольский муниципальный округ');
    expect(card.data!.organization.municipalityHistory).toEqual([
      expect.objectContaining({ municipalityName: 'Подпорожский муниципальный район', movedToName: 'Подпорожско-Лодейнопольский муниципальный округ' }),
    ]);
    const h = card.data!.organization.municipalityHistory[0];
    expect(new Date(h.validFrom).getTime()).toBeLessThanOrEqual(new Date(h.validUntil).getTime());
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action IN ('merge', 'merge-into') AND entity_id IN ($1, $2)`, [source, target])).toBe(2);
    // A merged municipality is not restored, nor merged again.
    expect(codeOf(await t.gql(RESTORE, { id: source }, coordinator))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(MERGE, { s: source, t: await mun('Ещё один округ') }, coordinator))).toBe('CONFLICT');
  });

  it('refuses a merge with itself, into an archived one, and across regions', async () => {
    const a = await mun('Район А');
    expect(fieldsOf(await t.gql(MERGE, { s: a, t: a }, coordinator))).toEqual(['targetId']);
    const archived = await mun('Район в архиве для слияния');
    await t.gql(ARCHIVE, { id: archived }, coordinator);
    expect(fieldsOf(await t.gql(MERGE, { s: a, t: archived }, coordinator))).toEqual(['targetId']);
    const foreign = await mun('Район другого края', kk);
    // The coordinator does not see Krasnodar krai; the platform administrator sees both and is told why.
    expect(codeOf(await t.gql(MERGE, { s: a, t: foreign }, coordinator))).toBe('NOT_FOUND');
    const cross = await t.gql(MERGE, { s: a, t: foreign }, admin);
    expect(fieldsOf(cross)).toEqual(['targetId']);
    expect(cross.errors?.[0]?.message).toBe('Объединять можно только муниципалитеты одного региона');
    expect(await count(`SELECT count(*) AS n FROM municipality WHERE id = $1 AND archived_at IS NULL`, [a])).toBe(1);
  });

  it('two merges of the same pair at once leave one result; so do merges of a pair either way round', async () => {
    const s = await mun('Район-источник');
    const tg = await mun('Район-приёмник');
    await org('Школа района-источника', s);
    const results = await Promise.all([t.gql(MERGE, { s, t: tg }, coordinator), t.gql(MERGE, { s, t: tg }, admin)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.map(codeOf).filter(Boolean)).toEqual(['CONFLICT']);
    expect(await count(`SELECT count(*) AS n FROM organization_municipality_history WHERE municipality_id = $1`, [s])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'merge' AND entity_id = $1`, [s])).toBe(1);

    const x = await mun('Район X');
    const y = await mun('Район Y');
    const both = await Promise.all([t.gql(MERGE, { s: x, t: y }, coordinator), t.gql(MERGE, { s: y, t: x }, admin)]);
    expect(both.filter((r) => !r.errors)).toHaveLength(1);
    expect(await count(`SELECT count(*) AS n FROM municipality WHERE id IN ($1, $2) AND merged_into_id IS NOT NULL`, [x, y])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM municipality WHERE id IN ($1, $2) AND archived_at IS NULL`, [x, y])).toBe(1);
  });

  it('reads the list page at a bounded number of SQL statements', async () => {
    const statements = async (first: number) => {
      t.counter.reset();
      const r = await t.gql(`query($f: Int!) { municipalityList(first: $f, filter: { archived: ALL }) { totalCount nodes { id name oktmo canManage mergedInto { id name } } } }`, { f: first }, coordinator);
      expect(r.errors).toBeUndefined();
      return t.counter.statements;
    };
    await statements(1);
    // The session, the total, the page, then one batched statement per field (abilities, merge pointers) — whatever the page size.
    expect(await statements(2)).toBeLessThanOrEqual(5);
    expect(await statements(100)).toBeLessThanOrEqual(5);
  });

  it('orders and pages the list by every field, both ways, by cursor and by offset', async () => {
    const l: ListUnderTest = {
      gql: t.gql,
      token: admin,
      query: `query($first: Int!, $after: String, $offset: Int, $orderBy: MunicipalityOrder) {
        municipalityList(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: { archived: ALL }) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
      pick: (d) => d['municipalityList'] as Page,
      pageSize: 7,
    };
    await checkEveryOrder(l, ['NAME', 'OKTMO', 'KIND', 'ORGANIZATION_COUNT']);
    await checkPageRefusals(l);
  });

  it('does the same from the CLI: create, rename, list, merge, archive and undo', async () => {
    const saved = process.env['DATABASE_URL'];
    const dir = mkdtempSync(join(tmpdir(), 'terr-'));
    const logs: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void logs.push(a.join(' ')));
    const err = jest.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void logs.push(a.join(' ')));
    try {
      process.env['DATABASE_URL'] = (t.db.options as { url: string }).url;
      expect(await runCli(['territory', 'create', 'Район из консоли', '--region', '47', '--oktmo', '41700000'])).toBe(0);
      expect(await runCli(['territory', 'create', 'Плохой код', '--region', '47', '--oktmo', '417'])).toBe(2);
      expect(await runCli(['territory', 'rename', '41700000', '--name', 'Район из консоли (новое имя)'])).toBe(0);
      expect(await runCli(['territory', 'create', 'Приёмник из консоли', '--region', '47', '--oktmo', '41701000'])).toBe(0);
      expect(await runCli(['territory', 'merge', '41700000', '41701000'])).toBe(0);
      expect(await runCli(['territory', 'merge', '41700000', '41701000'])).toBe(1);
      expect(await runCli(['territory', 'archive', '41701000'])).toBe(0);
      expect(await runCli(['territory', 'archive', '41701000', '--undo'])).toBe(0);
      expect(await runCli(['territory', 'list', '--region', '47', '--archived'])).toBe(0);
      expect(await runCli(['territory', 'archive', 'Нет такого района'])).toBe(2);
    } finally {
      log.mockRestore();
      err.mockRestore();
      rmSync(dir, { recursive: true, force: true });
      if (saved === undefined) delete process.env['DATABASE_URL'];
      else process.env['DATABASE_URL'] = saved;
    }
    expect(logs.join('\n')).toMatch(/Merged Район из консоли \(новое имя\) into Приёмник из консоли: 0 organisations/);
    expect(logs.join('\n')).toMatch(/Этот муниципалитет уже объединён с другим/);
    expect(logs.join('\n')).toMatch(/41700000 {2}Район из консоли \(новое имя\) {2}\[DISTRICT\] merged into/);
    const rows: { archived_at: Date | null; merged_into_id: string | null }[] = await t.db.query(`SELECT archived_at, merged_into_id FROM municipality WHERE oktmo = '41700000'`);
    expect(rows[0].merged_into_id).not.toBeNull();
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE account_id IS NULL AND entity_type = 'municipality' AND action = 'merge'`)).toBe(1);
  });
});

import { RoleKind } from '@metodset/shared';
import { Caller } from '../src/common/access/access-rule';
import { AccessService } from '../src/common/access/access.service';
import { AccessScope, Grant } from '../src/common/auth/access-scope';
import { UnitOfWork } from '../src/common/database/unit-of-work';
import { ProductReader } from '../src/modules/practice/product.reader';
import { checkEveryOrder, checkPageRefusals, Page } from './support/list-order';
import { startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;
const grant = (role: RoleKind, g: Partial<Grant> = {}): Grant => ({ role, regionId: null, municipalityId: null, organizationId: null, ...g });

const CARD = `id title problem solutions mechanisms products result tags state returnReason canEdit canReview illustrative
  organization { id shortName } network { id title } authors { personId person { fullName } } competences { id code }
  attachments { id title fileName url } methodologicalProducts { id title kind year }`;
type Card = { id: string; title: string; state: string; returnReason: string | null; canEdit: boolean; canReview: boolean; network: { id: string; title: string } | null; methodologicalProducts: { title: string }[]; attachments: { fileName: string | null }[] };
const LIST = `query($f: PracticeFilter, $s: String, $first: Int = 25) { practices(first: $first, filter: $f) { totalCount nodes { id title state snippet(search: $s) organization { shortName } authors { person { fullName } } competences { code } network { title } canEdit canReview } } }`;
type ListNode = { id: string; title: string; state: string; snippet: string | null };
const GET = `query($id: ID!) { practice(id: $id) { ${CARD} } }`;
const CREATE = `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { ${CARD} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePracticeInput!) { updatePractice(id: $id, input: $input) { ${CARD} } }`;
const SUBMIT = `mutation($id: ID!, $n: ID) { submitPractice(id: $id, networkId: $n) { ${CARD} } }`;
const PUBLISH = `mutation($id: ID!) { publishPractice(id: $id) { ${CARD} } }`;
const RETURN = `mutation($id: ID!, $reason: String!) { returnPractice(id: $id, input: { reason: $reason }) { ${CARD} } }`;
const ARCHIVE = `mutation($id: ID!) { archivePractice(id: $id) { ${CARD} archivedAt } }`;
const RESTORE = `mutation($id: ID!) { restorePractice(id: $id) { ${CARD} archivedAt } }`;
const ATTACH = `mutation($id: ID!, $input: AttachmentInput!) { addPracticeAttachment(practiceId: $id, input: $input) { ${CARD} } }`;
const PRODUCT = `mutation($input: CreateProductInput!) { createMethodologicalProduct(input: $input) { id title routeId routeStepId route { title } practice { title } authors { personId } canEdit } }`;

describe('bank of practices', () => {
  let t: TestApp;
  let methodist: string;
  let admin: string;
  let yar: string;
  let sh3: string;
  let sh26: string;
  let network: string;
  const one = async <T = { id: string }>(sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as T[])[0];
  const orgId = async (key: string) => (await one(`SELECT id FROM organization WHERE external_id = $1`, [key])).id;
  const create = async (input: Record<string, unknown>, token = methodist) => {
    const r = await t.gql<{ createPractice: Card }>(CREATE, { input: { organizationId: sh26, problem: 'Проблема', result: 'Результат', ...input } }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.createPractice;
  };
  const search = async (s: string, token = methodist) => {
    const r = await t.gql<{ practices: { totalCount: number; nodes: ListNode[] } }>(LIST, { f: { search: s }, s }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.practices.nodes;
  };

  beforeAll(async () => {
    t = await startTestApp();
    methodist = await t.login('methodist.yaroslavl');
    admin = await t.login('admin');
    yar = (await one(`SELECT id FROM municipality WHERE name = 'городской округ город Ярославль'`)).id;
    sh3 = await orgId('demo:org:76-yar-sh-3');
    sh26 = await orgId('demo:org:76-yar-sh-26');
    network = (await one(`SELECT id FROM network WHERE external_id = 'demo:network:yaroslavl-mip-nastavnichestvo'`)).id;
  });
  afterAll(() => t.close());

  describe('the demo card and Russian full-text search', () => {
    it('a search for «наставник» finds the МИП card «Наставничество: …», ranked, with the match highlighted', async () => {
      const found = await search('наставник');
      const card = found.find((n) => n.title.startsWith('Наставничество: ресурсы взаимного развития'));
      expect(card).toBeDefined();
      expect(card!.state).toBe('PUBLISHED');
      expect(card!.snippet).toMatch(/\[\[[^\]]*наставни[^\]]*\]\]/i);
      const page = await t.gql<{ practice: Card }>(GET, { id: card!.id }, methodist);
      expect(page.data!.practice.network?.title).toContain('Наставничество');
      expect(page.data!.practice.methodologicalProducts.map((p) => p.title)).toContain('Программа Мастерской «Профиль наставников ПОС»');
    });

    it('matches word forms: «школы» finds «школа», «наставники» finds «наставничество»; ranks the title match first; finds nothing for a word that is not there', async () => {
      const school = await create({ title: 'Сетевая школа молодого педагога', problem: 'Молодые педагоги уходят из профессии', result: 'Педагоги остаются' });
      const other = await create({ title: 'Клуб молодых педагогов', problem: 'Встречи раз в месяц; школа принимает гостей', result: 'Обмен опытом' });
      const found = await search('школы');
      const ids = found.map((n) => n.id);
      expect(ids).toEqual(expect.arrayContaining([school.id, other.id]));
      expect(ids.indexOf(school.id)).toBeLessThan(ids.indexOf(other.id));
      expect((await search('наставники')).map((n) => n.title)).toContain('Наставничество: ресурсы взаимного развития в профессиональных обучающихся сообществах педагогов города');
      expect(await search('квантовая')).toEqual([]);
    });

    it('filters by tag, state, organisation, municipality, network and competence', async () => {
      const competence = (await one(`SELECT id FROM competence ORDER BY code LIMIT 1`)).id;
      const card = await create({ title: 'Флэш-встречи наставников', tags: ['  Флэш  ', 'флэш', 'ПОС'], competenceIds: [competence] });
      expect((await t.gql<{ practice: { tags: string[] } }>(`query($id: ID!) { practice(id: $id) { tags } }`, { id: card.id }, methodist)).data!.practice.tags).toEqual(['флэш', 'пос']);
      const list = async (f: Record<string, unknown>) => (await t.gql<{ practices: { nodes: ListNode[] } }>(LIST, { f }, methodist)).data!.practices.nodes.map((n) => n.id);
      expect(await list({ tag: 'ФЛЭШ' })).toEqual([card.id]);
      expect(await list({ competenceId: competence })).toEqual([card.id]);
      expect(await list({ state: 'DRAFT', organizationId: sh26 })).toContain(card.id);
      expect(await list({ municipalityId: yar })).toContain(card.id);
      expect(await list({ state: 'PUBLISHED', networkId: network })).toHaveLength(1);
    });
  });

  describe('review', () => {
    it('draft → on review in the network → published; the reviewer is recorded, the author may no longer edit it in review', async () => {
      const card = await create({ title: 'Позитивный профессиональный дуэт в начальной школе' });
      expect(card.canEdit).toBe(true);
      expect(card.canReview).toBe(false);
      const sent = await t.gql<{ submitPractice: Card }>(SUBMIT, { id: card.id, n: network }, methodist);
      expect(sent.errors).toBeUndefined();
      expect(sent.data!.submitPractice.state).toBe('ON_REVIEW');
      expect(sent.data!.submitPractice.canReview).toBe(true);
      const locked = await t.gql(UPDATE, { id: card.id, input: { problem: 'Изменённая проблема' } }, methodist);
      expect(ext(locked)?.code).toBe('CONFLICT');
      const published = await t.gql<{ publishPractice: Card }>(PUBLISH, { id: card.id }, methodist);
      expect(published.errors).toBeUndefined();
      expect(published.data!.publishPractice.state).toBe('PUBLISHED');
      const row = await one<{ reviewed_by_account_id: string | null; published_at: Date | null }>(`SELECT reviewed_by_account_id, published_at FROM practice WHERE id = $1`, [card.id]);
      expect(row.reviewed_by_account_id).not.toBeNull();
      expect(row.published_at).not.toBeNull();
      const again = await t.gql(PUBLISH, { id: card.id }, methodist);
      expect(ext(again)?.code).toBe('CONFLICT');
      const audit = await one<{ n: string }>(`SELECT count(*) AS n FROM audit_log WHERE entity_type = 'practice' AND entity_id = $1 AND action IN ('create', 'submit', 'publish')`, [card.id]);
      expect(Number(audit.n)).toBe(3);
    });

    it('returns a card with a reason in Russian (required); the authors edit and send it again', async () => {
      const card = await create({ title: 'Однократное погружение в мир профессионалов', networkId: network });
      await t.gql(SUBMIT, { id: card.id }, methodist);
      const noReason = await t.gql(RETURN, { id: card.id, reason: '   ' }, methodist);
      expect(ext(noReason)?.code).toBe('BAD_USER_INPUT');
      expect(ext(noReason)?.fields?.[0].field).toBe('reason');
      const back = await t.gql<{ returnPractice: Card }>(RETURN, { id: card.id, reason: 'Опишите механизмы взаимодействия' }, methodist);
      expect(back.data!.returnPractice.state).toBe('RETURNED');
      expect(back.data!.returnPractice.returnReason).toBe('Опишите механизмы взаимодействия');
      const edited = await t.gql<{ updatePractice: Card }>(UPDATE, { id: card.id, input: { mechanisms: 'Пары наставник — наставляемый' } }, methodist);
      expect(edited.errors).toBeUndefined();
      const resent = await t.gql<{ submitPractice: Card }>(SUBMIT, { id: card.id }, methodist);
      expect(resent.data!.submitPractice.state).toBe('ON_REVIEW');
      expect(resent.data!.submitPractice.returnReason).toBeNull();
    });

    it('who reviews: territorial staff over the card’s school or the network’s coordinating school — never an author, never the school itself', async () => {
      const kaluga = await orgId('demo:org:40-kaluga-sh-25');
      const card = (await one(`INSERT INTO practice (organization_id, network_id, title, problem, result, state) VALUES ($1, $2, 'Практика партнёра', 'П', 'Р', 'ON_REVIEW') RETURNING id`, [kaluga, network])).id;
      const own = (await one(`INSERT INTO practice (organization_id, network_id, title, problem, result, state) VALUES ($1, $2, 'Практика школы', 'П', 'Р', 'ON_REVIEW') RETURNING id`, [sh26, network])).id;
      const author = (await one(`SELECT id FROM person WHERE external_id = 'demo:person:76-yar-sh26-mentor'`)).id;
      await t.db.query(`INSERT INTO practice_author (practice_id, person_id) VALUES ($1, $2)`, [own, author]);
      const access = t.app.get(AccessService);
      const m = t.app.get(UnitOfWork).reader;
      const can = (c: Caller, id: string) => access.can(m, c, 'practice.review', id);
      const yarMethodist: Caller = { grants: [grant(RoleKind.MUNICIPAL_METHODIST, { municipalityId: yar })], personId: null };
      const coordinatorSchool: Caller = { grants: [grant(RoleKind.ORGANIZATION_ADMIN, { organizationId: sh3 })], personId: null };
      const partnerSchool: Caller = { grants: [grant(RoleKind.ORGANIZATION_ADMIN, { organizationId: kaluga })], personId: null };
      const authorMethodist: Caller = { grants: [grant(RoleKind.MUNICIPAL_METHODIST, { municipalityId: yar })], personId: author };
      const timMethodist: Caller = { grants: [grant(RoleKind.MUNICIPAL_METHODIST, { municipalityId: (await one(`SELECT id FROM municipality WHERE name = 'Тимашевский район'`)).id })], personId: null };
      expect(await can(timMethodist, card)).toBe(false); // neither the card's territory nor the coordinating school's
      expect(await can(yarMethodist, card)).toBe(true); // staff over the coordinating school (its territory)
      expect(await can(coordinatorSchool, card)).toBe(true); // the network's coordinator
      expect(await can(partnerSchool, card)).toBe(false); // a school does not review its own card
      expect(await can(yarMethodist, own)).toBe(true);
      expect(await can(authorMethodist, own)).toBe(false); // an author never reviews his card
      // Through the API: another territory's methodist gets NOT_FOUND, a teacher lacks the permission.
      expect(ext(await t.gql(PUBLISH, { id: own }, await t.login('methodist.timashevsk')))?.code).toBe('NOT_FOUND');
      expect(ext(await t.gql(PUBLISH, { id: own }, await t.login('teacher.filippov')))?.code).toBe('FORBIDDEN');
      // A school admin who reads the card (coordinating school) but may not change it: FORBIDDEN on edit.
      expect(ext(await t.gql(UPDATE, { id: own, input: { title: 'x' } }, await t.login('school12.vorkuta')))?.code).toBe('NOT_FOUND');
    });

    it('two reviewers at once: one publishes, the other is refused (the card is locked)', async () => {
      const card = await create({ title: 'Параллельное рассмотрение', networkId: network });
      await t.gql(SUBMIT, { id: card.id }, methodist);
      const [a, b] = await Promise.all([t.gql(PUBLISH, { id: card.id }, methodist), t.gql(RETURN, { id: card.id, reason: 'Доработать' }, admin)]);
      const ok = [a, b].filter((r) => !r.errors);
      expect(ok).toHaveLength(1);
      expect(ext([a, b].find((r) => r.errors)!)?.code).toBe('CONFLICT');
      const audit = await one<{ n: string }>(`SELECT count(*) AS n FROM audit_log WHERE entity_id = $1 AND action IN ('publish', 'return')`, [card.id]);
      expect(Number(audit.n)).toBe(1);
    });
  });

  describe('scope', () => {
    it('a card of another municipality is NOT_FOUND, and never shows in a list; a published card reaches the network’s members only', async () => {
      const draft = await create({ title: 'Черновик Ярославля' });
      const timashevsk = await t.login('methodist.timashevsk');
      expect(ext(await t.gql(GET, { id: draft.id }, timashevsk))?.code).toBe('NOT_FOUND');
      expect(ext(await t.gql(GET, { id: '00000000-0000-4000-8000-000000000000' }, timashevsk))?.code).toBe('NOT_FOUND');
      const ids = (await t.gql<{ practices: { nodes: ListNode[] } }>(LIST, { first: 100 }, timashevsk)).data!.practices.nodes.map((n) => n.id);
      expect(ids).not.toContain(draft.id);
      const demo = (await one(`SELECT id FROM practice WHERE external_id = 'demo:practice:yaroslavl-mip-nastavnichestvo'`)).id;
      expect(ext(await t.gql(GET, { id: demo }, timashevsk))?.code).toBe('NOT_FOUND');
      // A teacher of a partner school would see it; Vorkuta's teacher does not.
      expect(ext(await t.gql(GET, { id: demo }, await t.login('teacher.filippov')))?.code).toBe('NOT_FOUND');
      // Changes out of reach are NOT_FOUND as well, and write nothing.
      expect(ext(await t.gql(ARCHIVE, { id: draft.id }, timashevsk))?.code).toBe('NOT_FOUND');
      expect((await one<{ archived_at: Date | null }>(`SELECT archived_at FROM practice WHERE id = $1`, [draft.id])).archived_at).toBeNull();
    });

    it('a product’s route out of reach answers NOT_FOUND, as a random id does; a step must be of the route', async () => {
      const vorkutaRoute = (await one(`SELECT id FROM learning_route ORDER BY created_at LIMIT 1`)).id;
      const base = { organizationId: sh26, kind: 'ARTICLE', title: 'Статья о ПОС', year: 2025 };
      expect(ext(await t.gql(PRODUCT, { input: { ...base, routeId: '00000000-0000-4000-8000-000000000000' } }, methodist))?.code).toBe('NOT_FOUND');
      const foreign = await one<{ id: string; mun: string }>(`SELECT r.id, o.municipality_id AS mun FROM learning_route r JOIN organization o ON o.id = r.organization_id WHERE o.municipality_id <> $1 LIMIT 1`, [yar]);
      expect(ext(await t.gql(PRODUCT, { input: { ...base, routeId: foreign.id } }, methodist))?.code).toBe('NOT_FOUND');
      const adminMade = await t.gql<{ createMethodologicalProduct: { routeId: string; route: { title: string } } }>(PRODUCT, { input: { ...base, routeId: vorkutaRoute } }, admin);
      expect(adminMade.errors).toBeUndefined();
      expect(adminMade.data!.createMethodologicalProduct.route).not.toBeNull();
      const otherStep = (await one(`SELECT id FROM learning_route_step WHERE route_id <> $1 LIMIT 1`, [vorkutaRoute])).id;
      const wrongStep = await t.gql(PRODUCT, { input: { ...base, routeId: vorkutaRoute, routeStepId: otherStep } }, admin);
      expect(ext(wrongStep)?.fields?.[0].field).toBe('routeStepId');
    });
  });

  describe('bad input', () => {
    it('refuses with Russian field errors and writes nothing', async () => {
      const before = await one<{ n: string }>(`SELECT count(*) AS n FROM practice`);
      const cases: [Record<string, unknown>, string][] = [
        [{ title: '   ' }, 'title'],
        [{ title: 'x'.repeat(501) }, 'title'],
        [{ title: 'Практика', tags: Array.from({ length: 21 }, (_, i) => `м${i}`) }, 'tags'],
        [{ title: 'Практика', competenceIds: ['00000000-0000-4000-8000-000000000000'] }, 'competenceIds.0'],
        [{ title: 'Практика', networkId: (await one(`SELECT id FROM network WHERE external_id <> 'demo:network:yaroslavl-mip-nastavnichestvo' LIMIT 1`)).id }, 'networkId'],
        [{ title: 'Практика', organizationId: 'не-uuid' }, 'organizationId'],
      ];
      for (const [input, field] of cases) {
        const r = await t.gql(CREATE, { input: { organizationId: sh26, ...input } }, methodist);
        expect([ext(r)?.code, ext(r)?.fields?.map((f) => f.field)]).toEqual(['BAD_USER_INPUT', expect.arrayContaining([field])]);
        expect(r.errors![0].message).toMatch(/[а-яё]/i);
      }
      const card = await create({ title: 'Практика с вложениями' });
      const exe = await t.gql(ATTACH, { id: card.id, input: { title: 'Вирус', fileName: 'a.exe', contentBase64: Buffer.from('MZ').toString('base64') } }, methodist);
      expect(ext(exe)?.fields?.[0].field).toBe('fileName');
      const fake = await t.gql(ATTACH, { id: card.id, input: { title: 'Не PDF', fileName: 'a.pdf', contentBase64: Buffer.from('hello').toString('base64') } }, methodist);
      expect(ext(fake)?.fields?.[0].field).toBe('contentBase64');
      const both = await t.gql(ATTACH, { id: card.id, input: { title: 'Два', url: 'https://example.org', fileName: 'a.pdf', contentBase64: 'JVBERi0=' } }, methodist);
      expect(ext(both)?.code).toBe('BAD_USER_INPUT');
      const ok = await t.gql<{ addPracticeAttachment: Card }>(ATTACH, { id: card.id, input: { title: 'Презентация', fileName: 'p.pdf', contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') } }, methodist);
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.addPracticeAttachment.attachments.map((a) => a.fileName)).toEqual(['p.pdf']);
      const noProblem = await create({ title: 'Без проблемы', problem: '' });
      const r = await t.gql(SUBMIT, { id: noProblem.id, n: network }, methodist);
      expect(ext(r)?.fields?.map((f) => f.field)).toEqual(['problem']);
      const after = await one<{ n: string }>(`SELECT count(*) AS n FROM practice`);
      expect(Number(after.n)).toBe(Number(before.n) + 2);
      const badSearch = await t.gql(LIST, { f: { search: 'x'.repeat(201) } }, methodist);
      expect(ext(badSearch)?.code).toBe('BAD_USER_INPUT');
      const oddSearch = await t.gql<{ practices: { totalCount: number } }>(LIST, { f: { search: '!!! & | :* "' } }, methodist);
      expect(oddSearch.errors).toBeUndefined();
    });

    it('archives and restores (undo)', async () => {
      const card = await create({ title: 'Практика в архив' });
      const a = await t.gql<{ archivePractice: { archivedAt: string | null } }>(ARCHIVE, { id: card.id }, methodist);
      expect(a.data!.archivePractice.archivedAt).not.toBeNull();
      const ids = async () => (await t.gql<{ practices: { nodes: ListNode[] } }>(LIST, { first: 100 }, methodist)).data!.practices.nodes.map((n) => n.id);
      expect(await ids()).not.toContain(card.id);
      const r = await t.gql<{ restorePractice: { archivedAt: string | null } }>(RESTORE, { id: card.id }, methodist);
      expect(r.data!.restorePractice.archivedAt).toBeNull();
      expect(await ids()).toContain(card.id);
    });
  });

  describe('the list', () => {
    it('reads a page at a bounded number of SQL statements, the same for 5 rows as for 40', async () => {
      for (let i = 0; i < 40; i++) {
        await t.db.query(`INSERT INTO practice (organization_id, title, problem, tags) VALUES ($1, $2, 'Наставничество в школе', '{наставничество}')`, [i % 2 ? sh26 : sh3, `Практика наставничества №${i}`]);
      }
      const cost = async (first: number) => {
        t.counter.reset();
        const r = await t.gql<{ practices: { nodes: ListNode[] } }>(LIST, { first, f: { search: 'наставничество' }, s: 'наставничество' }, methodist);
        expect(r.errors).toBeUndefined();
        return { statements: t.counter.statements, rows: r.data!.practices.nodes.length };
      };
      const small = await cost(5);
      const big = await cost(40);
      expect(big.rows).toBe(40);
      expect(big.statements).toBe(small.statements);
      expect(big.statements).toBeLessThanOrEqual(14);
    });

    it('sorts by every column both ways, by cursor and by offset (list order)', async () => {
      const q = `query($first: Int!, $after: String, $offset: Int, $orderBy: PracticeOrder) {
        practices(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: { archived: ALL, search: "наставничество" }) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
      const l = { gql: t.gql, token: methodist, query: q, variables: {}, pageSize: 7, pick: (d: Record<string, unknown>) => d['practices'] as Page };
      await checkEveryOrder(l, ['RELEVANCE', 'TITLE', 'ORGANIZATION', 'STATE', 'UPDATED_AT', 'PUBLISHED_AT']);
      await checkPageRefusals(l);
      const p = `query($first: Int!, $after: String, $offset: Int, $orderBy: ProductOrder) {
        methodologicalProducts(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: { archived: ALL }) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
      await checkEveryOrder({ gql: t.gql, token: admin, query: p, variables: {}, pageSize: 2, pick: (d: Record<string, unknown>) => d['methodologicalProducts'] as Page }, ['TITLE', 'KIND', 'YEAR', 'ORGANIZATION']);
    });
  });

  describe('countProducts (the products indicator)', () => {
    it('counts a hand-made fixture by territory, network and organisation within a period', async () => {
      const karelia = (await one(`SELECT id FROM region WHERE code = '10'`)).id;
      const mun = async (name: string) => (await one(`INSERT INTO municipality (region_id, name, kind) VALUES ($1, $2, 'URBAN_OKRUG') RETURNING id`, [karelia, name])).id;
      const m1 = await mun('Проверочный округ 1');
      const m2 = await mun('Проверочный округ 2');
      const org = async (m: string, name: string) => (await one(`INSERT INTO organization (municipality_id, name, kind) VALUES ($1, $2, 'SCHOOL') RETURNING id`, [m, name])).id;
      const a = await org(m1, 'Школа А');
      const b = await org(m1, 'Школа Б');
      const c = await org(m2, 'Школа В');
      const net = (await one(`INSERT INTO network (name, model, coordinator_organization_id, starts_on) VALUES ('Проверочная сеть', 'DISTRIBUTED', $1, '2024-01-01') RETURNING id`, [a])).id;
      await t.db.query(`INSERT INTO network_member (network_id, organization_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACCEPTED'), ($1, $3, 'PARTICIPANT', 'INVITED'), ($1, $4, 'PARTICIPANT', 'ACCEPTED')`, [net, a, b, c]);
      const product = (o: string, title: string, year: number, publishedOn: string | null = null, archived = false) =>
        t.db.query(`INSERT INTO methodological_product (kind, title, year, published_on, organization_id, archived_at) VALUES ('ARTICLE', $1, $2, $3, $4, $5)`, [title, year, publishedOn, o, archived ? new Date() : null]);
      await product(a, '1 А 2025', 2025); // in 2025 (by year)
      await product(a, '2 А 2025-03-10', 2025, '2025-03-10'); // in 2025
      await product(a, '3 А 2024-12-31', 2024, '2024-12-31'); // not in 2025; in 2024/2025 school year
      await product(a, '4 А 2025 в архиве', 2025, null, true); // never
      await product(b, '5 Б 2025', 2025); // in 2025; B is only invited to the network
      await product(c, '6 В 2025-12-31', 2025, '2025-12-31'); // in 2025, not in the school year
      await product(c, '7 В 2026', 2026); // never in these periods
      const reader = t.app.get(ProductReader);
      const m = t.app.get(UnitOfWork).reader;
      const y2025 = { from: '2025-01-01', to: '2025-12-31' };
      const schoolYear = { from: '2024-09-01', to: '2025-08-31' };
      expect(await reader.countProducts(m, { kind: 'ORGANIZATION', organizationId: a }, y2025)).toBe(2);
      expect(await reader.countProducts(m, { kind: 'MUNICIPALITY', municipalityId: m1 }, y2025)).toBe(3);
      expect(await reader.countProducts(m, { kind: 'MUNICIPALITY', municipalityId: m2 }, y2025)).toBe(1);
      expect(await reader.countProducts(m, { kind: 'REGION', regionId: karelia }, y2025)).toBe(4);
      expect(await reader.countProducts(m, { kind: 'NETWORK', networkId: net }, y2025)).toBe(3);
      expect(await reader.countProducts(m, { kind: 'ORGANIZATION', organizationId: a }, schoolYear)).toBe(3);
      expect(await reader.countProducts(m, { kind: 'REGION', regionId: karelia }, schoolYear)).toBe(4); // 1, 2, 3, 5
      const onlyM2 = new AccessScope(false, [], [m2], [], null);
      expect(await reader.countProducts(m, { kind: 'REGION', regionId: karelia }, y2025, onlyM2)).toBe(1);
      const rows = await reader.listProducts(m, { kind: 'REGION', regionId: karelia }, y2025);
      expect(rows.map((r) => r.title).sort()).toEqual(['1 А 2025', '2 А 2025-03-10', '5 Б 2025', '6 В 2025-12-31']);
      expect(rows.find((r) => r.title === '6 В 2025-12-31')).toMatchObject({ organizationName: 'Школа В', publishedOn: '2025-12-31', year: 2025 });
      expect((await reader.listProducts(m, { kind: 'NETWORK', networkId: net }, y2025, undefined, { limit: 1, offset: 1 })).map((r) => r.title)).toEqual(['2 А 2025-03-10']);
    });
  });
});

import { checkEveryOrder, checkPageRefusals, Page } from './support/list-order';
import { idOf, startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;

const ITEM = `id number title periodText startsOn endsOn responsibleText participantsText expectedResult actualResult manualStatus illustrative archivedAt position
  status { status derivedFrom }
  responsible { id role organization { id shortName } person { id fullName } }
  participants { id organization { id } }
  links { id kind targetId title status }`;
const PLAN = `id kind title periodText startsOn endsOn status canEdit itemCount illustrative owner { kind name }
  stages { id position title kind periodText startsOn endsOn description items { ${ITEM} } }`;
type Item = {
  id: string;
  number: string;
  title: string;
  periodText: string;
  startsOn: string | null;
  endsOn: string | null;
  responsibleText: string;
  manualStatus: string;
  position: number;
  status: { status: string; derivedFrom: string[] };
  responsible: { organization: { id: string; shortName: string } | null; person: { id: string; fullName: string } | null }[];
  links: { id: string; kind: string; status: string | null; title: string }[];
};
type Plan = { id: string; kind: string; title: string; canEdit: boolean; itemCount: number; owner: { kind: string; name: string }; stages: { id: string; title: string; kind: string; items: Item[] }[] };

const GET = `query($id: ID!) { plan(id: $id) { ${PLAN} } }`;
const CREATE = `mutation($input: CreatePlanInput!) { createPlan(input: $input) { ${PLAN} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePlanInput!) { updatePlan(id: $id, input: $input) { ${PLAN} } }`;
const ADD_STAGE = `mutation($id: ID!, $input: PlanStageInput!) { addPlanStage(planId: $id, input: $input) { ${PLAN} } }`;
const UPDATE_STAGE = `mutation($id: ID!, $input: PlanStageInput!) { updatePlanStage(stageId: $id, input: $input) { ${PLAN} } }`;
const DELETE_STAGE = `mutation($id: ID!) { deletePlanStage(stageId: $id) { ${PLAN} } }`;
const REORDER_STAGES = `mutation($id: ID!, $ids: [ID!]!) { reorderPlanStages(planId: $id, input: { ids: $ids }) { ${PLAN} } }`;
const CREATE_ITEM = `mutation($id: ID!, $input: CreatePlanItemInput!) { createPlanItem(stageId: $id, input: $input) { ${PLAN} } }`;
const UPDATE_ITEM = `mutation($id: ID!, $input: PlanItemInput!) { updatePlanItem(itemId: $id, input: $input) { ${PLAN} } }`;
const REORDER_ITEMS = `mutation($id: ID!, $ids: [ID!]!) { reorderPlanItems(stageId: $id, input: { ids: $ids }) { ${PLAN} } }`;
const ARCHIVE_ITEM = `mutation($id: ID!) { archivePlanItem(itemId: $id) { ${PLAN} } }`;
const RESTORE_ITEM = `mutation($id: ID!) { restorePlanItem(itemId: $id) { ${PLAN} } }`;
const LINK = `mutation($id: ID!, $input: PlanItemLinkInput!) { linkPlanItem(itemId: $id, input: $input) { ${PLAN} } }`;
const UNLINK = `mutation($id: ID!) { unlinkPlanItem(linkId: $id) { ${PLAN} } }`;

const items = (p: Plan) => p.stages.flatMap((s) => s.items);

describe('plans', () => {
  let t: TestApp;
  let methodist: string;
  let podporozhye: string;
  const one = async <T = { id: string }>(sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as T[])[0];
  const planId = async (key: string) => (await one(`SELECT id FROM plan WHERE external_id = $1`, [key])).id;
  const counts = async () =>
    one(`SELECT (SELECT count(*) FROM plan) p, (SELECT count(*) FROM plan_stage) s, (SELECT count(*) FROM plan_item) i, (SELECT count(*) FROM plan_item_party) y,
                (SELECT count(*) FROM plan_item_link) l, (SELECT count(*) FROM audit_log WHERE entity_type = 'plan') a`);
  const newPlan = async (title = 'План методической работы') => {
    const r = await t.gql<{ createPlan: Plan }>(CREATE, { input: { kind: 'YEARLY_EVENT_PLAN', title, municipalityId: podporozhye, startsOn: '2026-09-01', endsOn: '2027-06-30' } }, methodist);
    expect(r.errors).toBeUndefined();
    const withStage = await t.gql<{ addPlanStage: Plan }>(ADD_STAGE, { id: r.data!.createPlan.id, input: { title: 'Основной этап', kind: 'MAIN' } }, methodist);
    return withStage.data!.addPlanStage;
  };

  beforeAll(async () => {
    t = await startTestApp();
    methodist = await t.login('methodist.podporozhye');
    podporozhye = (await one(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)).id;
  });
  afterAll(() => t.close());

  describe('the demo plans', () => {
    it('Vorkuta’s road map: 19 items in three stages as the seed dates them, statuses from the campaign and the mentorships', async () => {
      const vorkuta = await t.login('school12.vorkuta');
      const r = await t.gql<{ plan: Plan }>(GET, { id: await planId('demo:plan:vorkuta-roadmap-2022') }, vorkuta);
      expect(r.errors).toBeUndefined();
      const p = r.data!.plan;
      expect(p.canEdit).toBe(true);
      expect(p.owner.kind).toBe('network');
      expect(p.stages.map((s) => [s.title, s.items.length])).toEqual([
        ['Организационный этап', 8],
        ['Основной этап', 9],
        ['Аналитико – обобщающий этап', 2],
      ]);
      expect(p.itemCount).toBe(19);
      const all = items(p);
      expect(all[0]).toMatchObject({ number: '1.', periodText: '10.01.2022', startsOn: '2022-01-10', endsOn: '2022-01-10' });
      const check = all.find((i) => i.title.startsWith('Организация перекрестных проверок'))!;
      expect(check).toMatchObject({ startsOn: '2023-01-23', endsOn: '2023-02-18' });
      expect(check.periodText).toContain('9 класс- 23.01.2023- 28.01.2023');
      // «Проведение оценки базовых компетенций педагогов» is the closed Shadrikov campaign: done, by its data.
      const assessment = all[2];
      expect(assessment.status).toEqual({ status: 'DONE', derivedFrom: ['CAMPAIGN'] });
      expect(assessment.links).toEqual([expect.objectContaining({ kind: 'CAMPAIGN', status: 'DONE' })]);
      const pairs = all.find((i) => i.title === 'Организация работы наставнических пар или групп.')!;
      expect(pairs.status).toEqual({ status: 'DONE', derivedFrom: ['MENTORSHIP'] });
      // Nothing else is set by hand or invented for these real schools.
      expect(all.filter((i) => i.status.derivedFrom.length === 0).every((i) => i.manualStatus === 'PLANNED')).toBe(true);
      expect(all[1].responsible.map((x) => x.organization?.shortName).sort()).toEqual(['МОУ «СОШ №12» г. Воркуты', 'МОУ «СОШ №35 с УИОП» г. Воркуты']);
    });

    it('lists the plans of the caller’s scope with filters by kind, owner and year', async () => {
      const L = `query($f: PlanFilter) { plans(first: 50, filter: $f) { totalCount nodes { id title kind owner { kind name } } } }`;
      const mine = await t.gql<{ plans: { totalCount: number; nodes: { title: string; kind: string }[] } }>(L, {}, methodist);
      expect(mine.errors).toBeUndefined();
      // Podporozhye's three yearly plans and the illustrative school's plan; not Vorkuta's, Yaroslavl's or Timashevsk's.
      expect(mine.data!.plans.totalCount).toBe(4);
      const yearly = await t.gql<{ plans: { totalCount: number } }>(L, { f: { kind: 'YEARLY_EVENT_PLAN', ownerKind: 'NETWORK', year: 2021 } }, methodist);
      expect(yearly.data!.plans.totalCount).toBe(2);
      const admin = await t.login('admin');
      const roadmaps = await t.gql<{ plans: { nodes: { title: string }[] } }>(L, { f: { kind: 'ROADMAP' } }, admin);
      expect(roadmaps.data!.plans.nodes.map((n) => n.title).sort()).toEqual([
        'Дорожная карта (план реализации проекта) «Школьные методические объединения - драйвер профессионального развития»',
        'Дорожная карта проекта «Наставничество: ресурсы взаимного развития в профессиональных обучающихся сообществах педагогов города»',
      ]);
      const bad = await t.gql(L, { f: { year: 1800 } }, admin);
      expect(ext(bad)?.code).toBe('BAD_USER_INPUT');
    });

    it('sorts the list by every column both ways, by cursor and by offset (list order)', async () => {
      const token = await t.login('admin');
      const q = `query($first: Int!, $after: String, $offset: Int, $orderBy: PlanOrder) {
        plans(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: { archived: ALL }) { totalCount pageInfo { hasNextPage endCursor } nodes { id itemCount } } }`;
      const l = { gql: t.gql, token, query: q, variables: {}, pageSize: 3, pick: (d: Record<string, unknown>) => d['plans'] as Page };
      const asc = await checkEveryOrder(l, ['TITLE', 'KIND', 'OWNER', 'STARTS_ON', 'ITEM_COUNT']);
      const all = await t.gql<{ plans: { nodes: { id: string; itemCount: number }[] } }>(q, { first: 100 }, token);
      const count = new Map(all.data!.plans.nodes.map((n) => [n.id, n.itemCount]));
      const counts = asc['ITEM_COUNT'].map((id) => count.get(id)!);
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      await checkPageRefusals(l);
    });

    it('reads a plan page at a bounded number of SQL statements, however many items', async () => {
      const admin = await t.login('admin');
      const cost = async (key: string) => {
        const id = await planId(key);
        t.counter.reset();
        const r = await t.gql<{ plan: Plan }>(GET, { id }, admin);
        expect(r.errors).toBeUndefined();
        return { statements: t.counter.statements, items: r.data!.plan.itemCount };
      };
      const vorkuta = await cost('demo:plan:vorkuta-roadmap-2022');
      const timashevsk = await cost('demo:plan:timashevsk-krc-plan-schedule');
      expect(timashevsk.items).toBeGreaterThan(vorkuta.items * 2);
      expect(timashevsk.statements).toBeLessThanOrEqual(vorkuta.statements);
      expect(vorkuta.statements).toBeLessThanOrEqual(18);
    });
  });

  describe('changes', () => {
    it('creates a plan with stages and items, edits, reorders, archives and restores, auditing each change with the people it names', async () => {
      const p = await newPlan();
      expect(p).toMatchObject({ canEdit: true, owner: { kind: 'municipality' }, stages: [{ title: 'Основной этап', kind: 'MAIN' }] });
      const stage = p.stages[0].id;
      const school = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-3');
      const head = (await one(`SELECT p.person_id AS id FROM position p JOIN organization o ON o.id = p.organization_id WHERE o.external_id = 'demo:org:47-podp-sosh-3' LIMIT 1`)).id;
      const a = await t.gql<{ createPlanItem: Plan }>(
        CREATE_ITEM,
        {
          id: stage,
          input: {
            title: 'Семинар «Функциональная грамотность»',
            periodText: 'октябрь 2026',
            startsOn: '2026-10-01',
            endsOn: '2026-10-31',
            responsibleText: 'руководители ОО',
            responsibleOrganizationIds: [school],
            responsiblePersonIds: [head],
            expectedResult: 'Повышение компетенций',
          },
        },
        methodist,
      );
      expect(a.errors).toBeUndefined();
      const b = await t.gql<{ createPlanItem: Plan }>(CREATE_ITEM, { id: stage, input: { title: 'Круглый стол', periodText: 'в течение года' } }, methodist);
      const [first, second] = items(b.data!.createPlanItem);
      expect(first.responsible.map((x) => x.organization?.id ?? x.person?.id).sort()).toEqual([school, head].sort());
      expect([first.position, second.position]).toEqual([1, 2]);

      const edited = await t.gql<{ updatePlanItem: Plan }>(UPDATE_ITEM, { id: second.id, input: { status: 'DONE', actualResult: 'Проведён', responsiblePersonIds: [head] } }, methodist);
      expect(edited.errors).toBeUndefined();
      expect(items(edited.data!.updatePlanItem)[1]).toMatchObject({ manualStatus: 'DONE', status: { status: 'DONE', derivedFrom: [] } });

      const reordered = await t.gql<{ reorderPlanItems: Plan }>(REORDER_ITEMS, { id: stage, ids: [second.id, first.id] }, methodist);
      expect(reordered.errors).toBeUndefined();
      expect(items(reordered.data!.reorderPlanItems).map((i) => i.id)).toEqual([second.id, first.id]);

      const second2 = await t.gql<{ addPlanStage: Plan }>(ADD_STAGE, { id: p.id, input: { title: 'Аналитический этап', kind: 'ANALYTICAL', periodText: 'май 2027' } }, methodist);
      const stages = second2.data!.addPlanStage.stages.map((s) => s.id);
      const swapped = await t.gql<{ reorderPlanStages: Plan }>(REORDER_STAGES, { id: p.id, ids: [...stages].reverse() }, methodist);
      expect(swapped.data!.reorderPlanStages.stages.map((s) => s.title)).toEqual(['Аналитический этап', 'Основной этап']);
      // An item moves to another stage of the plan and lands at its end; the stage it left closes up.
      const moved = await t.gql<{ updatePlanItem: Plan }>(UPDATE_ITEM, { id: first.id, input: { stageId: stages[1] } }, methodist);
      expect(moved.data!.updatePlanItem.stages.map((s) => s.items.map((i) => [i.title, i.position]))).toEqual([[['Семинар «Функциональная грамотность»', 1]], [['Круглый стол', 1]]]);
      const renamed = await t.gql<{ updatePlanStage: Plan }>(UPDATE_STAGE, { id: stages[1], input: { title: 'Анализ', kind: 'ANALYTICAL', startsOn: '2027-05-01', endsOn: '2027-05-31' } }, methodist);
      expect(renamed.data!.updatePlanStage.stages[0]).toMatchObject({ title: 'Анализ' });

      const archived = await t.gql<{ archivePlanItem: Plan }>(ARCHIVE_ITEM, { id: second.id }, methodist);
      expect(archived.data!.archivePlanItem.itemCount).toBe(1);
      const locked = await t.gql(UPDATE_ITEM, { id: second.id, input: { title: 'Другое' } }, methodist);
      expect(ext(locked)?.code).toBe('BAD_USER_INPUT');
      const restored = await t.gql<{ restorePlanItem: Plan }>(RESTORE_ITEM, { id: second.id }, methodist);
      expect(restored.data!.restorePlanItem.itemCount).toBe(2);

      const up = await t.gql<{ updatePlan: Plan }>(UPDATE, { id: p.id, input: { title: 'План на 2026/2027', status: 'ACTIVE' } }, methodist);
      expect(up.data!.updatePlan.title).toBe('План на 2026/2027');
      const arch = await t.gql<{ archivePlan: { archivedAt: string | null } }>(`mutation($id: ID!) { archivePlan(id: $id) { archivedAt } }`, { id: p.id }, methodist);
      expect(arch.data!.archivePlan.archivedAt).not.toBeNull();
      const frozen = await t.gql(ADD_STAGE, { id: p.id, input: { title: 'Ещё' } }, methodist);
      expect(ext(frozen)?.code).toBe('BAD_USER_INPUT');
      const back = await t.gql<{ restorePlan: { archivedAt: string | null } }>(`mutation($id: ID!) { restorePlan(id: $id) { archivedAt } }`, { id: p.id }, methodist);
      expect(back.data!.restorePlan.archivedAt).toBeNull();

      const audit = (await t.db.query(`SELECT action, person_ids FROM audit_log WHERE entity_type = 'plan' AND entity_id = $1 ORDER BY at`, [p.id])) as { action: string; person_ids: string[] | null }[];
      expect(audit.map((x) => x.action)).toEqual([
        'create',
        'add-stage',
        'add-item',
        'add-item',
        'update-item',
        'reorder-items',
        'add-stage',
        'reorder-stages',
        'update-item',
        'update-stage',
        'archive-item',
        'restore-item',
        'update',
        'archive',
        'restore',
      ]);
      expect(audit[2].person_ids).toEqual([head]);
      expect(audit[4].person_ids).toEqual([head]);
    });

    it('refuses bad input on every change, writing nothing', async () => {
      const p = await newPlan('План для проверок');
      const stage = p.stages[0].id;
      const made = await t.gql<{ createPlanItem: Plan }>(CREATE_ITEM, { id: stage, input: { title: 'Пункт', startsOn: '2026-10-01' } }, methodist);
      const item = items(made.data!.createPlanItem)[0].id;
      const other = await newPlan('Другой план');
      const before = await counts();
      const timashevsk = (await one(`SELECT id FROM municipality WHERE name = 'Тимашевский район'`)).id;
      const field = (r: R<unknown>) => ext(r)?.fields?.map((f) => f.field);

      expect(field(await t.gql(CREATE, { input: { kind: 'PROJECT', title: ' ', municipalityId: podporozhye } }, methodist))).toEqual(['title']);
      expect(field(await t.gql(CREATE, { input: { kind: 'PROJECT', title: 'П', municipalityId: timashevsk } }, methodist))).toEqual(['municipalityId']);
      const school = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-3');
      expect(field(await t.gql(CREATE, { input: { kind: 'PROJECT', title: 'П', municipalityId: podporozhye, organizationId: school } }, methodist))).toEqual(['organizationId']);
      expect(ext(await t.gql(CREATE, { input: { kind: 'PROJECT', title: 'П', municipalityId: podporozhye, startsOn: '2026-09-01', endsOn: '2026-08-01' } }, methodist))?.fields).toEqual([
        { field: 'endsOn', message: 'Дата окончания — не раньше даты начала' },
      ]);
      expect(field(await t.gql(CREATE, { input: { kind: 'PROJECT', title: 'П', municipalityId: podporozhye, startsOn: '01.09.2026' } }, methodist))).toEqual(['startsOn']);
      expect(field(await t.gql(UPDATE, { id: p.id, input: { endsOn: '2020-01-01' } }, methodist))).toEqual(['endsOn']);
      expect(field(await t.gql(ADD_STAGE, { id: p.id, input: { title: '', kind: 'MAIN' } }, methodist))).toEqual(['title']);
      expect(field(await t.gql(UPDATE_STAGE, { id: stage, input: { title: 'Э', startsOn: '2026-10-01', endsOn: '2026-09-01' } }, methodist))).toEqual(['endsOn']);
      expect(field(await t.gql(CREATE_ITEM, { id: stage, input: { title: '' } }, methodist))).toEqual(['title']);
      expect(field(await t.gql(CREATE_ITEM, { id: stage, input: { title: 'Т', startsOn: '2026-10-02', endsOn: '2026-10-01' } }, methodist))).toEqual(['endsOn']);
      // Position is unique within a stage (a deferred constraint: the error comes at commit, as a field error).
      expect(ext(await t.gql(CREATE_ITEM, { id: stage, input: { title: 'Т', position: 1 } }, methodist))?.fields).toEqual([{ field: 'position', message: 'Эта позиция в этапе уже занята' }]);
      expect(field(await t.gql(UPDATE_ITEM, { id: item, input: { endsOn: '2026-09-01' } }, methodist))).toEqual(['endsOn']);
      expect(field(await t.gql(UPDATE_ITEM, { id: item, input: { stageId: other.stages[0].id } }, methodist))).toEqual(['stageId']);
      const vorkutaOrg = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
      const vorkutaPerson = (await one(`SELECT p.person_id AS id FROM position p JOIN organization o ON o.id = p.organization_id WHERE o.external_id = 'demo:org:11-vorkuta-sosh-12' LIMIT 1`)).id;
      expect(field(await t.gql(UPDATE_ITEM, { id: item, input: { responsibleOrganizationIds: [vorkutaOrg], participantPersonIds: [vorkutaPerson] } }, methodist))).toEqual([
        'responsibleOrganizationIds.0',
        'participantPersonIds.0',
      ]);
      expect(field(await t.gql(UPDATE_ITEM, { id: item, input: { responsibleOrganizationIds: [school, school] } }, methodist))).toEqual(['responsibleOrganizationIds']);
      expect(field(await t.gql(REORDER_ITEMS, { id: stage, ids: [] }, methodist))).toEqual(['ids']);
      expect(field(await t.gql(REORDER_STAGES, { id: p.id, ids: [stage, stage] }, methodist))).toEqual(['ids']);
      expect(field(await t.gql(REORDER_STAGES, { id: p.id, ids: ['x'] }, methodist))).toEqual(['ids']);
      const vorkutaCampaign = (await one(`SELECT id FROM diagnostic_campaign WHERE external_id = 'demo:campaign:vorkuta-base-2022'`)).id;
      // A campaign out of reach answers as one that does not exist.
      expect(ext(await t.gql(LINK, { id: item, input: { kind: 'CAMPAIGN', targetId: vorkutaCampaign } }, methodist))?.code).toBe('NOT_FOUND');
      expect(ext(await t.gql(DELETE_STAGE, { id: stage }, methodist))?.code).toBe('BAD_USER_INPUT');
      expect(ext(await t.gql(GET, { id: 'not-a-uuid' }, methodist))?.code).toBe('BAD_USER_INPUT');
      expect(await counts()).toEqual(before);

      // An empty stage goes; the others close up.
      const two = await t.gql<{ addPlanStage: Plan }>(ADD_STAGE, { id: p.id, input: { title: 'Лишний этап' } }, methodist);
      const gone = await t.gql<{ deletePlanStage: Plan }>(DELETE_STAGE, { id: two.data!.addPlanStage.stages[1].id }, methodist);
      expect(gone.data!.deletePlanStage.stages.map((s) => s.title)).toEqual(['Основной этап']);
    });

    it.each([
      ['plan', `query { plan(id: "x") { id } }`, 'id'],
      ['updatePlan', `mutation { updatePlan(id: "x", input: { title: "П" }) { id } }`, 'id'],
      ['archivePlan', `mutation { archivePlan(id: "x") { id } }`, 'id'],
      ['restorePlan', `mutation { restorePlan(id: "x") { id } }`, 'id'],
      ['addPlanStage', `mutation { addPlanStage(planId: "x", input: { title: "Э" }) { id } }`, 'planId'],
      ['updatePlanStage', `mutation { updatePlanStage(stageId: "x", input: { title: "Э" }) { id } }`, 'stageId'],
      ['deletePlanStage', `mutation { deletePlanStage(stageId: "x") { id } }`, 'stageId'],
      ['reorderPlanStages', `mutation { reorderPlanStages(planId: "x", input: { ids: [] }) { id } }`, 'planId'],
      ['createPlanItem', `mutation { createPlanItem(stageId: "x", input: { title: "П" }) { id } }`, 'stageId'],
      ['updatePlanItem', `mutation { updatePlanItem(itemId: "x", input: { title: "П" }) { id } }`, 'itemId'],
      ['archivePlanItem', `mutation { archivePlanItem(itemId: "x") { id } }`, 'itemId'],
      ['restorePlanItem', `mutation { restorePlanItem(itemId: "x") { id } }`, 'itemId'],
      ['reorderPlanItems', `mutation { reorderPlanItems(stageId: "x", input: { ids: [] }) { id } }`, 'stageId'],
      ['linkPlanItem', `mutation { linkPlanItem(itemId: "x", input: { kind: MENTORSHIP, targetId: "00000000-0000-4000-8000-000000000000" }) { id } }`, 'itemId'],
      ['unlinkPlanItem', `mutation { unlinkPlanItem(linkId: "x") { id } }`, 'linkId'],
    ])('%s refuses an id that is not a UUID on its field, writing nothing', async (_name, query, field) => {
      const before = await counts();
      const r = await t.gql(query, {}, methodist);
      expect(ext(r)?.fields).toEqual([{ field, message: 'Неверный идентификатор' }]);
      expect(await counts()).toEqual(before);
    });

    it('takes an item’s status from its mentorship or campaign where it has one, else from the hand', async () => {
      const p = await newPlan('План с привязками');
      const made = await t.gql<{ createPlanItem: Plan }>(CREATE_ITEM, { id: p.stages[0].id, input: { title: 'Наставничество «500+»', status: 'NOT_DONE' } }, methodist);
      const item = items(made.data!.createPlanItem)[0].id;
      const mentorship = (await one(`SELECT id FROM mentorship WHERE external_id = 'demo:mentorship:podporozhye-500-shakhova-klyuchina'`)).id;
      const linked = await t.gql<{ linkPlanItem: Plan }>(LINK, { id: item, input: { kind: 'MENTORSHIP', targetId: mentorship } }, methodist);
      expect(linked.errors).toBeUndefined();
      const it0 = items(linked.data!.linkPlanItem)[0];
      expect(it0.status).toEqual({ status: 'DONE', derivedFrom: ['MENTORSHIP'] });
      expect(it0.manualStatus).toBe('NOT_DONE');
      const dup = await t.gql(LINK, { id: item, input: { kind: 'MENTORSHIP', targetId: mentorship } }, methodist);
      expect(ext(dup)?.fields).toEqual([{ field: 'targetId', message: 'Пункт уже связан с этой записью' }]);

      // A second target still running: the item is in progress until both are done.
      const campaign = (await one(
        `INSERT INTO diagnostic_campaign (name, instrument_id, mode, scope_kind, municipality_id, opens_on, closes_on, status)
         SELECT 'Мониторинг затруднений', i.id, 'SELF', 'MUNICIPALITY', $1, '2026-10-01', '2026-10-31', 'OPEN' FROM diagnostic_instrument i WHERE i.status = 'PUBLISHED' LIMIT 1 RETURNING id`,
        [podporozhye],
      )).id;
      const two = await t.gql<{ linkPlanItem: Plan }>(LINK, { id: item, input: { kind: 'CAMPAIGN', targetId: campaign } }, methodist);
      expect(two.errors).toBeUndefined();
      expect(items(two.data!.linkPlanItem)[0].status).toEqual({ status: 'IN_PROGRESS', derivedFrom: ['CAMPAIGN', 'MENTORSHIP'] });
      await t.db.query(`UPDATE diagnostic_campaign SET status = 'CLOSED' WHERE id = $1`, [campaign]);
      const closed = await t.gql<{ plan: Plan }>(GET, { id: p.id }, methodist);
      expect(items(closed.data!.plan)[0].status.status).toBe('DONE');
      // An archived campaign does not count: the mentorship alone decides.
      await t.db.query(`UPDATE diagnostic_campaign SET status = 'DRAFT', archived_at = now() WHERE id = $1`, [campaign]);
      expect(items((await t.gql<{ plan: Plan }>(GET, { id: p.id }, methodist)).data!.plan)[0].status).toEqual({ status: 'DONE', derivedFrom: ['MENTORSHIP'] });

      const links = items((await t.gql<{ plan: Plan }>(GET, { id: p.id }, methodist)).data!.plan)[0].links;
      let after: Plan | undefined;
      for (const l of links) after = (await t.gql<{ unlinkPlanItem: Plan }>(UNLINK, { id: l.id }, methodist)).data!.unlinkPlanItem;
      expect(items(after!)[0].status).toEqual({ status: 'NOT_DONE', derivedFrom: [] });
    });

    it('hides a plan out of scope as not found and refuses a viewer who may not change it', async () => {
      const p = await newPlan('План Подпорожья');
      const timashevsk = await t.login('methodist.timashevsk');
      expect(ext(await t.gql(GET, { id: p.id }, timashevsk))?.code).toBe('NOT_FOUND');
      expect(ext(await t.gql(ADD_STAGE, { id: p.id, input: { title: 'Этап' } }, timashevsk))?.code).toBe('NOT_FOUND');
      expect(ext(await t.gql(CREATE_ITEM, { id: p.stages[0].id, input: { title: 'Пункт' } }, timashevsk))?.code).toBe('NOT_FOUND');
      // The Vorkuta road map belongs to the network coordinated by №12: its partner school's people read it, a teacher may not change it.
      const teacher = await t.login('teacher.filippov');
      const vorkuta = await planId('demo:plan:vorkuta-roadmap-2022');
      const seen = await t.gql<{ plan: Plan }>(GET, { id: vorkuta }, teacher);
      expect(seen.data!.plan.canEdit).toBe(false);
      expect(ext(await t.gql(UPDATE, { id: vorkuta, input: { title: 'Х' } }, teacher))?.code).toBe('FORBIDDEN');
    });
  });
});

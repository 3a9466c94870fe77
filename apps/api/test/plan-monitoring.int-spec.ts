import ExcelJS from 'exceljs';
import { monitoringFlags, type MonitoredItem } from '../src/modules/plan/plan-monitoring-rule';
import { pdfText } from './support/pdf-text';
import { day, makePlan, PlanFixture } from './support/plan-monitoring-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const MONITORING = `query($p: ID!) { planMonitoring(planId: $p) { today rule stages { stageId title total done overdue atRisk } items { itemId stageId number title periodText status flag } } }`;
const CORRECT = `mutation($i: ID!, $input: PlanItemCorrectionInput!) { correctPlanItem(itemId: $i, input: $input) { id reason itemTitle authorName versionId changes { field before after } } }`;
const CORRECTIONS = `query($p: ID!) { planCorrections(planId: $p) { id reason changes { field before after } authorName createdAt } }`;
const VERSIONS = `query($p: ID!) { planVersions(planId: $p) { id number note itemCount createdByName } }`;
const COMPARE = `query($a: ID!, $b: ID!) { comparePlanVersions(olderId: $a, newerId: $b) { id kind changedFields before { title endDate periodText } after { title endDate periodText } } }`;
const FIX = `mutation($p: ID!) { fixPlanVersion(planId: $p, input: { note: "Перед заседанием совета" }) { id number note itemCount } }`;
const EXPORT = `query($p: ID!, $f: PlanExportFormat!, $l: PlanExportLayout!) { planExport(planId: $p, format: $f, layout: $l) { fileName fileType contentBase64 size } }`;
const RISK = `mutation($p: ID!, $input: PlanRiskInput!) { createPlanRisk(planId: $p, input: $input) { id title mitigation archivedAt } }`;
const MEETING = `mutation($p: ID!, $input: CouncilMeetingInput!) { createCouncilMeeting(planId: $p, input: $input) { id heldOn agenda decisions { id text planItemId } } }`;
const TO_ITEM = `mutation($d: ID!, $s: ID!) { councilDecisionToPlanItem(decisionId: $d, stageId: $s) { id decisions { id text planItemId } } }`;

type Monitoring = { planMonitoring: { today: string; rule: string; stages: { stageId: string; total: number; done: number; overdue: number; atRisk: number }[]; items: { itemId: string; flag: string | null; status: string }[] } };

describe('plan monitoring, corrections, versions, risks, council, exports', () => {
  let t: TestApp;
  let methodist: string;
  let timashevsk: string;
  let plan: PlanFixture;

  beforeAll(async () => {
    t = await startTestApp();
    [methodist, timashevsk] = await Promise.all([t.login('methodist.podporozhye'), t.login('methodist.timashevsk')]);
    plan = await makePlan(t.db, 'План мероприятий (тест мониторинга)', ['Организационный этап', 'Основной этап', 'Аналитический этап'], [
      { key: 'overdue', stage: 0, title: 'Круглый стол «Эффективные методики мониторинга»', endsOn: day(-3), responsibleText: 'Администрация МБОУ «Подпорожская СОШ №3»', expectedResult: 'Повышение профессиональных компетенций руководителей ШНОР' },
      { key: 'done', stage: 0, title: 'Семинар для руководителей', endsOn: day(-10), status: 'DONE', actualResult: 'Проведён' },
      { key: 'soon', stage: 0, title: 'Совещание', endsOn: day(10) },
      { key: 'soonStarted', stage: 0, title: 'Начатое мероприятие', endsOn: day(5), status: 'IN_PROGRESS' },
      { key: 'later', stage: 1, title: 'Мониторинг реализации проекта', startsOn: day(30), endsOn: day(60) },
      { key: 'laterStarted', stage: 1, title: 'Идущая работа', endsOn: day(90), status: 'IN_PROGRESS' },
      { key: 'undated', stage: 1, title: 'Заседания координационного совета', periodText: '4 раза в год' },
      { key: 'far', stage: 2, title: 'Итоговая конференция', endsOn: day(150) },
    ]);
  });
  afterAll(() => t.close());

  it('flags overdue and at-risk items by the stated rule, the same as the pure rule, with counts per stage', async () => {
    const r = await t.gql<Monitoring>(MONITORING, { p: plan.planId }, methodist);
    expect(r.errors).toBeUndefined();
    const mon = r.data!.planMonitoring;
    expect(mon.rule).toContain('Просрочено');
    const flag = (k: string) => mon.items.find((i) => i.itemId === plan.items[k])!.flag;
    expect([flag('overdue'), flag('done'), flag('soon'), flag('soonStarted'), flag('later'), flag('laterStarted'), flag('undated'), flag('far')]).toEqual([
      'OVERDUE',
      null,
      'AT_RISK',
      null,
      'AT_RISK',
      null,
      null,
      'AT_RISK',
    ]);
    const rows = (await t.db.query(
      `SELECT i.id, i.stage_id AS "stageId", s.position AS "stagePosition", to_char(i.ends_on, 'YYYY-MM-DD') AS "endDate", i.status::text AS status
         FROM plan_item i JOIN plan_stage s ON s.id = i.stage_id WHERE i.plan_id = $1`,
      [plan.planId],
    )) as (MonitoredItem & { endDate: string | null })[];
    const pure = monitoringFlags(rows.map((x) => ({ ...x, endDate: x.endDate })), mon.today);
    for (const i of mon.items) expect(i.flag).toBe(pure.get(i.itemId) ?? null);
    expect(mon.stages.map((s) => [s.total, s.done, s.overdue, s.atRisk])).toEqual([
      [4, 1, 1, 1],
      [3, 0, 0, 1],
      [1, 0, 0, 1],
    ]);
  });

  it('reads the monitoring in a bounded number of statements, whatever the number of items', async () => {
    const count = async (p: string) => {
      t.counter.reset();
      const r = await t.gql(MONITORING, { p }, methodist);
      expect(r.errors).toBeUndefined();
      return t.counter.statements;
    };
    const many = await makePlan(t.db, 'Большой план', ['Этап'], Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, stage: 0, title: `Пункт ${i}`, endsOn: day(i - 20) })));
    expect(await count(many.planId)).toBe(await count(plan.planId));
  });

  it('refuses a correction without a reason or without a change, writing nothing', async () => {
    const before = await t.db.query('SELECT (SELECT count(*) FROM plan_correction) c, (SELECT count(*) FROM plan_version) v');
    const noReason = await t.gql(CORRECT, { i: plan.items['later'], input: { reason: '   ', endsOn: day(75) } }, methodist);
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(noReason.errors?.[0]?.extensions?.fields).toEqual([{ field: 'reason', message: 'Укажите причину корректировки' }]);
    const missing = await t.gql(CORRECT, { i: plan.items['later'], input: { endsOn: day(75) } }, methodist);
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const nothing = await t.gql(CORRECT, { i: plan.items['later'], input: { reason: 'Без изменений', endsOn: day(60) } }, methodist);
    expect(nothing.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('reason');
    const backwards = await t.gql(CORRECT, { i: plan.items['later'], input: { reason: 'Перенос', endsOn: day(10) } }, methodist);
    expect(backwards.errors?.[0]?.extensions?.fields?.[0]).toEqual({ field: 'endsOn', message: 'Дата окончания — не раньше даты начала' });
    expect(await t.db.query('SELECT (SELECT count(*) FROM plan_correction) c, (SELECT count(*) FROM plan_version) v')).toEqual(before);
  });

  it('records a correction with its reason, who and what changed, and shows the versions side by side', async () => {
    const r = await t.gql<{ correctPlanItem: { reason: string; authorName: string; changes: unknown[] } }>(
      CORRECT,
      { i: plan.items['later'], input: { reason: 'Перенос по итогам ежегодного мониторинга', endsOn: day(75), periodText: 'В течение квартала' } },
      methodist,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.correctPlanItem).toMatchObject({
      reason: 'Перенос по итогам ежегодного мониторинга',
      authorName: 'Методист ИМЦ Подпорожского района',
      changes: [
        { field: 'endsOn', before: day(60), after: day(75) },
        { field: 'periodText', before: null, after: 'В течение квартала' },
      ],
    });
    const history = await t.gql<{ planCorrections: { reason: string }[] }>(CORRECTIONS, { p: plan.planId }, methodist);
    expect(history.data!.planCorrections.map((c) => c.reason)).toEqual(['Перенос по итогам ежегодного мониторинга']);
    // An item added after the correction, then a version fixed by hand.
    await t.db.query(`INSERT INTO plan_item (plan_id, stage_id, position, title) VALUES ($1, $2, 10, 'Новый семинар')`, [plan.planId, plan.stages[1]]);
    await t.db.query(`UPDATE plan_item SET archived_at = now() WHERE id = $1`, [plan.items['far']]);
    const fixed = await t.gql<{ fixPlanVersion: { number: number; note: string } }>(FIX, { p: plan.planId }, methodist);
    expect(fixed.data!.fixPlanVersion).toMatchObject({ number: 3, note: 'Перед заседанием совета' });
    const versions = (await t.gql<{ planVersions: { id: string; number: number; note: string; itemCount: number }[] }>(VERSIONS, { p: plan.planId }, methodist)).data!.planVersions;
    expect(versions.map((v) => [v.number, v.itemCount])).toEqual([
      [3, 8],
      [2, 8],
      [1, 8],
    ]);
    expect(versions[2].note).toContain('Исходная версия');
    const [v3, v2, v1] = versions;
    type Diff = { comparePlanVersions: { id: string; kind: string; changedFields: string[]; before: { endDate: string } | null; after: { endDate: string; title: string } | null }[] };
    const first = (await t.gql<Diff>(COMPARE, { a: v1.id, b: v2.id }, methodist)).data!.comparePlanVersions;
    const changed = first.filter((d) => d.kind !== 'SAME');
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ id: plan.items['later'], kind: 'CHANGED', changedFields: ['endDate', 'periodText'], before: { endDate: day(60) }, after: { endDate: day(75) } });
    const second = (await t.gql<Diff>(COMPARE, { a: v3.id, b: v2.id }, methodist)).data!.comparePlanVersions;
    expect(second.filter((d) => d.kind === 'ADDED').map((d) => d.after!.title)).toEqual(['Новый семинар']);
    expect(second.filter((d) => d.kind === 'REMOVED').map((d) => d.id)).toEqual([plan.items['far']]);
  });

  it('keeps risks with their mitigation and refuses an empty one', async () => {
    const ok = await t.gql<{ createPlanRisk: { id: string; title: string } }>(RISK, { p: plan.planId, input: { title: 'Нехватка времени у педагогов для участия в проекте', mitigation: 'Гибкий график' } }, methodist);
    expect(ok.data!.createPlanRisk.title).toBe('Нехватка времени у педагогов для участия в проекте');
    const bad = await t.gql(RISK, { p: plan.planId, input: { title: '  ' } }, methodist);
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([{ field: 'title', message: 'Опишите риск' }]);
    const archived = await t.gql<{ setPlanRiskArchived: { archivedAt: string | null } }>(`mutation($id: ID!) { setPlanRiskArchived(id: $id, archived: true) { archivedAt } }`, { id: ok.data!.createPlanRisk.id }, methodist);
    expect(archived.data!.setPlanRiskArchived.archivedAt).not.toBeNull();
  });

  it('turns a council decision into a plan item linked back to it, once', async () => {
    const created = await t.gql<{ createCouncilMeeting: { id: string; decisions: { id: string; text: string }[] } }>(
      MEETING,
      { p: plan.planId, input: { heldOn: day(-20), agenda: ['О ходе реализации плана'], decisions: ['Провести открытые уроки для молодых педагогов'] } },
      methodist,
    );
    expect(created.errors).toBeUndefined();
    const decision = created.data!.createCouncilMeeting.decisions[0];
    const made = await t.gql<{ councilDecisionToPlanItem: { decisions: { planItemId: string | null }[] } }>(TO_ITEM, { d: decision.id, s: plan.stages[1] }, methodist);
    const itemId = made.data!.councilDecisionToPlanItem.decisions[0].planItemId!;
    expect(await t.db.query('SELECT title, stage_id AS "stageId" FROM plan_item WHERE id = $1', [itemId])).toEqual([{ title: 'Провести открытые уроки для молодых педагогов', stageId: plan.stages[1] }]);
    const again = await t.gql(TO_ITEM, { d: decision.id, s: plan.stages[1] }, methodist);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const noAgenda = await t.gql(MEETING, { p: plan.planId, input: { heldOn: day(-5), agenda: [] } }, methodist);
    expect(noAgenda.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('agenda');
  });

  it('edits a council meeting: date, agenda and decisions in order; a decision that became an item cannot be dropped', async () => {
    const UPDATE = `mutation($id: ID!, $input: CouncilMeetingInput!) { updateCouncilMeeting(id: $id, input: $input) { id heldOn agenda decisions { id text planItemId } } }`;
    type Meeting = { id: string; heldOn: string; agenda: string[]; decisions: { id: string; text: string; planItemId: string | null }[] };
    const created = await t.gql<{ createCouncilMeeting: Meeting }>(MEETING, { p: plan.planId, input: { heldOn: day(-30), agenda: ['Вопрос 1'], decisions: ['Решение А', 'Решение Б'] } }, methodist);
    const meeting = created.data!.createCouncilMeeting;
    const [a, b] = meeting.decisions;
    await t.gql(TO_ITEM, { d: a!.id, s: plan.stages[0] }, methodist);
    const edited = await t.gql<{ updateCouncilMeeting: Meeting }>(UPDATE, { id: meeting.id, input: { heldOn: day(-29), agenda: ['Вопрос 1', 'Вопрос 2'], decisions: ['Решение А (уточнено)', 'Решение Б', 'Решение В'] } }, methodist);
    expect(edited.errors).toBeUndefined();
    const after = edited.data!.updateCouncilMeeting;
    expect(after).toMatchObject({ heldOn: day(-29), agenda: ['Вопрос 1', 'Вопрос 2'] });
    expect(after.decisions.map((d) => d.text)).toEqual(['Решение А (уточнено)', 'Решение Б', 'Решение В']);
    // The decisions keep their ids (and the first its plan item).
    expect(after.decisions[0]).toMatchObject({ id: a!.id, planItemId: expect.any(String) });
    expect(after.decisions[1]!.id).toBe(b!.id);

    const drop = await t.gql(UPDATE, { id: meeting.id, input: { heldOn: day(-29), agenda: ['Вопрос 1'], decisions: [] } }, methodist);
    expect(drop.errors?.[0]?.extensions?.fields).toEqual([{ field: 'decisions', message: 'Решение 1 уже стало пунктом плана: удалить его нельзя' }]);
    const shorter = await t.gql<{ updateCouncilMeeting: Meeting }>(UPDATE, { id: meeting.id, input: { heldOn: day(-29), agenda: ['Вопрос 1'], decisions: ['Решение А (уточнено)'] } }, methodist);
    expect(shorter.data!.updateCouncilMeeting.decisions.map((d) => d.text)).toEqual(['Решение А (уточнено)']);

    const bad = await t.gql(UPDATE, { id: meeting.id, input: { heldOn: 'завтра', agenda: [] } }, methodist);
    expect(bad.errors?.[0]?.extensions?.fields?.map((f: { field: string }) => f.field).sort()).toEqual(['agenda', 'heldOn']);
    expect((await t.gql(UPDATE, { id: meeting.id, input: { heldOn: day(0), agenda: ['Чужое'] } }, timashevsk)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.db.query('SELECT held_on::text AS d FROM council_meeting WHERE id = $1', [meeting.id]))[0].d).toBe(day(-29));
    const audit = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'update-council-meeting' AND entity_id = $1`, [plan.planId]);
    expect(audit[0].n).toBe(2);
  });

  it('exports the plan and the execution report as XLSX and PDF that read back in Russian', async () => {
    type File = { planExport: { fileName: string; fileType: string; contentBase64: string; size: number } };
    const get = async (f: string, l: string) => {
      const r = await t.gql<File>(EXPORT, { p: plan.planId, f, l }, methodist);
      expect(r.errors).toBeUndefined();
      return r.data!.planExport;
    };
    const xlsx = await get('XLSX', 'PLAN');
    expect(xlsx.fileType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.fileName).toBe('План мероприятий (тест мониторинга).xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.contentBase64, 'base64') as unknown as ArrayBuffer);
    const values: unknown[][] = [];
    wb.worksheets[0].eachRow((row) => values.push((row.values as unknown[]).slice(1)));
    expect(values[0][0]).toBe('План мероприятий (тест мониторинга)');
    expect(String(values[1][0])).toContain('Владелец: Подпорожский муниципальный район');
    expect(values[3]).toEqual(['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Участники', 'Планируемый результат']);
    expect(values[4][0]).toBe('Организационный этап');
    expect(values[5].slice(1, 6)).toEqual(['Круглый стол «Эффективные методики мониторинга»', expect.stringMatching(/^\d\d\.\d\d\.\d{4}$/), 'Администрация МБОУ «Подпорожская СОШ №3»', undefined, 'Повышение профессиональных компетенций руководителей ШНОР']);
    // Text wrapped inside a cell reads back as several lines: compare with the whitespace collapsed.
    const read = async (l: string) => (await pdfText(Buffer.from((await get('PDF', l)).contentBase64, 'base64'))).text.replace(/\s+/g, ' ');
    const pdf = await read('PLAN');
    for (const s of ['План мероприятий (тест мониторинга)', 'Планируемый результат', 'Основной этап', 'Круглый стол «Эффективные методики мониторинга»']) expect(pdf).toContain(s);
    const report = await read('REPORT');
    for (const s of ['Отчёт о реализации плана-графика', 'Фактический результат', 'Проведён', 'Выполнено', 'Всего мероприятий']) expect(report).toContain(s);
    const reportXlsx = await get('XLSX', 'REPORT');
    expect(reportXlsx.fileName).toBe('Отчёт о реализации — План мероприятий (тест мониторинга).xlsx');
    const audited = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action LIKE 'export-%'`, [plan.planId]);
    expect(audited).toEqual([{ n: 4 }]);
  });

  it('answers NOT_FOUND to another municipality, for reads, changes and exports, and writes nothing', async () => {
    const before = await t.db.query('SELECT (SELECT count(*) FROM plan_correction) c, (SELECT count(*) FROM plan_risk) r, (SELECT count(*) FROM council_meeting) m');
    for (const [q, v] of [
      [MONITORING, { p: plan.planId }],
      [EXPORT, { p: plan.planId, f: 'PDF', l: 'PLAN' }],
      [CORRECT, { i: plan.items['soon'], input: { reason: 'Чужой', endsOn: day(20) } }],
      [RISK, { p: plan.planId, input: { title: 'Чужой риск' } }],
      [MEETING, { p: plan.planId, input: { heldOn: day(0), agenda: ['Чужое'] } }],
    ] as const) {
      const r = await t.gql(q, v, timashevsk);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(await t.db.query('SELECT (SELECT count(*) FROM plan_correction) c, (SELECT count(*) FROM plan_risk) r, (SELECT count(*) FROM council_meeting) m')).toEqual(before);
  });

  it('demo: Timashevsk council meetings four times in 2021 and one Podporozhye correction, all illustrative, the items as the seeds state them', async () => {
    const admin = await t.login('admin');
    const planOf = async (key: string) => ((await t.db.query('SELECT id FROM plan WHERE external_id = $1', [key])) as { id: string }[])[0].id;
    const council = await t.gql<{ councilMeetings: { heldOn: string; illustrative: boolean; agenda: string[] }[] }>(
      `query($p: ID!) { councilMeetings(planId: $p) { heldOn illustrative agenda } }`,
      { p: await planOf('demo:plan:timashevsk-krc-plan-schedule') },
      admin,
    );
    expect(council.data!.councilMeetings.map((m) => m.heldOn.slice(0, 4))).toEqual(['2021', '2021', '2021', '2021']);
    expect(council.data!.councilMeetings.every((m) => m.illustrative)).toBe(true);
    const podporozhye = await planOf('demo:plan:podporozhye-2020-2021');
    const corrections = (await t.gql<{ planCorrections: { reason: string; itemId: string; changes: { field: string; after: string }[] }[] }>(
      `query($p: ID!) { planCorrections(planId: $p) { reason itemId changes { field after } } }`,
      { p: podporozhye },
      admin,
    )).data!.planCorrections;
    expect(corrections).toHaveLength(1);
    expect(corrections[0].reason).toMatch(/^Иллюстративно/);
    const [item] = (await t.db.query('SELECT period_text AS "periodText", illustrative FROM plan_item WHERE id = $1', [corrections[0].itemId])) as { periodText: string }[];
    expect(corrections[0].changes).toEqual([{ field: 'periodText', after: item.periodText }]);
    const versions = (await t.gql<{ planVersions: { id: string; illustrative: boolean }[] }>(`query($p: ID!) { planVersions(planId: $p) { id illustrative } }`, { p: podporozhye }, admin)).data!.planVersions;
    expect(versions.map((v) => v.illustrative)).toEqual([true, true]);
    const diff = (await t.gql<{ comparePlanVersions: { kind: string; changedFields: string[] }[] }>(COMPARE.replace(' before { title endDate periodText } after { title endDate periodText }', ''), { a: versions[1].id, b: versions[0].id }, admin)).data!
      .comparePlanVersions;
    expect(diff.filter((d) => d.kind !== 'SAME')).toEqual([expect.objectContaining({ kind: 'CHANGED', changedFields: ['periodText'] })]);
  });
});

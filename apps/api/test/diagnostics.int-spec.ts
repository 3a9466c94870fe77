import { withInnCheckDigit } from '@metodset/shared';
import ExcelJS from 'exceljs';
import { currentResultsDiffer } from './support/current-results';
import { idOf, startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;

const C = `id name status mode combineRule scopeKind canEdit participantsCount selfSubmittedCount expertSubmittedCount resultsCount organizationIds opensOn closesOn instrumentName`;
const CREATE = `mutation($input: CreateCampaignInput!) { createDiagnosticCampaign(input: $input) { ${C} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCampaignInput!) { updateDiagnosticCampaign(id: $id, input: $input) { ${C} } }`;
const OPEN = `mutation($id: ID!) { openDiagnosticCampaign(id: $id) { ${C} } }`;
const CLOSE = `mutation($id: ID!) { closeDiagnosticCampaign(id: $id) { ${C} } }`;
const CAMPAIGNS = `query($first: Int!, $filter: CampaignFilter) { diagnosticCampaigns(first: $first, filter: $filter) { totalCount nodes { ${C} } } }`;
const PARTICIPANTS = `query($id: ID!, $first: Int!) { diagnosticParticipants(campaignId: $id, first: $first) { totalCount nodes { id personId fullName organizationName selfStatus expertStatus } } }`;
const RESULTS = `query($id: ID!, $first: Int!, $filter: ResultFilter) { diagnosticResults(campaignId: $id, first: $first, filter: $filter) {
  totalCount nodes { participant { personId fullName } results { competenceCode score level source measuredOn } } } }`;
const F = `participantId role status submittedAt blockedReason campaignName items { id position kind competenceCode required scaleMin scaleMax options { key label } } answers { itemId scale option options text }`;
const FORM = `query($id: ID!, $role: ResponseRole!) { diagnosticForm(participantId: $id, role: $role) { ${F} } }`;
const DRAFT = `mutation($input: DiagnosticAnswersInput!) { saveDiagnosticDraft(input: $input) { ${F} } }`;
const SUBMIT = `mutation($input: DiagnosticAnswersInput!) { submitDiagnosticResponse(input: $input) { ${F} } }`;
const MY = `query { myDiagnostics { participantId campaignName status selfAssessment closesOn } }`;
const PERSON_RESULTS = `query($id: ID!) { personCompetenceResults(personId: $id) { campaignName competenceCode score level measuredOn source } }`;
const IMPORT = `mutation($input: ImportDiagnosticResultsInput!) { importDiagnosticResults(input: $input) { dryRun total created updated participantsAdded errors { line column message } } }`;

type Item = { id: string; position: number; kind: string; competenceCode: string; required: boolean; scaleMin: number | null; scaleMax: number | null; options: { key: string }[] };
type Form = { participantId: string; status: string | null; blockedReason: string | null; items: Item[]; answers: { itemId: string; scale: number | null; option: string | null; text: string | null }[] };
type Campaign = { id: string; status: string; canEdit: boolean; participantsCount: number; selfSubmittedCount: number; expertSubmittedCount: number; resultsCount: number };
type Answer = { itemId: string; scale?: number; option?: string; text?: string };

let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;
const isoDay = (offsetDays: number) => new Date(Date.now() + 3 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** An answer to every item (`value` picks the scale value or the option index). */
const answerAll = (items: Item[], value: (i: Item) => number): Answer[] =>
  items.map((i) =>
    i.kind === 'SCALE' ? { itemId: i.id, scale: value(i) } : i.kind === 'SINGLE_CHOICE' ? { itemId: i.id, option: i.options[value(i)].key } : { itemId: i.id, text: 'Тема для обсуждения' },
  );

describe('diagnostics', () => {
  let t: TestApp;
  let school12: string;
  let methodist: string;
  let filippov: string;
  let zhdanova: string;
  let admin: string;
  let org12: string;
  let org35: string;
  let shadrikov: string;
  let prof: string;
  const instrument = async (code: string) => ((await t.db.query(`SELECT id FROM diagnostic_instrument WHERE code = $1 AND version = 1`, [code])) as { id: string }[])[0].id;
  const person = (key: string) => idOf(t.db, 'person', `demo:person:${key}`);
  const campaignId = async (key: string) => ((await t.db.query(`SELECT id FROM diagnostic_campaign WHERE external_id = $1`, [key])) as { id: string }[])[0].id;
  const counts = async () =>
    ((await t.db.query(
      `SELECT (SELECT count(*) FROM diagnostic_campaign) c, (SELECT count(*) FROM diagnostic_participant) p, (SELECT count(*) FROM diagnostic_campaign_organization) o,
              (SELECT json_agg(x ORDER BY x.id) FROM diagnostic_response x) responses, (SELECT json_agg(x ORDER BY x.id) FROM competence_result x) results,
              (SELECT json_agg(x ORDER BY x.id) FROM diagnostic_campaign x) campaigns, (SELECT count(*) FROM audit_log) a`,
    )) as unknown[])[0];

  const baseInput = (extra: Record<string, unknown> = {}) => ({
    name: `Диагностика ${unique()}`,
    instrumentId: shadrikov,
    mode: 'SELF',
    scopeKind: 'ORGANIZATIONS',
    organizationIds: [org12],
    opensOn: isoDay(-1),
    closesOn: isoDay(30),
    ...extra,
  });
  const create = async (extra: Record<string, unknown> = {}, token = school12): Promise<Campaign> => {
    const r = await t.gql<{ createDiagnosticCampaign: Campaign }>(CREATE, { input: baseInput(extra) }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.createDiagnosticCampaign;
  };
  const open = async (id: string, token = school12): Promise<Campaign> => {
    const r = await t.gql<{ openDiagnosticCampaign: Campaign }>(OPEN, { id }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.openDiagnosticCampaign;
  };
  const participants = async (id: string, token = school12) => {
    const r = await t.gql<{ diagnosticParticipants: { totalCount: number; nodes: { id: string; personId: string; selfStatus: string | null; expertStatus: string | null }[] } }>(PARTICIPANTS, { id, first: 100 }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.diagnosticParticipants;
  };
  const participantOf = async (campaign: string, personId: string) => (await participants(campaign)).nodes.find((p) => p.personId === personId)!;
  const form = async (id: string, role: string, token: string) => t.gql<{ diagnosticForm: Form }>(FORM, { id, role }, token);
  const submit = (participantId: string, role: string, answers: Answer[], token: string) => t.gql<{ submitDiagnosticResponse: Form }>(SUBMIT, { input: { participantId, role, answers } }, token);
  const draft = (participantId: string, role: string, answers: Answer[], token: string) => t.gql<{ saveDiagnosticDraft: Form }>(DRAFT, { input: { participantId, role, answers } }, token);

  beforeAll(async () => {
    t = await startTestApp();
    [school12, methodist, filippov, zhdanova, admin] = await Promise.all(['school12.vorkuta', 'methodist.podporozhye', 'teacher.filippov', 'mentor.zhdanova', 'admin'].map((l) => t.login(l)));
    org12 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
    org35 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-35');
    shadrikov = await instrument('SHADRIKOV-BASE');
    prof = await instrument('PROF-DEFICITS');
  });
  afterAll(() => t.close());

  describe('the demo story', () => {
    it('lists the Vorkuta campaigns for the coordinator of the network, with counters', async () => {
      const baseId = await campaignId('demo:campaign:vorkuta-base-2022');
      const r = await t.gql<{ diagnosticCampaigns: { nodes: (Campaign & { name: string })[] } }>(CAMPAIGNS, { first: 100, filter: { search: 'компетентност' } }, school12);
      expect(r.errors).toBeUndefined();
      const base = r.data!.diagnosticCampaigns.nodes.find((c) => c.id === baseId)!;
      // The seed's assessment takes the teachers of №12 only (four invented teachers); №35's mentors are in a separate, illustrative campaign.
      expect(base).toMatchObject({ status: 'CLOSED', canEdit: true, participantsCount: 4, selfSubmittedCount: 4, expertSubmittedCount: 4, resultsCount: 4 });
      const mentorsId = await campaignId('demo:campaign:vorkuta-mentors-2022');
      expect(r.data!.diagnosticCampaigns.nodes.map((c) => c.id)).not.toContain(mentorsId); // №35's, outside №12's scope
      const all = await t.gql<{ diagnosticCampaigns: { nodes: (Campaign & { name: string })[] } }>(CAMPAIGNS, { first: 100, filter: { search: 'наставников' } }, await t.login('admin'));
      const mentors = all.data!.diagnosticCampaigns.nodes.find((c) => c.id === mentorsId)!;
      expect(mentors.name).toMatch(/демонстрационные данные/);
      expect(mentors).toMatchObject({ status: 'CLOSED', participantsCount: 5, resultsCount: 5 });
      // The Podporozhye methodist sees none of them.
      const other = await t.gql<{ diagnosticCampaigns: { nodes: { id: string }[] } }>(CAMPAIGNS, { first: 100 }, methodist);
      expect(other.data!.diagnosticCampaigns.nodes.map((c) => c.id)).not.toContain(base.id);
    });

    it('shows deficits of №12 (2022) and proficits of №35 (illustrative) in the four competences, and growth in 2023', async () => {
      const id = await campaignId('demo:campaign:vorkuta-base-2022');
      const competence = ((await t.db.query(`SELECT c.id FROM competence c JOIN competency_framework f ON f.id = c.framework_id WHERE f.code = 'SHADRIKOV' AND c.code = 'SH4.2'`)) as { id: string }[])[0].id;
      const deficits = await t.gql<{ diagnosticResults: { nodes: { participant: { personId: string }; results: { competenceCode: string; level: string; source: string }[] }[] } }>(
        RESULTS,
        { id, first: 100, filter: { competenceId: competence, level: 'DEFICIT' } },
        school12,
      );
      expect(deficits.errors).toBeUndefined();
      const lytkina = await person('11-vorkuta-sosh12-teacher-math');
      const zhdanovaId = await person('11-vorkuta-sosh35-math');
      const ids = deficits.data!.diagnosticResults.nodes.map((n) => n.participant.personId);
      expect(ids).toHaveLength(4);
      expect(ids).toContain(lytkina);
      expect(ids).not.toContain(zhdanovaId);
      const mine = await t.gql<{ personCompetenceResults: { campaignName: string; competenceCode: string; level: string; source: string; measuredOn: string }[] }>(PERSON_RESULTS, { id: zhdanovaId }, zhdanova);
      expect(mine.errors).toBeUndefined();
      const z = mine.data!.personCompetenceResults.filter((x) => ['SH4.2', 'SH2.1', 'SH3.3', 'SH6.5'].includes(x.competenceCode));
      // Жданова's strong points among the four (demo MENTOR_STRENGTHS); motivation (SH3.3) is another mentor's.
      expect(Object.fromEntries(z.map((x) => [x.competenceCode, x.level]))).toEqual({ 'SH4.2': 'PROFICIT', 'SH2.1': 'PROFICIT', 'SH6.5': 'PROFICIT', 'SH3.3': 'NORM' });
      expect(z[0]).toMatchObject({ source: 'COMBINED', measuredOn: '2022-09-14' });
      // Latest first: Лыткина's 2023 results come before 2022's.
      const ig = await t.gql<{ personCompetenceResults: { measuredOn: string; competenceCode: string; score: number }[] }>(PERSON_RESULTS, { id: lytkina }, school12);
      const dates = ig.data!.personCompetenceResults.map((x) => x.measuredOn);
      expect(dates).toEqual([...dates].sort().reverse());
      const sh42 = ig.data!.personCompetenceResults.filter((x) => x.competenceCode === 'SH4.2');
      expect(sh42[0].score).toBeGreaterThan(sh42[1].score);
      // A teacher sees only their own results.
      const notMine = await t.gql(PERSON_RESULTS, { id: lytkina }, filippov);
      expect(ext(notMine)?.code).toBe('NOT_FOUND');
    });
  });

  describe('filling in (teacher.filippov, the open 2026 self-assessment)', () => {
    let participantId: string;
    let items: Item[];

    it('sends the items in the instrument’s order, the free-text question last', async () => {
      const my = await t.gql<{ myDiagnostics: { participantId: string }[] }>(MY, {}, filippov);
      const id = my.data!.myDiagnostics[0].participantId;
      const positions = (f: Form) => f.items.map((i) => i.position);
      const first = (await form(id, 'SELF', filippov)).data!.diagnosticForm;
      expect(positions(first)).toEqual(Array.from({ length: 16 }, (_, k) => k + 1));
      // PROF-DEFICITS: question 16 is the free text on ME3, the competence of question 11 — it stays last.
      expect(first.items.map((i) => `${i.position}:${i.kind}:${i.competenceCode}`).slice(10, 12)).toEqual(['11:SINGLE_CHOICE:ME3', '12:SINGLE_CHOICE:IT1']);
      expect(first.items.at(-1)).toMatchObject({ position: 16, kind: 'TEXT', competenceCode: 'ME3' });
      // Asked again, the same order (the SQL orders by position, not by kind or competence).
      expect(positions((await form(id, 'SELF', filippov)).data!.diagnosticForm)).toEqual(positions(first));
    });

    it('finds the participation, saves a draft, resumes it, refuses an incomplete submission, submits once', async () => {
      const my = await t.gql<{ myDiagnostics: { participantId: string; status: string | null; selfAssessment: boolean }[] }>(MY, {}, filippov);
      expect(my.errors).toBeUndefined();
      expect(my.data!.myDiagnostics).toHaveLength(1);
      expect(my.data!.myDiagnostics[0]).toMatchObject({ status: null, selfAssessment: true });
      participantId = my.data!.myDiagnostics[0].participantId;

      const f = await form(participantId, 'SELF', filippov);
      expect(f.errors).toBeUndefined();
      items = f.data!.diagnosticForm.items;
      expect(items).toHaveLength(16);
      expect(f.data!.diagnosticForm).toMatchObject({ status: null, blockedReason: null, answers: [] });
      const text = items.find((i) => i.kind === 'TEXT')!;
      expect(text.required).toBe(false);

      const part = answerAll(items, () => 1).slice(0, 5);
      const saved = await draft(participantId, 'SELF', part, filippov);
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveDiagnosticDraft.status).toBe('DRAFT');
      const resumed = await form(participantId, 'SELF', filippov);
      expect(resumed.data!.diagnosticForm.answers.map((a) => a.itemId).sort()).toEqual(part.map((a) => a.itemId).sort());
      expect(resumed.data!.diagnosticForm.answers.find((a) => a.itemId === items[0].id)!.option).toBe(items[0].options[1].key);

      // Incomplete: refused with the missing items, nothing changes.
      const before = await counts();
      const incomplete = await submit(participantId, 'SELF', part, filippov);
      expect(ext(incomplete)?.code).toBe('BAD_USER_INPUT');
      expect(incomplete.errors![0].message).toContain('№ 6');
      const missing = ext(incomplete)!.fields!.map((x) => x.field);
      expect(missing).toEqual(items.filter((i) => i.required).slice(5).map((i) => `items.${i.id}`));
      expect(missing).not.toContain(`items.${text.id}`);
      expect(await counts()).toEqual(before);

      // Complete (the text item may stay empty): submitted and scored.
      const all = answerAll(items, (i) => (i.competenceCode.startsWith('AS') ? 0 : 3)).filter((a) => a.itemId !== text.id);
      const done = await submit(participantId, 'SELF', all, filippov);
      expect(done.errors).toBeUndefined();
      expect(done.data!.submitDiagnosticResponse).toMatchObject({ status: 'SUBMITTED' });
      expect(done.data!.submitDiagnosticResponse.blockedReason).toMatch(/^Ответ уже отправлен/);
      const filippovId = await person('11-vorkuta-sosh12-young-math');
      const results: { code: string; score: string; level: string; source: string; measured_on: string }[] = await t.db.query(
        `SELECT co.code, cr.score, cr.level, cr.source, to_char(cr.measured_on, 'YYYY-MM-DD') AS measured_on FROM competence_result cr JOIN competence co ON co.id = cr.competence_id
          WHERE cr.person_id = $1 AND cr.campaign_id = $2 ORDER BY co.code`,
        [filippovId, await campaignId('demo:campaign:vorkuta-young-2026')],
      );
      expect(results.length).toBe(15);
      expect(results.find((r) => r.code === 'AS1')).toMatchObject({ score: '0.00', level: 'DEFICIT', source: 'SELF', measured_on: isoDay(0) });
      expect(results.find((r) => r.code === 'ME1')).toMatchObject({ score: '100.00', level: 'PROFICIT' });

      // Once only: a second submission and a later draft are refused, nothing changes.
      const after = await counts();
      const again = await submit(participantId, 'SELF', all, filippov);
      expect(ext(again)?.code).toBe('BAD_USER_INPUT');
      expect(again.errors![0].message).toMatch(/^Ответ уже отправлен \d\d\.\d\d\.\d{4}/);
      expect(ext(await draft(participantId, 'SELF', part, filippov))?.code).toBe('BAD_USER_INPUT');
      expect(await counts()).toEqual(after);
      const my2 = await t.gql<{ myDiagnostics: { status: string }[] }>(MY, {}, filippov);
      expect(my2.data!.myDiagnostics[0].status).toBe('SUBMITTED');
    });

    it('refuses the form of someone else, an expert role in a self-assessment, and bad values', async () => {
      const chem = await person('11-vorkuta-sosh12-young-chem');
      const young = await campaignId('demo:campaign:vorkuta-young-2026');
      const other = await participantOf(young, chem);
      expect(ext(await form(other.id, 'SELF', filippov))?.code).toBe('NOT_FOUND');
      expect(ext(await form(other.id, 'SELF', zhdanova))?.code).toBe('NOT_FOUND');
      expect(ext(await draft(other.id, 'SELF', [], zhdanova))?.code).toBe('NOT_FOUND');
      const expert = await form(other.id, 'EXPERT', school12);
      expect(ext(expert)?.code).toBe('BAD_USER_INPUT');
      expect(ext(expert)?.fields).toEqual([{ field: 'role', message: 'В этой диагностике нет экспертной оценки' }]);
      // The demo draft of Артеева is there for her to resume.
      const arteeva = await participantOf(young, await person('11-vorkuta-sosh12-young-rus'));
      expect(arteeva.selfStatus).toBe('DRAFT');
    });
  });

  describe('campaign set-up and opening', () => {
    it('refuses bad set-ups with field errors and writes nothing', async () => {
      const before = await counts();
      const cases: [Record<string, unknown>, string, string?][] = [
        [{ closesOn: isoDay(-5) }, 'closesOn'],
        [{ mode: 'COMBINED' }, 'combineRule'],
        [{ combineRule: 'MIN' }, 'combineRule'],
        [{ organizationIds: [] }, 'organizationIds'],
        [{ organizationIds: [org35] }, 'organizationIds.0', 'Организация вне вашей зоны ответственности'],
        [{ scopeKind: 'NETWORK', organizationIds: [], networkId: await idOfNetwork('demo:network:vorkuta-sosh12-sosh35') }, 'networkId', 'methodist'],
        [{ selfWeight: 120 }, 'selfWeight'],
        [{ maxExperienceYears: -1 }, 'maxExperienceYears'],
        [{ name: '  ' }, 'name'],
        [{ opensOn: '2026-13-01' }, 'opensOn'],
      ];
      for (const [extra, field, as] of cases) {
        const r = await t.gql(CREATE, { input: baseInput(extra) }, as === 'methodist' ? methodist : school12);
        expect([field, ext(r)?.code]).toEqual([field, 'BAD_USER_INPUT']);
        expect(ext(r)?.fields?.map((f) => f.field)).toContain(field);
        if (as && as !== 'methodist') expect(ext(r)?.fields?.find((f) => f.field === field)?.message).toBe(as);
      }
      expect(await counts()).toEqual(before);
      // Only a published instrument.
      const fw = ((await t.db.query(`SELECT framework_id AS id FROM diagnostic_instrument WHERE id = $1`, [shadrikov])) as { id: string }[])[0].id;
      const draftIns = ((await t.db.query(`INSERT INTO diagnostic_instrument (code, version, name, framework_id) VALUES ('TEST-DRAFT', 1, 'Черновик', $1) RETURNING id`, [fw])) as { id: string }[])[0].id;
      const before2 = await counts();
      const r = await t.gql(CREATE, { input: baseInput({ instrumentId: draftIns }) }, school12);
      expect(ext(r)?.fields).toEqual([{ field: 'instrumentId', message: 'Для диагностики подходит только действующая (опубликованная) методика' }]);
      expect(await counts()).toEqual(before2);
      // A teacher may not create campaigns at all.
      expect(ext(await t.gql(CREATE, { input: baseInput() }, filippov))?.code).toBe('FORBIDDEN');
    });

    it('opens by fixing the audience: people of the scope matching experience and subjects; an empty audience is refused', async () => {
      const young = await create({ maxExperienceYears: 3 });
      expect(young).toMatchObject({ status: 'DRAFT', canEdit: true, participantsCount: 0 });
      const opened = await open(young.id);
      expect(opened.status).toBe('OPEN');
      const ids = (await participants(young.id)).nodes.map((p) => p.personId).sort();
      const expected = (await Promise.all(['11-vorkuta-sosh12-young-chem', '11-vorkuta-sosh12-young-rus', '11-vorkuta-sosh12-young-math'].map(person))).sort();
      expect(ids).toEqual(expected);

      const math = await create({ subjects: ['математика'] });
      await open(math.id);
      expect((await participants(math.id)).nodes.map((p) => p.personId).sort()).toEqual((await Promise.all(['11-vorkuta-sosh12-ignatyuk', '11-vorkuta-sosh12-teacher-math', '11-vorkuta-sosh12-young-math'].map(person))).sort());

      const nobody = await create({ subjects: ['Астрономия'] });
      const before = await counts();
      const r = await t.gql(OPEN, { id: nobody.id }, school12);
      expect(ext(r)?.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toBe('В аудиторию не попал ни один педагог (предметы: Астрономия): проверьте охват и фильтры аудитории');
      expect(await counts()).toEqual(before);

      // Once open, the instrument, scope and audience are fixed; the name is not.
      const fixed = await t.gql(UPDATE, { id: young.id, input: { instrumentId: prof } }, school12);
      expect(ext(fixed)?.fields?.[0]?.field).toBe('instrumentId');
      const renamed = await t.gql<{ updateDiagnosticCampaign: { name: string } }>(UPDATE, { id: young.id, input: { name: 'Новое название' } }, school12);
      expect(renamed.data?.updateDiagnosticCampaign.name).toBe('Новое название');
      // Opening twice is refused; out of scope is NOT_FOUND.
      expect(ext(await t.gql(OPEN, { id: young.id }, school12))?.code).toBe('BAD_USER_INPUT');
      expect(ext(await t.gql(OPEN, { id: nobody.id }, methodist))?.code).toBe('NOT_FOUND');
    });

    it('opens a network campaign (its coordinator) to the people of all member schools', async () => {
      const net = await idOfNetwork('demo:network:vorkuta-sosh12-sosh35');
      const c = await create({ scopeKind: 'NETWORK', organizationIds: [], networkId: net, maxExperienceYears: 3 });
      await open(c.id);
      const orgs = new Set((await participants(c.id)).nodes.map((p) => p.personId));
      expect(orgs.has(await person('11-vorkuta-sosh35-young-bio'))).toBe(true);
      expect(orgs.has(await person('11-vorkuta-sosh12-young-math'))).toBe(true);
    });
  });

  describe('submission rules', () => {
    it('refuses submissions before the opening, after the closing date and in a closed campaign, with the date', async () => {
      const filippovId = await person('11-vorkuta-sosh12-young-math');
      const early = await create({ maxExperienceYears: 3, opensOn: isoDay(10), closesOn: isoDay(20) });
      await open(early.id);
      const late = await create({ maxExperienceYears: 3, opensOn: isoDay(-20), closesOn: isoDay(-10) });
      await open(late.id);
      const closing = await create({ maxExperienceYears: 3 });
      await open(closing.id);
      const closed = await t.gql<{ closeDiagnosticCampaign: Campaign }>(CLOSE, { id: closing.id }, school12);
      expect(closed.data?.closeDiagnosticCampaign.status).toBe('CLOSED');
      const ru = (iso: string) => iso.split('-').reverse().join('.');
      for (const [c, message] of [
        [early, `Диагностика начнётся ${ru(isoDay(10))}: до этого ответы не принимаются`],
        [late, `Срок приёма ответов истёк ${ru(isoDay(-10))}`],
        [closing, `Диагностика завершена: ответы принимались до ${ru(isoDay(30))}`],
      ] as const) {
        const p = await participantOf(c.id, filippovId);
        const f = await form(p.id, 'SELF', filippov);
        expect(f.data!.diagnosticForm.blockedReason).toBe(message);
        const before = await counts();
        const r = await submit(p.id, 'SELF', answerAll(f.data!.diagnosticForm.items, () => 3), filippov);
        expect([ext(r)?.code, r.errors?.[0]?.message]).toEqual(['BAD_USER_INPUT', message]);
        expect(ext(await draft(p.id, 'SELF', [], filippov))?.code).toBe('BAD_USER_INPUT');
        expect(await counts()).toEqual(before);
      }
    });

    it('checks answers against the item kinds with field errors, nothing written', async () => {
      const c = await create({ maxExperienceYears: 3 });
      await open(c.id);
      const p = await participantOf(c.id, await person('11-vorkuta-sosh12-young-math'));
      const items = (await form(p.id, 'SELF', filippov)).data!.diagnosticForm.items;
      const before = await counts();
      const r = await draft(
        p.id,
        'SELF',
        [
          { itemId: items[0].id, scale: 7 },
          { itemId: items[1].id, option: 'x' },
          { itemId: '00000000-0000-4000-8000-000000000000', scale: 1 },
          { itemId: items[2].id, scale: 3 },
          { itemId: items[2].id, scale: 3 },
        ],
        filippov,
      );
      expect(ext(r)?.code).toBe('BAD_USER_INPUT');
      expect(ext(r)?.fields).toEqual([
        { field: 'answers.0', message: 'Вопрос 1: Ответ — от 1 до 5' },
        { field: 'answers.1', message: 'Ответ не подходит к виду вопроса' },
        { field: 'answers.2.itemId', message: 'Такого вопроса нет в анкете' },
        { field: 'answers.4.itemId', message: 'Ответ на вопрос указан дважды' },
      ]);
      expect(await counts()).toEqual(before);
    });

    it('combines self and expert assessments; the expert must have the participant’s organisation in scope', async () => {
      const c = await create({ mode: 'COMBINED', combineRule: 'WEIGHTED', selfWeight: 25, maxExperienceYears: 3 });
      await open(c.id);
      const filippovId = await person('11-vorkuta-sosh12-young-math');
      const p = await participantOf(c.id, filippovId);
      const items = (await form(p.id, 'SELF', filippov)).data!.diagnosticForm.items;
      // Whoever may not assess gets NOT_FOUND, as for a random id: out of scope, a teacher, the participant themself.
      expect(ext(await form(p.id, 'EXPERT', methodist))?.code).toBe('NOT_FOUND');
      expect(ext(await form(p.id, 'EXPERT', filippov))?.code).toBe('NOT_FOUND');
      expect(ext(await form('00000000-0000-4000-8000-000000000000', 'EXPERT', filippov))?.code).toBe('NOT_FOUND');
      expect(ext(await submit(p.id, 'EXPERT', answerAll(items, () => 1), methodist))?.code).toBe('NOT_FOUND');

      const self = await submit(p.id, 'SELF', answerAll(items, () => 5), filippov); // 100 %
      expect(self.errors).toBeUndefined();
      const none: unknown[] = await t.db.query('SELECT 1 FROM competence_result WHERE campaign_id = $1', [c.id]);
      expect(none).toHaveLength(0); // WEIGHTED waits for the expert

      const expert = await submit(p.id, 'EXPERT', answerAll(items, () => 1), school12); // 0 %
      expect(expert.errors).toBeUndefined();
      const rows: { score: string; level: string; source: string }[] = await t.db.query('SELECT score, level, source FROM competence_result WHERE campaign_id = $1', [c.id]);
      expect(rows.length).toBe(22);
      expect(rows.every((r) => r.score === '25.00' && r.level === 'DEFICIT' && r.source === 'COMBINED')).toBe(true);
      const [row] = (await participants(c.id)).nodes.filter((x) => x.personId === filippovId);
      expect(row).toMatchObject({ selfStatus: 'SUBMITTED', expertStatus: 'SUBMITTED' });
    });
  });

  describe('import of external results', () => {
    const xlsx = async (rows: (string | number | null)[][], headers = ['Внешний код или ФИО педагога', 'Организация', 'Код компетенции', 'Балл (0–100)']) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Результаты');
      ws.addRow(headers);
      for (const r of rows) ws.addRow(r);
      return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    };

    it('checks the file line by line on a dry run, writes nothing; then loads and reloads idempotently', async () => {
      const c = await create({ mode: 'EXTERNAL' });
      // The demo gives real schools no ИНН (the programmes state none): this test's database gives №12 one.
      const inn12 = withInnCheckDigit('110300012');
      await t.db.query('UPDATE organization SET inn = $2 WHERE id = $1', [org12, inn12]);
      const bad = await xlsx([
        ['demo:person:11-vorkuta-sosh12-ignatyuk', inn12, 'SH4.2', 45],
        ['Семяшкина Татьяна Ивановна', 'МОУ «СОШ №12» г. Воркуты', 'sh2.1', '72,5'],
        ['Жданова Тамара Михайловна', inn12, 'SH4.2', 90],
        ['demo:person:11-vorkuta-sosh12-ignatyuk', inn12, 'SH9.9', 50],
        ['demo:person:11-vorkuta-sosh12-ignatyuk', inn12, 'SH2.1', 150],
        ['demo:person:11-vorkuta-sosh12-ignatyuk', inn12, 'SH4.2', 60],
        [null, inn12, 'SH4.2', 60],
      ]);
      const before = await counts();
      const dry = await t.gql<{ importDiagnosticResults: { dryRun: boolean; created: number; errors: { line: number; column: string | null; message: string }[] } }>(
        IMPORT,
        { input: { campaignId: c.id, fileName: 'итоги.xlsx', contentBase64: bad, dryRun: false } },
        school12,
      );
      expect(dry.errors).toBeUndefined();
      expect(dry.data!.importDiagnosticResults.dryRun).toBe(true); // a file with errors writes nothing
      expect(dry.data!.importDiagnosticResults.errors).toEqual([
        { line: 4, column: 'Внешний код или ФИО педагога', message: 'Педагог не найден в этой организации' },
        { line: 5, column: 'Код компетенции', message: 'Компетенции SH9.9 нет в методике диагностики' },
        { line: 6, column: 'Балл (0–100)', message: 'Балл — от 0 до 100' },
        { line: 7, column: null, message: 'Результат педагога по компетенции SH4.2 уже есть в строке 2' },
        { line: 8, column: 'Внешний код или ФИО педагога', message: 'Укажите внешний код или ФИО педагога' },
      ]);
      expect(await counts()).toEqual(before);

      const good = await xlsx([
        ['demo:person:11-vorkuta-sosh12-ignatyuk', inn12, 'SH4.2', 45],
        ['Семяшкина Татьяна Ивановна', 'МОУ «СОШ №12» г. Воркуты', 'sh2.1', '72,5'],
        ['Семяшкина Татьяна Ивановна', inn12, 'SH3.3', 85],
      ]);
      const check = await t.gql<{ importDiagnosticResults: { dryRun: boolean; total: number; created: number; updated: number; participantsAdded: number; errors: unknown[] } }>(
        IMPORT,
        { input: { campaignId: c.id, fileName: 'итоги.xlsx', contentBase64: good, dryRun: true } },
        school12,
      );
      expect(check.data!.importDiagnosticResults).toEqual({ dryRun: true, total: 3, created: 3, updated: 0, participantsAdded: 2, errors: [] });
      expect(await counts()).toEqual(before);

      const real = await t.gql<{ importDiagnosticResults: { dryRun: boolean; created: number; updated: number } }>(IMPORT, { input: { campaignId: c.id, fileName: 'итоги.xlsx', contentBase64: good, dryRun: false } }, school12);
      expect(real.data!.importDiagnosticResults).toMatchObject({ dryRun: false, created: 3, updated: 0 });
      const rows: { code: string; score: string; level: string; source: string }[] = await t.db.query(
        `SELECT co.code, cr.score, cr.level, cr.source FROM competence_result cr JOIN competence co ON co.id = cr.competence_id WHERE cr.campaign_id = $1 ORDER BY co.code`,
        [c.id],
      );
      expect(rows).toEqual([
        { code: 'SH2.1', score: '72.50', level: 'NORM', source: 'IMPORT' },
        { code: 'SH3.3', score: '85.00', level: 'PROFICIT', source: 'IMPORT' },
        { code: 'SH4.2', score: '45.00', level: 'DEFICIT', source: 'IMPORT' },
      ]);
      const again = await t.gql<{ importDiagnosticResults: { created: number; updated: number; participantsAdded: number } }>(IMPORT, { input: { campaignId: c.id, fileName: 'итоги.xlsx', contentBase64: good, dryRun: false } }, school12);
      expect(again.data!.importDiagnosticResults).toMatchObject({ created: 0, updated: 3, participantsAdded: 0 });
      expect((await participants(c.id)).totalCount).toBe(2);

      // Missing columns, a wrong file, someone who does not run the campaign.
      const noCols = await t.gql(IMPORT, { input: { campaignId: c.id, fileName: 'итоги.xlsx', contentBase64: await xlsx([], ['ФИО']), dryRun: true } }, school12);
      expect(ext(noCols)?.fields?.[0]?.field).toBe('contentBase64');
      const notXlsx = await t.gql(IMPORT, { input: { campaignId: c.id, fileName: 'итоги.csv', contentBase64: good, dryRun: true } }, school12);
      expect(ext(notXlsx)?.fields?.[0]).toEqual({ field: 'fileName', message: 'Загрузите файл .xlsx' });
      expect(ext(await t.gql(IMPORT, { input: { campaignId: c.id, fileName: 'итоги.xlsx', contentBase64: good, dryRun: true } }, methodist))?.code).toBe('NOT_FOUND');
    });
  });

  describe('bounded SQL', () => {
    const measure = async (query: string, vars: Record<string, unknown>, token: string) => {
      t.counter.reset();
      const r = await t.gql(query, vars, token);
      expect(r.errors).toBeUndefined();
      return t.counter.statements;
    };

    it('lists campaigns, participants and results with the same number of statements for few and many rows', async () => {
      const one = await measure(CAMPAIGNS, { first: 1 }, admin);
      const many = await measure(CAMPAIGNS, { first: 50 }, admin);
      expect(many).toBe(one);
      expect(many).toBeLessThanOrEqual(10);
      const id = await campaignId('demo:campaign:vorkuta-base-2022');
      expect(await measure(PARTICIPANTS, { id, first: 11 }, school12)).toBe(await measure(PARTICIPANTS, { id, first: 2 }, school12));
      const r1 = await measure(RESULTS, { id, first: 2 }, school12);
      const r11 = await measure(RESULTS, { id, first: 11 }, school12);
      expect(r11).toBe(r1);
      expect(r11).toBeLessThanOrEqual(12);
    });
  });

  describe('through a network: accepted members only, one rule for who sees results', () => {
    const MY_CAMPAIGNS = `query { diagnosticCampaigns(first: 100) { nodes { id } } }`;
    let net: string;
    const setStatus = (status: string) => t.db.query(`UPDATE network_member SET status = $3::network_member_status WHERE network_id = $1 AND organization_id = $2`, [net, org12, status]);
    const networkCampaign = async () => {
      const c = await create({ scopeKind: 'NETWORK', organizationIds: [], networkId: net, maxExperienceYears: 3 }, methodist);
      await open(c.id, methodist);
      return c.id;
    };
    const seen = async (campaignId: string, personId: string) => {
      const results = await t.gql<{ diagnosticResults: { nodes: { participant: { personId: string } }[] } }>(RESULTS, { id: campaignId, first: 100 }, methodist);
      expect(results.errors).toBeUndefined();
      const own = await t.gql<{ personCompetenceResults: { campaignName: string }[] }>(PERSON_RESULTS, { id: personId }, methodist);
      return {
        inResults: results.data!.diagnosticResults.nodes.some((n) => n.participant.personId === personId),
        personResults: own.errors ? own.errors[0].extensions?.code : own.data!.personCompetenceResults.length,
      };
    };

    beforeAll(async () => {
      // Vorkuta №12 is invited into a Podporozhye network (the row as the invitation flow leaves it): it has not accepted.
      net = await idOfNetwork('demo:network:podporozhye-shkola-shkole');
      await t.db.query(`INSERT INTO network_member (network_id, organization_id, role, status) VALUES ($1, $2, 'PARTICIPANT', 'INVITED')`, [net, org12]);
    });

    it('does not enrol the staff of an invited organisation, nor show them the campaign', async () => {
      const id = await networkCampaign();
      const filippovId = await person('11-vorkuta-sosh12-young-math');
      expect((await participants(id, methodist)).nodes.map((p) => p.personId)).not.toContain(filippovId);
      expect(((await t.db.query('SELECT count(*)::int AS n FROM diagnostic_participant WHERE campaign_id = $1 AND organization_id = $2', [id, org12])) as { n: number }[])[0].n).toBe(0);
      const mine = await t.gql<{ myDiagnostics: { campaignName: string }[] }>(MY, {}, filippov);
      expect(mine.data!.myDiagnostics.map((x) => x.campaignName)).not.toContain((await t.db.query('SELECT name FROM diagnostic_campaign WHERE id = $1', [id]))[0].name);
      const listed = await t.gql<{ diagnosticCampaigns: { nodes: { id: string }[] } }>(MY_CAMPAIGNS, {}, school12);
      expect(listed.data!.diagnosticCampaigns.nodes.map((n) => n.id)).not.toContain(id);
    });

    it('shows the coordinator a member’s results while it is an accepted member, the same in diagnosticResults and personCompetenceResults', async () => {
      await setStatus('ACCEPTED');
      const id = await networkCampaign();
      const filippovId = await person('11-vorkuta-sosh12-young-math');
      const p = await participantOf(id, filippovId);
      const f = await form(p.id, 'SELF', filippov);
      expect((await submit(p.id, 'SELF', answerAll(f.data!.diagnosticForm.items, () => 2), filippov)).errors).toBeUndefined();
      const accepted = await seen(id, filippovId);
      expect(accepted.inResults).toBe(true);
      expect(accepted.personResults).toBeGreaterThan(0);
      // The person's other results (his own school's campaigns) stay hidden: only those of the network's campaign.
      const own = await t.gql<{ personCompetenceResults: { campaignName: string }[] }>(PERSON_RESULTS, { id: filippovId }, methodist);
      const name = ((await t.db.query('SELECT name FROM diagnostic_campaign WHERE id = $1', [id])) as { name: string }[])[0].name;
      expect(new Set(own.data!.personCompetenceResults.map((r) => r.campaignName))).toEqual(new Set([name]));
      // Once the school leaves, neither shows him any more.
      await setStatus('LEFT');
      expect(await seen(id, filippovId)).toEqual({ inResults: false, personResults: 'NOT_FOUND' });
      await setStatus('INVITED');
    });
  });

  it('keeps the current results (the maintained read model) equal to the rule after all the writes above: submissions, imports, expert and combined results', async () => {
    const { table, rule } = await currentResultsDiffer(t.db);
    expect(table.length).toBeGreaterThan(0);
    expect(table).toEqual(rule);
  });

  async function idOfNetwork(key: string): Promise<string> {
    return ((await t.db.query('SELECT id FROM network WHERE external_id = $1', [key])) as { id: string }[])[0].id;
  }
});

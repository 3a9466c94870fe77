import { idOf, startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;

const P = 'id name model canEdit archivedAt mentorshipCount organizationId networkId';
const M = `id status stopReason shape canManage canLog startsOn
  mentorOrganization { id name } menteeOrganization { id name }
  mentors { id fullName } mentees { id fullName }
  sessions { id plannedOn heldOn durationMinutes notes }`;
const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createMentoringProgram(input: $input) { ${P} } }`;
const CREATE_PAIR = `mutation($id: ID!, $input: CreateMentorshipInput!) { createMentorship(programId: $id, input: $input) { ${M} } }`;
const STATUS = `mutation($id: ID!, $input: MentorshipStatusInput!) { setMentorshipStatus(id: $id, input: $input) { ${M} } }`;
const PLAN = `mutation($id: ID!, $input: PlanSessionInput!) { planMentorshipSession(mentorshipId: $id, input: $input) { ${M} } }`;
const RECORD = `mutation($id: ID!, $input: RecordSessionInput!) { recordMentorshipSession(sessionId: $id, input: $input) { ${M} } }`;
const SAVE_PROFILE = `mutation($id: ID!, $input: MentorProfileInput!) { saveMentorProfile(personId: $id, input: $input) { id capacity available load freePlaces } }`;
const PAIR = `query($id: ID!) { mentorship(id: $id) { ${M} } }`;
const BASE = `query($first: Int!, $filter: MentorBaseFilter) { mentorBase(first: $first, filter: $filter) {
  totalCount nodes { id personId capacity available directions subjects load freePlaces person { id fullName } } } }`;

type Program = { id: string; canEdit: boolean; mentorshipCount: number };
type Session = { id: string; plannedOn: string; heldOn: string | null; durationMinutes: number | null; notes: string };
type Pair = {
  id: string;
  status: string;
  stopReason: string | null;
  shape: string;
  canManage: boolean;
  canLog: boolean;
  mentorOrganization: { id: string; name: string } | null;
  mentors: { id: string; fullName: string }[];
  mentees: { id: string; fullName: string }[];
  sessions: Session[];
};
type Mentor = { personId: string; capacity: number; available: boolean; directions: string[]; subjects: string[]; load: number; freePlaces: number; person: { fullName: string } };

let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('mentoring', () => {
  let t: TestApp;
  let methodist: string; // methodist.podporozhye: the Podporozhye district, coordinates the Podporozhye network (ИМС)
  let school12: string; // school12.vorkuta: Vorkuta №12, coordinates the Vorkuta network
  let zhdanova: string; // mentor.zhdanova
  let filippov: string; // teacher.filippov
  let admin: string;
  let netPodp: string;
  const org = (key: string) => idOf(t.db, 'organization', `demo:org:${key}`);
  const person = (key: string) => idOf(t.db, 'person', `demo:person:${key}`);
  const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;

  /** Everything a mentoring mutation may write. */
  const counts = async () =>
    ((await t.db.query(
      `SELECT (SELECT count(*) FROM mentoring_program) p, (SELECT count(*) FROM mentorship) m, (SELECT count(*) FROM mentorship_participant) mp,
              (SELECT count(*) FROM mentorship_session) s, (SELECT count(*) FROM mentorship_session WHERE held_on IS NOT NULL) h,
              (SELECT count(*) FROM mentor_profile) mf, (SELECT json_agg(x ORDER BY x.id) FROM mentor_profile x) profiles,
              (SELECT json_agg(x ORDER BY x.id) FROM mentorship x) mentorships, (SELECT count(*) FROM audit_log) a`,
    )) as unknown[])[0];

  const program = async (host: { organizationId?: string; networkId?: string }, extra: Record<string, unknown> = {}, token = methodist): Promise<Program> => {
    const r = await t.gql<{ createMentoringProgram: Program }>(
      CREATE_PROGRAM,
      { input: { name: `Программа ${unique()}`, model: 'TEACHER_TO_TEACHER', forms: ['TRADITIONAL', 'GROUP'], startsOn: '2026-09-01', ...host, ...extra } },
      token,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.createMentoringProgram;
  };
  const pairInput = (mentorIds: string[], menteeIds: string[], extra: Record<string, unknown> = {}) => ({
    form: 'TRADITIONAL',
    mentorIds,
    menteeIds,
    startsOn: '2026-09-01',
    ...extra,
  });
  const pair = async (programId: string, mentorIds: string[], menteeIds: string[], extra: Record<string, unknown> = {}, token = methodist): Promise<Pair> => {
    const r = await t.gql<{ createMentorship: Pair }>(CREATE_PAIR, { id: programId, input: pairInput(mentorIds, menteeIds, extra) }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.createMentorship;
  };
  const setStatus = (id: string, status: string, reason?: string | null, token = methodist) => t.gql<{ setMentorshipStatus: Pair }>(STATUS, { id, input: { status, reason } }, token);
  const profile = async (personId: string, capacity: number, extra: Record<string, unknown> = {}) => {
    const r = await t.gql(SAVE_PROFILE, { id: personId, input: { capacity, ...extra } }, methodist);
    expect(r.errors).toBeUndefined();
  };
  const mentorBase = async (filter: Record<string, unknown>, token = methodist): Promise<Mentor[]> => {
    const r = await t.gql<{ mentorBase: { nodes: Mentor[] } }>(BASE, { first: 100, filter }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.mentorBase.nodes;
  };

  beforeAll(async () => {
    t = await startTestApp();
    [methodist, school12, zhdanova, filippov, admin] = await Promise.all(
      ['methodist.podporozhye', 'school12.vorkuta', 'mentor.zhdanova', 'teacher.filippov', 'admin'].map((l) => t.login(l)),
    );
    netPodp = await one(`SELECT id FROM network WHERE external_id = 'demo:network:podporozhye-shkola-shkole'`);
  });
  afterAll(() => t.close());

  describe('the mentor base', () => {
    it('filters by direction, subject, free places and organisation', async () => {
      const [orlov, bogdanova, komarov, lebedeva] = await Promise.all(
        ['47-podp-sosh3-physics', '47-podp-sosh3-math', '47-podp-vazhiny-history', '47-podp-sosh3-russian'].map(person),
      );
      const olympiads = await mentorBase({ direction: 'OLYMPIADS' });
      expect(olympiads.map((m) => m.personId)).toContain(orlov);
      expect(olympiads.map((m) => m.personId)).not.toContain(bogdanova);
      expect(olympiads.every((m) => m.directions.includes('OLYMPIADS'))).toBe(true);

      const physics = await mentorBase({ subject: 'физ' });
      expect(physics.map((m) => m.personId)).toEqual([orlov]);

      const free = await mentorBase({ withFreePlaces: true });
      expect(free.map((m) => m.personId)).toEqual(expect.arrayContaining([bogdanova, lebedeva, orlov]));
      expect(free.map((m) => m.personId)).not.toContain(komarov); // not available
      expect(free.every((m) => m.available && m.load < m.capacity && m.freePlaces > 0)).toBe(true);

      const sosh3 = await org('47-podp-sosh-3');
      const atSosh3 = await mentorBase({ organizationId: sosh3 });
      const staff: { person_id: string }[] = await t.db.query(
        'SELECT p.person_id FROM position p JOIN mentor_profile mp ON mp.person_id = p.person_id WHERE p.organization_id = $1',
        [sosh3],
      );
      expect(new Set(atSosh3.map((m) => m.personId))).toEqual(new Set(staff.map((s) => s.person_id)));
      expect(atSosh3.map((m) => m.personId)).toEqual(expect.arrayContaining([orlov, bogdanova, lebedeva]));

      // Vorkuta is not in the methodist's scope.
      const all = await mentorBase({});
      expect(all.map((m) => m.personId)).not.toContain(await person('11-vorkuta-sosh35-math'));
    });

    it('counts load across programmes and free places (none for an unavailable mentor)', async () => {
      const byPerson = new Map((await mentorBase({})).map((m) => [m.person.fullName.split(' ')[0], m]));
      // Богданова: a group of two young teachers (ACTIVE) — the 2021 group is COMPLETED and does not count.
      expect(byPerson.get('Богданова')).toMatchObject({ capacity: 4, load: 2, freePlaces: 2 });
      expect(byPerson.get('Лебедева')).toMatchObject({ capacity: 3, load: 1, freePlaces: 2 });
      // Орлов: one PLANNED pair counts too.
      expect(byPerson.get('Орлов')).toMatchObject({ capacity: 2, load: 1, freePlaces: 1 });
      // Комаров: his only current pair was STOPPED, and he takes nobody now.
      expect(byPerson.get('Комаров')).toMatchObject({ capacity: 2, load: 0, available: false, freePlaces: 0 });
      // Шахова: every pair COMPLETED.
      expect(byPerson.get('Шахова')).toMatchObject({ load: 0, freePlaces: 3 });
    });

    it('refuses a capacity below the current load, writing nothing', async () => {
      const bogdanova = await person('47-podp-sosh3-math');
      const before = await counts();
      const r = await t.gql(SAVE_PROFILE, { id: bogdanova, input: { capacity: 1, directions: ['STATE_EXAMS'] } }, methodist);
      expect(ext(r)?.code).toBe('BAD_USER_INPUT');
      expect(ext(r)?.fields).toEqual([{ field: 'capacity', message: 'Сейчас у наставника 2 наставляемых: мест не может быть меньше' }]);
      const tooMany = await t.gql(SAVE_PROFILE, { id: bogdanova, input: { capacity: 21 } }, methodist);
      expect(ext(tooMany)?.fields?.[0].field).toBe('capacity');
      expect(await counts()).toEqual(before);
      const equal = await t.gql<{ saveMentorProfile: { load: number; freePlaces: number } }>(SAVE_PROFILE, { id: bogdanova, input: { capacity: 2, directions: ['STATE_EXAMS'] } }, methodist);
      expect(equal.data!.saveMentorProfile).toEqual(expect.objectContaining({ load: 2, freePlaces: 0 }));
    });

    it('keeps people outside the scope out of the base', async () => {
      const r = await t.gql(SAVE_PROFILE, { id: await person('11-vorkuta-sosh35-math'), input: { capacity: 5 } }, methodist);
      expect(ext(r)?.code).toBe('NOT_FOUND');
    });
  });

  describe('capacity', () => {
    it('counts mentees across programmes: 1 of 2 taken in A leaves no room for 2 more in B; nothing written', async () => {
      const mentor = await person('47-podp-sosh3-deputy'); // Смирнова Н.В.
      await profile(mentor, 2, { directions: ['VPR'] });
      const a = await program({ organizationId: await org('47-podp-sosh-3') });
      const b = await program({ networkId: netPodp });
      const [m1, m2, m3] = await Promise.all(['47-podp-sosh4-deputy', '47-podp-voznesenye-deputy', '47-podp-sosh8-math'].map(person));
      const first = await pair(a.id, [mentor], [m1]);
      expect(first.status).toBe('PLANNED');

      const before = await counts();
      const refused = await t.gql(CREATE_PAIR, { id: b.id, input: pairInput([mentor], [m2, m3]) }, methodist);
      expect(ext(refused)?.code).toBe('BAD_USER_INPUT');
      expect(ext(refused)?.fields).toEqual([{ field: 'mentorIds.0', message: 'Смирнова Наталья Викторовна: занято 1 из 2 мест, а нужно ещё 2' }]);
      expect(refused.errors![0].message).toBe('Смирнова Наталья Викторовна: занято 1 из 2 мест, а нужно ещё 2');
      expect(await counts()).toEqual(before);

      // One more fits; then the mentor is full.
      const second = await pair(b.id, [mentor], [m2]);
      const full = await t.gql(CREATE_PAIR, { id: b.id, input: pairInput([mentor], [m3]) }, methodist);
      expect(ext(full)?.fields).toEqual([{ field: 'mentorIds.0', message: 'Смирнова Наталья Викторовна: занято 2 из 2 мест, а нужно ещё 1' }]);

      // Completing a mentorship frees its places…
      expect((await setStatus(first.id, 'ACTIVE')).errors).toBeUndefined();
      expect((await setStatus(first.id, 'COMPLETED')).errors).toBeUndefined();
      const third = await pair(b.id, [mentor], [m3]);
      // …and so does stopping one.
      expect((await setStatus(second.id, 'STOPPED', 'Наставляемая уволилась')).errors).toBeUndefined();
      expect((await setStatus(third.id, 'STOPPED', 'Пара не сложилась')).errors).toBeUndefined();
      const [base] = (await mentorBase({ search: 'Смирнова Наталья' })).filter((m) => m.personId === mentor);
      expect(base).toMatchObject({ capacity: 2, load: 0, freePlaces: 2 });
      expect((await pair(a.id, [mentor], [m2, m3])).shape).toBe('TRIAD');
    });

    it('refuses a mentor without a profile and an unavailable one, writing nothing', async () => {
      const a = await program({ networkId: netPodp });
      const mentee = await person('47-podp-sosh8-math');
      const before = await counts();
      const noProfile = await t.gql(CREATE_PAIR, { id: a.id, input: pairInput([await person('47-podp-komitet-head')], [mentee]) }, methodist);
      expect(ext(noProfile)?.fields).toEqual([{ field: 'mentorIds.0', message: 'Никифорова Ольга Петровна: нет в базе наставников' }]);
      const unavailable = await t.gql(CREATE_PAIR, { id: a.id, input: pairInput([await person('47-podp-vazhiny-history')], [mentee]) }, methodist);
      expect(ext(unavailable)?.fields).toEqual([{ field: 'mentorIds.0', message: 'Комаров Андрей Викторович: сейчас не принимает наставляемых' }]);
      expect(await counts()).toEqual(before);
    });

    it('lets only one of two concurrent assignments take the last place', async () => {
      const a = await program({ organizationId: await org('47-podp-sosh-4') });
      const b = await program({ networkId: netPodp });
      const mentees = await Promise.all(['47-podp-sosh4-young', '47-podp-sosh1-math', '47-podp-oosh9-russian'].map(person));
      // Three rounds with a fresh mentor each: one place left, two requests for it at once, in different programmes.
      for (const key of ['47-podp-sosh4-biology', '47-podp-sosh1-primary', '47-podp-sosh3-russian']) {
        const mentor = await person(key);
        const [{ load }] = (await mentorBase({})).filter((m) => m.personId === mentor);
        await profile(mentor, load + 1);
        const results = await Promise.all(
          [a.id, b.id].map((id, i) => t.gql<{ createMentorship: Pair }>(CREATE_PAIR, { id, input: pairInput([mentor], [mentees[i]]) }, methodist)),
        );
        const ok = results.filter((r) => !r.errors);
        const refused = results.filter((r) => r.errors);
        expect([ok.length, refused.length]).toEqual([1, 1]);
        expect(ext(refused[0])?.fields?.[0].field).toBe('mentorIds.0');
        const [{ n }] = (await t.db.query(
          `SELECT count(me.person_id)::int AS n FROM mentorship_participant mr JOIN mentorship ms ON ms.id = mr.mentorship_id AND ms.status IN ('PLANNED', 'ACTIVE')
             JOIN mentorship_participant me ON me.mentorship_id = ms.id AND me.side = 'MENTEE' WHERE mr.person_id = $1 AND mr.side = 'MENTOR'`,
          [mentor],
        )) as { n: number }[];
        expect(n).toBe(load + 1);
      }
    });
  });

  describe('status', () => {
    it('moves planned → active → completed, refuses planned → completed, and completed is final', async () => {
      const a = await program({ organizationId: await org('47-podp-sosh-3') });
      const mentor = await person('47-podp-sosh3-shakhova');
      const p = await pair(a.id, [mentor], [await person('47-podp-sosh3-young')]);
      const before = await counts();
      const skip = await setStatus(p.id, 'COMPLETED');
      expect(ext(skip)?.fields).toEqual([{ field: 'status', message: 'Нельзя перейти из состояния «Запланировано» в «Завершено»' }]);
      expect(await counts()).toEqual(before);
      expect((await setStatus(p.id, 'ACTIVE')).data!.setMentorshipStatus.status).toBe('ACTIVE');
      const done = await setStatus(p.id, 'COMPLETED');
      expect(done.data!.setMentorshipStatus).toMatchObject({ status: 'COMPLETED', stopReason: null, canLog: false });
      const after = await counts();
      for (const [status, reason] of [['ACTIVE', null], ['STOPPED', 'Передумали'], ['PLANNED', null]] as const) {
        const r = await setStatus(p.id, status, reason);
        expect([status, ext(r)?.fields?.[0].field]).toEqual([status, 'status']);
      }
      expect(await counts()).toEqual(after);
    });

    it('stops only with a reason, and a stopped mentorship stays stopped', async () => {
      const a = await program({ networkId: netPodp });
      const p = await pair(a.id, [await person('47-podp-sosh4-kunovskaya')], [await person('47-podp-sosh8-bryakzhieva')]);
      await setStatus(p.id, 'ACTIVE');
      const before = await counts();
      for (const reason of [null, '   ']) {
        const r = await setStatus(p.id, 'STOPPED', reason);
        expect(ext(r)?.fields).toEqual([{ field: 'reason', message: 'Укажите причину прекращения' }]);
      }
      expect(await counts()).toEqual(before);
      const stopped = await setStatus(p.id, 'STOPPED', '  Директор перешла на другую работу ');
      expect(stopped.data!.setMentorshipStatus).toMatchObject({ status: 'STOPPED', stopReason: 'Директор перешла на другую работу' });
      expect(ext(await setStatus(p.id, 'ACTIVE'))?.fields?.[0].field).toBe('status');
    });

    it('lets only a manager of the programme change the status', async () => {
      const vorkutaPair = await one(`SELECT id FROM mentorship WHERE external_id = 'demo:mentorship:vorkuta-2026-lazareva-arteeva'`);
      expect(ext(await setStatus(vorkutaPair, 'ACTIVE', null, methodist))?.code).toBe('NOT_FOUND');
      expect(ext(await setStatus(vorkutaPair, 'ACTIVE', null, zhdanova))?.code).toBe('FORBIDDEN');
      expect((await setStatus(vorkutaPair, 'ACTIVE', null, school12)).data!.setMentorshipStatus.status).toBe('ACTIVE');
    });
  });

  describe('who takes part', () => {
    it('«Школа – школе» needs both organisations, distinct, members of the network', async () => {
      const s2s = await program({ networkId: netPodp }, { model: 'SCHOOL_TO_SCHOOL', forms: ['TRADITIONAL'] });
      const [sosh3, sosh1, komitet, vorkuta12] = await Promise.all(['47-podp-sosh-3', '47-podp-sosh-1', '47-podp-komitet', '11-vorkuta-sosh-12'].map(org));
      const [mentor, mentee] = await Promise.all(['47-podp-sosh3-shakhova', '47-podp-sosh1-director'].map(person));
      const attempt = (orgs: Record<string, unknown>) => t.gql(CREATE_PAIR, { id: s2s.id, input: pairInput([mentor], [mentee], orgs) }, methodist);
      const before = await counts();
      expect(ext(await attempt({}))?.fields).toEqual([
        { field: 'mentorOrganizationId', message: 'Укажите школу-наставника' },
        { field: 'menteeOrganizationId', message: 'Укажите школу, которую поддерживают' },
      ]);
      expect(ext(await attempt({ mentorOrganizationId: sosh3 }))?.fields?.map((f) => f.field)).toEqual(['menteeOrganizationId']);
      expect(ext(await attempt({ mentorOrganizationId: sosh3, menteeOrganizationId: sosh3 }))?.fields).toEqual([
        { field: 'menteeOrganizationId', message: 'Школа не может наставлять сама себя' },
      ]);
      expect(ext(await attempt({ mentorOrganizationId: komitet, menteeOrganizationId: sosh1 }))?.fields).toEqual([
        { field: 'mentorOrganizationId', message: 'Организация не участвует в сети программы' },
      ]);
      expect(ext(await attempt({ mentorOrganizationId: sosh3, menteeOrganizationId: vorkuta12 }))?.fields?.[0].field).toBe('menteeOrganizationId');
      expect(await counts()).toEqual(before);
      const ok = await attempt({ mentorOrganizationId: sosh3, menteeOrganizationId: sosh1 });
      expect(ok.errors).toBeUndefined();
      expect((ok.data as { createMentorship: Pair }).createMentorship.mentorOrganization?.name).toBe('МБОУ «Подпорожская СОШ №3»');

      // Organisations belong to «Школа – школе» only.
      const t2t = await program({ networkId: netPodp });
      const wrong = await t.gql(CREATE_PAIR, { id: t2t.id, input: pairInput([mentor], [mentee], { mentorOrganizationId: sosh3, menteeOrganizationId: sosh1 }) }, methodist);
      expect(ext(wrong)?.fields?.[0].field).toBe('mentorOrganizationId');
    });

    it('refuses a person on both sides, empty sides and a bad period', async () => {
      const a = await program({ networkId: netPodp });
      const mentor = await person('47-podp-sosh3-shakhova');
      const before = await counts();
      const both = await t.gql(CREATE_PAIR, { id: a.id, input: pairInput([mentor], [mentor]) }, methodist);
      expect(ext(both)?.fields).toEqual([{ field: 'menteeIds.0', message: 'Один человек не может быть и наставником, и наставляемым' }]);
      const empty = await t.gql(CREATE_PAIR, { id: a.id, input: pairInput([], []) }, methodist);
      expect(ext(empty)?.fields?.map((f) => f.field)).toEqual(['mentorIds', 'menteeIds']);
      const period = await t.gql(CREATE_PAIR, { id: a.id, input: pairInput([mentor], [await person('47-podp-sosh1-director')], { endsOn: '2026-08-01' }) }, methodist);
      expect(ext(period)?.fields?.[0].field).toBe('endsOn');
      expect(await counts()).toEqual(before);
    });

    it('refuses people outside the scope, and a network programme takes people of every member school', async () => {
      const local = await program({ organizationId: await org('47-podp-sosh-3') });
      const mentor = await person('47-podp-sosh3-shakhova');
      const before = await counts();
      const foreign = await t.gql(CREATE_PAIR, { id: local.id, input: pairInput([mentor], [await person('11-vorkuta-sosh12-petrov')]) }, methodist);
      expect(ext(foreign)?.fields).toEqual([{ field: 'menteeIds.0', message: 'Педагог не найден или вне вашей зоны ответственности' }]);
      expect(await counts()).toEqual(before);

      // №12's admin sees only №12, yet the Vorkuta network's programme takes Мартынова of №35 as a mentor.
      const vorkutaProgram = await one(`SELECT id FROM mentoring_program WHERE external_id = 'demo:mentoring:vorkuta-teacher-to-teacher'`);
      const [martynova, petrov] = await Promise.all(['11-vorkuta-sosh35-deputy', '11-vorkuta-sosh12-petrov'].map(person));
      const cross = await pair(vorkutaProgram, [martynova], [petrov], {}, school12);
      expect(cross.mentors.map((m) => m.id)).toEqual([martynova]);
      const outsider = await t.gql(CREATE_PAIR, { id: vorkutaProgram, input: pairInput([martynova], [await person('47-podp-sosh1-math')]) }, school12);
      expect(ext(outsider)?.fields?.[0].field).toBe('menteeIds.0');
      // A programme of another network is not even found.
      const other = await t.gql(CREATE_PAIR, { id: local.id, input: pairInput([martynova], [petrov]) }, school12);
      expect(ext(other)?.code).toBe('NOT_FOUND');
    });
  });

  describe('sessions', () => {
    let pairId: string; // Жданова – Филиппов, ACTIVE since 2026-09-01
    beforeAll(async () => {
      pairId = await one(`SELECT id FROM mentorship WHERE external_id = 'demo:mentorship:vorkuta-2026-zhdanova-filippov'`);
    });

    it('a mentor of the pair plans and records a meeting', async () => {
      const planned = await t.gql<{ planMentorshipSession: Pair }>(PLAN, { id: pairId, input: { plannedOn: '2027-04-21', format: 'OPEN_LESSON', topic: '  Открытый урок наставляемого  ' } }, zhdanova);
      expect(planned.errors).toBeUndefined();
      const s = planned.data!.planMentorshipSession.sessions.find((x) => x.plannedOn === '2027-04-21')!;
      expect(s.heldOn).toBeNull();
      const rec = await t.gql<{ recordMentorshipSession: Pair }>(RECORD, { id: s.id, input: { heldOn: isoDay(0), durationMinutes: 50, notes: 'Урок проведён досрочно' } }, zhdanova);
      expect(rec.errors).toBeUndefined();
      expect(rec.data!.recordMentorshipSession.sessions.find((x) => x.id === s.id)).toMatchObject({ heldOn: isoDay(0), durationMinutes: 50, notes: 'Урок проведён досрочно' });
      // The programme's coordinator (№12) may plan too.
      const byManager = await t.gql(PLAN, { id: pairId, input: { plannedOn: '2027-05-19', format: 'IN_PERSON', topic: 'Итоги года' } }, school12);
      expect(byManager.errors).toBeUndefined();
    });

    it('the mentee cannot plan or record; sees canLog false', async () => {
      const seen = await t.gql<{ mentorship: Pair }>(PAIR, { id: pairId }, filippov);
      expect(seen.data!.mentorship).toMatchObject({ canLog: false, canManage: false });
      expect((await t.gql<{ mentorship: Pair }>(PAIR, { id: pairId }, zhdanova)).data!.mentorship.canLog).toBe(true);
      const open = seen.data!.mentorship.sessions.find((s) => !s.heldOn)!;
      const before = await counts();
      const plan = await t.gql(PLAN, { id: pairId, input: { plannedOn: '2027-04-28', format: 'ONLINE', topic: 'Сам себе встреча' } }, filippov);
      expect([ext(plan)?.code, plan.errors?.[0].message]).toEqual(['FORBIDDEN', 'Встречи ведут наставники пары и кураторы программы']);
      const rec = await t.gql(RECORD, { id: open.id, input: { heldOn: isoDay(0), durationMinutes: 45 } }, filippov);
      expect([ext(rec)?.code, rec.errors?.[0].message]).toEqual(['FORBIDDEN', 'Встречи ведут наставники пары и кураторы программы']);
      expect(await counts()).toEqual(before);
    });

    it('refuses a meeting held in the future or before the start, writing nothing', async () => {
      const open = (await t.gql<{ mentorship: Pair }>(PAIR, { id: pairId }, zhdanova)).data!.mentorship.sessions.find((s) => !s.heldOn)!;
      const before = await counts();
      const future = await t.gql(RECORD, { id: open.id, input: { heldOn: isoDay(2), durationMinutes: 45 } }, zhdanova);
      expect(ext(future)?.fields).toEqual([{ field: 'heldOn', message: 'Проведённая встреча не может быть в будущем' }]);
      const early = await t.gql(RECORD, { id: open.id, input: { heldOn: '2026-08-20', durationMinutes: 45 } }, zhdanova);
      expect(ext(early)?.fields).toEqual([{ field: 'heldOn', message: 'Встреча не может быть раньше начала наставничества' }]);
      const earlyPlan = await t.gql(PLAN, { id: pairId, input: { plannedOn: '2026-08-31', format: 'ONLINE', topic: 'До начала' } }, zhdanova);
      expect(ext(earlyPlan)?.fields).toEqual([{ field: 'plannedOn', message: 'Встреча не может быть раньше начала наставничества' }]);
      const short = await t.gql(RECORD, { id: open.id, input: { heldOn: isoDay(0), durationMinutes: 2 } }, zhdanova);
      expect(ext(short)?.fields?.[0].field).toBe('durationMinutes');
      expect(await counts()).toEqual(before);
    });

    it('a closed mentorship takes no more meetings', async () => {
      const closed = await one(`SELECT id FROM mentorship WHERE external_id = 'demo:mentorship:vorkuta-2022-zhdanova-lytkina'`);
      const seen = (await t.gql<{ mentorship: Pair }>(PAIR, { id: closed }, zhdanova)).data!.mentorship;
      expect(seen).toMatchObject({ status: 'COMPLETED', canLog: false });
      const before = await counts();
      const plan = await t.gql(PLAN, { id: closed, input: { plannedOn: '2026-12-01', format: 'ONLINE', topic: 'Ещё одна встреча' } }, zhdanova);
      expect([ext(plan)?.code, plan.errors?.[0].message]).toEqual(['BAD_USER_INPUT', 'Наставничество закрыто: встречи больше не ведутся']);
      const rec = await t.gql(RECORD, { id: seen.sessions[0].id, input: { heldOn: '2023-01-27', durationMinutes: 60 } }, zhdanova);
      expect(ext(rec)?.code).toBe('BAD_USER_INPUT');
      expect(await counts()).toEqual(before);
    });
  });

  describe('programmes', () => {
    it('needs exactly one host in the scope, a period in order and at least one form; nothing written when refused', async () => {
      const sosh3 = await org('47-podp-sosh-3');
      const vorkutaNet = await one(`SELECT id FROM network WHERE external_id = 'demo:network:vorkuta-sosh12-sosh35'`);
      const create = (input: Record<string, unknown>) =>
        t.gql(CREATE_PROGRAM, { input: { name: 'Проверочная программа', model: 'TEACHER_TO_TEACHER', forms: ['TRADITIONAL'], startsOn: '2026-09-01', ...input } }, methodist);
      const before = await counts();
      const ONE_HOST = 'Укажите одно: организацию или сеть, в которой идёт программа';
      expect(ext(await create({}))?.fields).toEqual([{ field: 'organizationId', message: ONE_HOST }]);
      expect(ext(await create({ organizationId: sosh3, networkId: netPodp }))?.fields).toEqual([{ field: 'organizationId', message: ONE_HOST }]);
      expect(ext(await create({ organizationId: await org('11-vorkuta-sosh-12') }))?.fields).toEqual([{ field: 'organizationId', message: 'Вне вашей зоны ответственности' }]);
      expect(ext(await create({ networkId: vorkutaNet }))?.fields).toEqual([{ field: 'networkId', message: 'Вне вашей зоны ответственности' }]);
      expect(ext(await create({ organizationId: sosh3, endsOn: '2026-08-31' }))?.fields).toEqual([{ field: 'endsOn', message: 'Окончание не может быть раньше начала' }]);
      expect(ext(await create({ organizationId: sosh3, forms: [] }))?.fields).toEqual([{ field: 'forms', message: 'Выберите хотя бы одну форму наставничества' }]);
      expect(ext(await create({ organizationId: sosh3, name: '  ' }))?.fields?.[0].field).toBe('name');
      expect(ext(await create({ organizationId: sosh3, coordinatorPersonId: await person('11-vorkuta-sosh12-osipova') }))?.fields?.[0].field).toBe('coordinatorPersonId');
      expect(await counts()).toEqual(before);
      const ok = await create({ organizationId: sosh3, endsOn: '2027-05-31', coordinatorPersonId: await person('47-podp-sosh3-deputy') });
      expect(ok.errors).toBeUndefined();
    });

    it('an archived programme takes no new mentorships until restored', async () => {
      const a = await program({ organizationId: await org('47-podp-sosh-1') });
      const [mentor, mentee] = await Promise.all(['47-podp-sosh3-shakhova', '47-podp-sosh1-director'].map(person));
      await t.gql(`mutation($id: ID!) { archiveMentoringProgram(id: $id) { id } }`, { id: a.id }, methodist);
      const before = await counts();
      const locked = await t.gql(CREATE_PAIR, { id: a.id, input: pairInput([mentor], [mentee]) }, methodist);
      expect(ext(locked)?.code).toBe('BAD_USER_INPUT');
      expect(await counts()).toEqual(before);
      await t.gql(`mutation($id: ID!) { restoreMentoringProgram(id: $id) { id } }`, { id: a.id }, methodist);
      expect((await pair(a.id, [mentor], [mentee])).status).toBe('PLANNED');
    });
  });

  describe('bounded SQL', () => {
    const cost = async <T>(query: string, first: number, pick: (d: T) => unknown[], variables: Record<string, unknown> = {}) => {
      t.counter.reset();
      const r = await t.gql<T>(query, { first, ...variables }, admin);
      expect(r.errors).toBeUndefined();
      const statements = t.counter.statements;
      return { statements, rows: pick(r.data!).length };
    };

    it('lists mentorships with people, programme, sessions and organisations at the same cost for 3 and 20 rows', async () => {
      // The three newest: an organisation's pair, a network's «Школа – школе» pair, a network's group.
      const local = await program({ organizationId: await org('47-podp-sosh-4') });
      const s2s = await program({ networkId: netPodp }, { model: 'SCHOOL_TO_SCHOOL', forms: ['TRADITIONAL'] });
      const group = await program({ networkId: netPodp });
      const [belova, kunovskaya, sosh4, sosh8] = await Promise.all([
        person('47-podp-vazhiny-director'),
        person('47-podp-sosh4-kunovskaya'),
        org('47-podp-sosh-4'),
        org('47-podp-sosh-8'),
      ]);
      await pair(local.id, [kunovskaya], [await person('47-podp-sosh4-young')]);
      await pair(s2s.id, [kunovskaya], [await person('47-podp-sosh8-bryakzhieva')], { mentorOrganizationId: sosh4, menteeOrganizationId: sosh8 });
      await pair(group.id, [belova], await Promise.all(['47-podp-sosh1-director', '47-podp-oosh9-director'].map(person)), { form: 'GROUP' });

      const LIST = `query($first: Int!) { mentorships(first: $first) { totalCount nodes {
        id status shape canManage canLog mentors { id fullName organizationName } mentees { id fullName organizationName }
        program { id name canEdit } sessions { id plannedOn heldOn } mentorOrganization { name } menteeOrganization { name } } } }`;
      type L = { mentorships: { nodes: unknown[] } };
      const three = await cost<L>(LIST, 3, (d) => d.mentorships.nodes);
      const twenty = await cost<L>(LIST, 20, (d) => d.mentorships.nodes);
      expect([three.rows, twenty.rows]).toEqual([3, 20]);
      expect(twenty.statements).toBe(three.statements);
      expect(three.statements).toBeLessThanOrEqual(15);
    });

    it('lists the mentor base with person, load and free places at the same cost for 3 and 20 rows', async () => {
      const LIST = `query($first: Int!) { mentorBase(first: $first) { totalCount nodes { id capacity person { id fullName organizationName } load freePlaces } } }`;
      type L = { mentorBase: { nodes: unknown[] } };
      const three = await cost<L>(LIST, 3, (d) => d.mentorBase.nodes);
      const twenty = await cost<L>(LIST, 20, (d) => d.mentorBase.nodes);
      expect([three.rows, twenty.rows]).toEqual([3, 20]);
      expect(twenty.statements).toBe(three.statements);
      expect(three.statements).toBeLessThanOrEqual(10);
    });

    it('lists programmes with coordinator, count and rights at the same cost for 3 and 20 rows', async () => {
      // Six programmes named alike, hosted by schools and by the network in turn.
      const coordinator = await person('47-podp-ims-methodist');
      const sosh3 = await org('47-podp-sosh-3');
      for (let i = 1; i <= 6; i++) {
        await program(i % 2 ? { networkId: netPodp } : { organizationId: sosh3 }, { name: `Счётчик ${String(i).padStart(2, '0')}`, coordinatorPersonId: coordinator });
      }
      const LIST = `query($first: Int!, $filter: ProgramFilter) { mentoringPrograms(first: $first, filter: $filter) {
        totalCount nodes { id name model coordinator { fullName } mentorshipCount canEdit } } }`;
      type L = { mentoringPrograms: { nodes: unknown[] } };
      const filter = { search: 'Счётчик' };
      const three = await cost<L>(LIST, 3, (d) => d.mentoringPrograms.nodes, { filter });
      const all = await cost<L>(LIST, 20, (d) => d.mentoringPrograms.nodes, { filter });
      expect([three.rows, all.rows]).toEqual([3, 6]);
      expect(all.statements).toBe(three.statements);
      const unfiltered3 = await cost<L>(LIST, 3, (d) => d.mentoringPrograms.nodes);
      const unfiltered20 = await cost<L>(LIST, 20, (d) => d.mentoringPrograms.nodes);
      expect(unfiltered20.rows).toBe(20);
      expect(unfiltered20.statements).toBeLessThanOrEqual(unfiltered3.statements + 1); // a page of one host kind skips a lookup
      expect(all.statements).toBeLessThanOrEqual(12);
    });
  });
  describe('the mentor base of a network programme', () => {
    it('offers mentors of every member organisation of a visible network, and nothing of an invisible one', async () => {
      const vorkuta = await one(`SELECT id FROM network WHERE external_id = 'demo:network:vorkuta-sosh12-sosh35'`);
      const zhdanovaPerson = await person('11-vorkuta-sosh35-math');
      const own = await mentorBase({}, school12);
      expect(own.map((m) => m.personId)).not.toContain(zhdanovaPerson);
      const network = await mentorBase({ networkId: vorkuta }, school12);
      expect(network.map((m) => m.personId)).toContain(zhdanovaPerson);
      expect(await mentorBase({ networkId: vorkuta }, methodist)).toEqual([]);
    });
  });
});

import { idOf, startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;

const DIARY = `query($owner: DiaryOwnerInput!) { diary(owner: $owner) { canWrite sharedOnly entries { id text visibility mine author { fullName } answers { key prompt text } } } }`;
const WRITE = `mutation($input: WriteDiaryEntryInput!) { writeDiaryEntry(input: $input) { id visibility mine } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateDiaryEntryInput!) { updateDiaryEntry(id: $id, input: $input) { id visibility } }`;
type Diary = { diary: { canWrite: boolean; sharedOnly: boolean; entries: { id: string; text: string; visibility: string }[] } };

/**
 * «Дневник ПОС» and pair surveys on a Vorkuta mentorship formed here: Жданова (mentor.zhdanova) mentors
 * Филиппов (teacher.filippov) in a programme of the Vorkuta network, which school12.vorkuta coordinates.
 */
describe('diary and surveys of a mentorship', () => {
  let t: TestApp;
  let coordinator: string;
  let mentor: string;
  let mentee: string;
  let mentorshipId: string;
  let programId: string;
  const count = async (table: string) => Number(((await t.db.query(`SELECT count(*) AS n FROM ${table}`)) as { n: string }[])[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.login('school12.vorkuta');
    mentor = await t.login('mentor.zhdanova');
    mentee = await t.login('teacher.filippov');
    const network = ((await t.db.query(`SELECT id FROM network WHERE external_id = 'demo:network:vorkuta-sosh12-sosh35'`)) as { id: string }[])[0].id;
    const zhdanova = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh35-math');
    const filippov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math');
    // Room for one more mentee beside her demo pairs (her profile is outside school №12's scope to edit).
    await t.db.query(`UPDATE mentor_profile SET capacity = 20 WHERE person_id = $1`, [zhdanova]);
    const program = await t.gql<{ createMentoringProgram: { id: string } }>(
      `mutation($input: CreateProgramInput!) { createMentoringProgram(input: $input) { id } }`,
      { input: { name: 'Дневник и анкеты: проверка', model: 'TEACHER_TO_TEACHER', forms: ['TRADITIONAL'], networkId: network, startsOn: '2026-09-01' } },
      coordinator,
    );
    programId = program.data!.createMentoringProgram.id;
    const ms = await t.gql<{ createMentorship: { id: string } }>(
      `mutation($p: ID!, $input: CreateMentorshipInput!) { createMentorship(programId: $p, input: $input) { id } }`,
      { p: programId, input: { form: 'TRADITIONAL', mentorIds: [zhdanova], menteeIds: [filippov], startsOn: '2026-09-01' } },
      coordinator,
    );
    mentorshipId = ms.data!.createMentorship.id;
    await t.gql(`mutation($id: ID!) { setMentorshipStatus(id: $id, input: { status: ACTIVE }) { id } }`, { id: mentorshipId }, coordinator);
  });
  afterAll(() => t.close());

  describe('«Дневник ПОС»', () => {
    it('the pair reads every entry; the coordinator only the shared ones', async () => {
      const owner = { mentorshipId };
      const privateEntry = await t.gql(
        WRITE,
        { input: { owner, writtenOn: '2026-10-01', text: 'Первая встреча: договорились о целях', answers: [{ key: 'hard', text: 'Мало времени' }] } },
        mentor,
      );
      expect(privateEntry.errors).toBeUndefined();
      const shared = await t.gql(WRITE, { input: { owner, writtenOn: '2026-10-15', text: 'Открытый урок посещён', visibility: 'SHARED' } }, mentee);
      expect(shared.errors).toBeUndefined();
      const pair = await t.gql<Diary>(DIARY, { owner }, mentee);
      expect(pair.data!.diary).toMatchObject({ canWrite: true, sharedOnly: false });
      expect(pair.data!.diary.entries).toHaveLength(2);
      const coord = await t.gql<Diary>(DIARY, { owner }, coordinator);
      expect(coord.data!.diary).toMatchObject({ canWrite: false, sharedOnly: true });
      expect(coord.data!.diary.entries.map((e) => e.text)).toEqual(['Открытый урок посещён']);
      const stranger = await t.gql(DIARY, { owner }, await t.login('methodist.podporozhye'));
      expect(ext(stranger)?.code).toBe('NOT_FOUND');
    });

    it('only participants write and only the author changes an entry', async () => {
      const owner = { mentorshipId };
      const before = await count('diary_entry');
      const byCoordinator = await t.gql(WRITE, { input: { owner, writtenOn: '2026-10-20', text: 'Запись координатора' } }, coordinator);
      expect(ext(byCoordinator)?.code).toBe('FORBIDDEN');
      const entry = (await t.gql<{ writeDiaryEntry: { id: string } }>(WRITE, { input: { owner, writtenOn: '2026-10-21', text: 'Моя запись' } }, mentor)).data!.writeDiaryEntry;
      const byOther = await t.gql(UPDATE, { id: entry.id, input: { text: 'Чужая правка' } }, mentee);
      expect(ext(byOther)?.code).toBe('FORBIDDEN');
      const byAuthor = await t.gql<{ updateDiaryEntry: { visibility: string } }>(UPDATE, { id: entry.id, input: { text: 'Моя запись, дополнена', visibility: 'SHARED' } }, mentor);
      expect(byAuthor.data!.updateDiaryEntry.visibility).toBe('SHARED');
      expect(await count('diary_entry')).toBe(before + 1);
    });

    it('refuses bad entries and writes nothing', async () => {
      const before = await count('diary_entry');
      const empty = await t.gql(WRITE, { input: { owner: { mentorshipId }, writtenOn: '2026-10-01', text: '  ' } }, mentor);
      expect(ext(empty)?.fields).toEqual([{ field: 'text', message: 'Напишите запись' }]);
      const future = await t.gql(WRITE, { input: { owner: { mentorshipId }, writtenOn: '2099-01-01', text: 'Завтра' } }, mentor);
      expect(ext(future)?.fields?.[0].field).toBe('writtenOn');
      const both = await t.gql(WRITE, { input: { owner: {}, writtenOn: '2026-10-01', text: 'Без дневника' } }, mentor);
      expect(ext(both)?.fields?.[0].field).toBe('owner');
      const unknownPrompt = await t.gql(WRITE, { input: { owner: { mentorshipId }, writtenOn: '2026-10-01', text: 'X', answers: [{ key: 'nope', text: 'x' }] } }, mentor);
      expect(ext(unknownPrompt)?.code).toBe('BAD_USER_INPUT');
      expect(await count('diary_entry')).toBe(before);
    });

    it('keeps a community’s diary for its members', async () => {
      const school12 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
      const filippov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math');
      const created = await t.gql<{ createAssociation: { id: string } }>(
        `mutation($input: CreateAssociationInput!) { createAssociation(input: $input) { id } }`,
        { input: { kind: 'LEARNING_COMMUNITY', name: 'ПОС молодых учителей', organizationId: school12 } },
        coordinator,
      );
      const associationId = created.data!.createAssociation.id;
      await t.gql(`mutation($id: ID!, $p: ID!) { addAssociationMember(associationId: $id, input: { personId: $p, role: HEAD }) { id } }`, { id: associationId, p: filippov }, coordinator);
      const written = await t.gql(WRITE, { input: { owner: { associationId }, writtenOn: '2026-11-01', text: 'Обсудили смысловое чтение' } }, mentee);
      expect(written.errors).toBeUndefined();
      const coord = await t.gql<Diary>(DIARY, { owner: { associationId } }, coordinator);
      expect(coord.data!.diary).toMatchObject({ sharedOnly: true, entries: [] });
      const notMember = await t.gql(WRITE, { input: { owner: { associationId }, writtenOn: '2026-11-01', text: 'Я не участник' } }, mentor);
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(ext(notMember)?.code);
    });
  });

  describe('pair surveys', () => {
    const CREATE = `mutation($p: ID!, $input: CreateSurveyInput!) { createSurvey(programId: $p, input: $input) { id questions { key type } closedAt } }`;
    const ANSWER = `mutation($input: AnswerSurveyInput!) { answerSurvey(input: $input) { id } }`;
    const RESULTS = `query($id: ID!) { surveyResults(surveyId: $id) { respondents expected anonymityThreshold questions { key answered average mentorAverage menteeAverage distribution texts withheld withheldMessage } } }`;
    let surveyId: string;

    beforeAll(async () => {
      const r = await t.gql<{ createSurvey: { id: string } }>(
        CREATE,
        { p: programId, input: { title: 'Итоговая анкета пары', questions: [{ text: 'Насколько полезны встречи?', type: 'SCALE' }, { text: 'Что изменить?', type: 'TEXT' }] } },
        coordinator,
      );
      surveyId = r.data!.createSurvey.id;
    });

    it('names the pair of each task and offers nothing for a pair that ended before the questionnaire', async () => {
      // A second pair of the same mentor in this programme, over in 2023: the questionnaire is not for it.
      const [other] = (await t.db.query(
        `SELECT p2.person_id AS id, pe.last_name AS "lastName" FROM position p1 JOIN position p2 ON p2.organization_id = p1.organization_id AND p2.is_main AND p2.person_id <> p1.person_id
           JOIN person pe ON pe.id = p2.person_id AND pe.archived_at IS NULL
          WHERE p1.person_id = $1 AND p1.is_main ORDER BY pe.last_name LIMIT 1`,
        [await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math')],
      )) as { id: string; lastName: string }[];
      const zhdanova = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh35-math');
      const ended = await t.gql<{ createMentorship: { id: string } }>(
        `mutation($p: ID!, $input: CreateMentorshipInput!) { createMentorship(programId: $p, input: $input) { id } }`,
        { p: programId, input: { form: 'TRADITIONAL', mentorIds: [zhdanova], menteeIds: [other.id], startsOn: '2026-09-01' } },
        coordinator,
      );
      expect(ended.errors).toBeUndefined();
      const endedId = ended.data!.createMentorship.id;
      await t.db.query(`UPDATE mentorship SET status = 'COMPLETED', starts_on = '2022-09-01', ends_on = '2023-05-31' WHERE id = $1`, [endedId]);

      const TASKS = `query { mySurveyTasks { survey { id } mentorshipId mentorship { id endsOn mentors { fullName organizationName } mentees { fullName organizationName } } } }`;
      type Task = { survey: { id: string }; mentorshipId: string; mentorship: { id: string; mentors: { fullName: string; organizationName: string | null }[]; mentees: { fullName: string; organizationName: string | null }[] } };
      const tasks = await t.gql<{ mySurveyTasks: Task[] }>(TASKS, {}, mentor);
      expect(tasks.errors).toBeUndefined();
      const mine = tasks.data!.mySurveyTasks.filter((x) => x.survey.id === surveyId);
      expect(mine.map((x) => x.mentorshipId)).toEqual([mentorshipId]);
      expect(mine[0].mentorship.id).toBe(mentorshipId);
      expect(mine[0].mentorship.mentors.map((p) => p.fullName)).toEqual([expect.stringMatching(/^Жданова /)]);
      expect(mine[0].mentorship.mentees).toEqual([{ fullName: expect.stringMatching(/^Филиппов /), organizationName: expect.stringMatching(/12/) }]);
      expect(tasks.data!.mySurveyTasks.some((x) => x.mentorshipId === endedId)).toBe(false);

      const before = await count('survey_response');
      const late = await t.gql(`mutation($input: AnswerSurveyInput!) { answerSurvey(input: $input) { id } }`, { input: { surveyId, mentorshipId: endedId, answers: [{ key: 'q1', scale: 5 }] } }, mentor);
      expect(ext(late)?.code).toBe('BAD_USER_INPUT');
      expect(late.errors![0].message).toContain('завершилось до начала анкетирования');
      expect(await count('survey_response')).toBe(before);
    });

    it('lists the questionnaire as a task of both participants until they answer', async () => {
      const TASKS = `query { mySurveyTasks { survey { id } mentorshipId } }`;
      for (const token of [mentor, mentee]) {
        const tasks = await t.gql<{ mySurveyTasks: { survey: { id: string }; mentorshipId: string }[] }>(TASKS, {}, token);
        expect(tasks.data!.mySurveyTasks).toContainEqual({ survey: { id: surveyId }, mentorshipId });
      }
    });

    it('takes each participant’s answer once and refuses bad answers', async () => {
      const before = await count('survey_response');
      const missing = await t.gql(ANSWER, { input: { surveyId, mentorshipId, answers: [{ key: 'q2', text: 'Ничего' }] } }, mentee);
      expect(ext(missing)?.fields).toEqual([{ field: 'answers.q1', message: 'Оцените от 1 до 5' }]);
      const ok = await t.gql(ANSWER, { input: { surveyId, mentorshipId, answers: [{ key: 'q1', scale: 4 }, { key: 'q2', text: 'Больше практики' }] } }, mentee);
      expect(ok.errors).toBeUndefined();
      const twice = await t.gql(ANSWER, { input: { surveyId, mentorshipId, answers: [{ key: 'q1', scale: 5 }] } }, mentee);
      expect(ext(twice)?.code).toBe('CONFLICT');
      const outsider = await t.gql(ANSWER, { input: { surveyId, mentorshipId, answers: [{ key: 'q1', scale: 5 }] } }, coordinator);
      expect(ext(outsider)?.code).toBe('FORBIDDEN');
      expect(await count('survey_response')).toBe(before + 1);
    });

    it('shows the coordinator aggregates only of sides with at least three answers, and the pair nothing of each other’s answers', async () => {
      type Results = {
        surveyResults: {
          respondents: number;
          expected: number;
          anonymityThreshold: number;
          questions: { answered: number; average: number | null; mentorAverage: number | null; menteeAverage: number | null; distribution: number[]; texts: string[]; withheld: string[]; withheldMessage: string | null }[];
        };
      };
      await t.gql(ANSWER, { input: { surveyId, mentorshipId, answers: [{ key: 'q1', scale: 2 }] } }, mentor);
      // One answer per side: nothing of either side may be shown (it would be that person's answer).
      const few = await t.gql<Results>(RESULTS, { id: surveyId }, coordinator);
      expect(few.data!.surveyResults).toMatchObject({ respondents: 2, expected: 2, anonymityThreshold: 3 });
      expect(few.data!.surveyResults.questions[0]).toMatchObject({
        answered: 0,
        average: null,
        mentorAverage: null,
        menteeAverage: null,
        distribution: [0, 0, 0, 0, 0],
        withheld: ['MENTOR', 'MENTEE'],
        withheldMessage: 'Недостаточно ответов для анонимности',
      });
      expect(few.data!.surveyResults.questions[1]).toMatchObject({ texts: [], withheld: ['MENTEE'], withheldMessage: 'Недостаточно ответов для анонимности' });
      // Two more on each side (written straight to the database): both sides reach three.
      const others = ((await t.db.query(
        `SELECT p.id FROM person p WHERE p.id NOT IN (SELECT person_id FROM mentorship_participant WHERE mentorship_id = $1) ORDER BY p.id LIMIT 4`,
        [mentorshipId],
      )) as { id: string }[]).map((x) => x.id);
      const answers = [
        ['MENTOR', { q1: 3 }],
        ['MENTOR', { q1: 4 }],
        ['MENTEE', { q1: 5, q2: 'Чаще встречаться' }],
        ['MENTEE', { q1: 3, q2: 'Меньше отчётов' }],
      ] as const;
      for (const [i, [side, a]] of answers.entries()) {
        await t.db.query('INSERT INTO survey_response (survey_id, mentorship_id, person_id, side, answers) VALUES ($1, $2, $3, $4, $5)', [surveyId, mentorshipId, others[i], side, a]);
      }
      const r = await t.gql<Results>(RESULTS, { id: surveyId }, coordinator);
      expect(r.data!.surveyResults.questions[0]).toMatchObject({ answered: 6, average: 3.5, mentorAverage: 3, menteeAverage: 4, distribution: [0, 1, 2, 2, 1], withheld: [], withheldMessage: null });
      expect(r.data!.surveyResults.questions[1]).toMatchObject({ texts: ['Больше практики', 'Меньше отчётов', 'Чаще встречаться'], withheld: [] });
      for (const token of [mentor, mentee]) expect(ext(await t.gql(RESULTS, { id: surveyId }, token))?.code).toBe('FORBIDDEN');
    });

    it('refuses answers to a closed questionnaire and questionnaires from anyone but the coordinator', async () => {
      await t.gql(`mutation($id: ID!) { closeSurvey(id: $id) { id } }`, { id: surveyId }, coordinator);
      const late = await t.gql(ANSWER, { input: { surveyId, mentorshipId, answers: [{ key: 'q1', scale: 5 }] } }, mentor);
      expect(ext(late)?.code).toBe('BAD_USER_INPUT');
      const byTeacher = await t.gql(CREATE, { p: programId, input: { title: 'Моя анкета', questions: [{ text: 'Вопрос', type: 'TEXT' }] } }, mentee);
      expect(ext(byTeacher)?.code).toBe('FORBIDDEN');
      const empty = await t.gql(CREATE, { p: programId, input: { title: 'Пустая', questions: [] } }, coordinator);
      expect(ext(empty)?.fields?.[0]).toEqual({ field: 'questions', message: 'Добавьте хотя бы один вопрос' });
    });
  });
});

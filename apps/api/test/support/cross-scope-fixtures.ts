import { withInnCheckDigit } from '@metodset/shared';
import { planMonitoringRegion, PlanMonitoringRegionIds } from './cross-scope-plan-monitoring';
import { reportRegion, ReportRegionIds } from './cross-scope-report';
import { DataSource } from 'typeorm';
import { crossScopeStaging, StagingRegionIds } from './cross-scope-staging';
import { eventRows } from './cross-scope-event';
import { internshipRegionNames, internshipRegionRows } from './cross-scope-internship';
import { planRows, PlanRegionIds } from './cross-scope-plan';
import { documentRows, DocumentRegionIds } from './cross-scope-document';
import { practiceRows, PracticeRegionIds } from './cross-scope-practice';
import { computedRows, ComputedRegionIds } from './cross-scope-computed';
import { indicatorRows, IndicatorRegionIds } from './cross-scope-indicator';
import { addCalendarRows, CalendarRegionIds, emptyCalendarIds } from './cross-scope-calendar';
import { addApiClientRows, ApiClientRegionIds, emptyApiClientIds } from './cross-scope-api-client';
import { addSyncRows, emptySyncIds, SyncRegionIds } from './cross-scope-sync';

/**
 * Two regions of their own for the cross-scope suite (`cross-scope.int-spec.ts`), written straight to the
 * per-file database: each with a methodist (municipal), a school admin, a mentor and a teacher, and rows in
 * every domain. Their names are unique markers (no demo row contains them), so a response that carries one
 * of region B's names or ids has leaked it. Plus the network «Сеть через регионы», coordinated by A's school,
 * with B's second school as an ACCEPTED member and B's first school INVITED (that confers nothing).
 */

export type CallerRole = 'methodist' | 'schoolAdmin' | 'mentor' | 'teacher' | 'client';
/** `client`: an API client scoped to the region's municipality with every domain read-write (support/cross-scope-api-client.ts). */
export const CALLER_ROLES: readonly CallerRole[] = ['methodist', 'schoolAdmin', 'mentor', 'teacher', 'client'];

/** Ids of one region's rows, by kind (the kinds the suite maps argument names to). */
export interface RegionIds extends ApiClientRegionIds, StagingRegionIds, PlanRegionIds, CalendarRegionIds, PlanMonitoringRegionIds, DocumentRegionIds, PracticeRegionIds, IndicatorRegionIds, ComputedRegionIds, ReportRegionIds, SyncRegionIds {
  region: string;
  municipality: string;
  organization: string;
  /** A second school of the region (the member of the region's own network; B's is the accepted cross-region member). */
  organization2: string;
  /** The teacher (the default person of the region). */
  person: string;
  mentorPerson: string;
  mentorProfile: string;
  network: string;
  networkMember: string;
  networkEdge: string;
  agreement: string;
  association: string;
  associationMember: string;
  associationMeeting: string;
  program: string;
  mentorship: string;
  session: string;
  diaryEntry: string;
  survey: string;
  campaign: string;
  /** An earlier (closed) campaign of the region, with results of the teacher. */
  campaign2: string;
  participant: string;
  selfDiagnosis: string;
  assignmentPlan: string;
  assignmentPlanItem: string;
  route: string;
  step: string;
  journalEntry: string;
  /** A DRAFT route of the teacher with one step (the route operations that change a route need one). */
  draftRoute: string;
  draftStep: string;
  /** An open sign-in session of the teacher's account. */
  accountSession: string;
  /** An event of the region's school (cross-scope-event.ts) and its uploaded material. */
  event: string;
  eventMaterial: string;
  /** Internships (cross-scope-internship.ts): a site at the school headed by the mentor, its programme, a cohort… */
  stagingSite: string;
  internshipProgram: string;
  internshipModule: string;
  internshipTrack: string;
  internshipCohort: string;
  internshipSession: string;
  internshipApplication: string;
  internshipCertificate: string;
}

export interface Region {
  tag: string;
  ids: RegionIds;
  /** Logins of the four callers (password: DEMO_PASSWORD). */
  logins: Record<CallerRole, string>;
  /** Strings only this region's rows carry: people's last names, organisations' names, network/association/programme names, notes. */
  names: string[];
  /** Id and last name of the second school's teacher (B's: staff of the accepted member school). */
  memberStaff: string[];
  /** Markers of the first school (B's: INVITED to the cross network) and of the second (B's: its ACCEPTED member). */
  orgMarkers: [string[], string[]];
  /** Identifying data of the teacher (for the import dry runs). */
  teacher: { lastName: string; firstName: string; middleName: string; birthDate: string; email: string };
  inn: string;
  orgName: string;
  municipalityName: string;
}

export interface CrossNetwork {
  /** Coordinated by A's school; A's school is the coordinator member. */
  network: string;
  /** B's second school: ACCEPTED; B's first school: INVITED. */
  acceptedMember: string;
  invitedMember: string;
  /** A campaign of the network (scope NETWORK) with B's network teacher as a participant with submitted results. */
  campaign: string;
  participant: string;
  /** A programme of the network with a mentorship of B's network teacher. */
  program: string;
  mentorship: string;
  /** B's teacher at the accepted member school: what the coordinator may see within the network's campaigns/programmes. */
  memberPerson: string;
  memberPersonLastName: string;
}

export interface CrossScopeFixtures {
  a: Region;
  b: Region;
  x: CrossNetwork;
  /** Reference rows (not owned by a region): a published instrument's framework and two of its competences. */
  ref: { framework: string; instrument: string; item: string; competence: string; competence2: string; competenceCode: string; area: string };
}

const one = async (db: DataSource, sql: string, params: unknown[] = []): Promise<string> => {
  const rows = (await db.query(sql, params)) as { id: string }[];
  if (!rows[0]) throw new Error(`cross-scope fixture: nothing for ${sql}`);
  return rows[0].id;
};

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function account(db: DataSource, login: string, grant: { role: string; municipality?: string; organization?: string; person?: string }): Promise<void> {
  const id = await one(
    db,
    `INSERT INTO account (login, display_name, password_hash, person_id)
     SELECT $1, $1, password_hash, $2 FROM account WHERE login = 'admin' RETURNING id`,
    [login, grant.person ?? null],
  );
  await db.query(
    `INSERT INTO role_grant (account_id, role, municipality_id, organization_id, scope_key) VALUES ($1, $2, $3, $4, $5)`,
    [id, grant.role, grant.municipality ?? null, grant.organization ?? null, grant.municipality ?? grant.organization ?? ''],
  );
}

async function person(db: DataSource, org: string, p: { last: string; first: string; middle: string; birth: string; email: string }): Promise<string> {
  const id = await one(
    db,
    `INSERT INTO person (last_name, first_name, middle_name, birth_date, email, subjects, experience_years) VALUES ($1, $2, $3, $4, $5, '{Математика}', 3) RETURNING id`,
    [p.last, p.first, p.middle, p.birth, p.email],
  );
  await db.query(`INSERT INTO position (person_id, organization_id, kind, is_main) VALUES ($1, $2, 'TEACHER', true)`, [id, org]);
  return id;
}

/** Campaign results for a participant: a submitted self-assessment and a result per competence. */
async function submitted(db: DataSource, campaign: string, personId: string, org: string, ref: CrossScopeFixtures['ref']): Promise<string> {
  const participant = await one(db, `INSERT INTO diagnostic_participant (campaign_id, person_id, organization_id) VALUES ($1, $2, $3) RETURNING id`, [campaign, personId, org]);
  await db.query(`INSERT INTO diagnostic_response (participant_id, role, status, submitted_at) VALUES ($1, 'SELF', 'SUBMITTED', now())`, [participant]);
  await db.query(
    `INSERT INTO competence_result (campaign_id, person_id, competence_id, source, score, level, measured_on) VALUES
       ($1, $2, $3, 'SELF', 31, 'DEFICIT', $5), ($1, $2, $4, 'SELF', 85, 'PROFICIT', $5)`,
    [campaign, personId, ref.competence, ref.competence2, day(-3)],
  );
  return participant;
}

async function region(db: DataSource, tag: 'A' | 'B', word: string, code: string, digit: string, ref: CrossScopeFixtures['ref']): Promise<Region> {
  const regionName = `Проверочная область ${word}`;
  const municipalityName = `${word}ский район`;
  const orgName = `МБОУ «${word}-школа №1»`;
  const org2Name = `МБОУ «${word}-лицей №2»`;
  const inn = withInnCheckDigit(`99${digit.repeat(6)}1`);
  const regionId = await one(db, `INSERT INTO region (code, name) VALUES ($1, $2) RETURNING id`, [code, regionName]);
  const mun = await one(db, `INSERT INTO municipality (region_id, name, kind) VALUES ($1, $2, 'DISTRICT') RETURNING id`, [regionId, municipalityName]);
  const org = await one(
    db,
    `INSERT INTO organization (municipality_id, name, short_name, kind, inn, email) VALUES ($1, $2, $3, 'SCHOOL', $4, $5) RETURNING id`,
    [mun, orgName, `${word}-школа №1`, inn, `school1@${word.toLowerCase()}.test`],
  );
  const org2 = await one(
    db,
    `INSERT INTO organization (municipality_id, name, short_name, kind, inn) VALUES ($1, $2, $3, 'LYCEUM', $4) RETURNING id`,
    [mun, org2Name, `${word}-лицей №2`, withInnCheckDigit(`99${digit.repeat(6)}2`)],
  );
  await db.query(`INSERT INTO organization_status (organization_id, kind, year) VALUES ($1, 'LOW_RESULTS', 2025)`, [org]);
  const teacher = { lastName: `${word}учителева`, firstName: 'Ирина', middleName: 'Павловна', birthDate: '1990-04-12', email: `teacher@${word.toLowerCase()}.test` };
  const teacherId = await person(db, org, { last: teacher.lastName, first: teacher.firstName, middle: teacher.middleName, birth: teacher.birthDate, email: teacher.email });
  const mentorLast = `${word}наставникова`;
  const mentorId = await person(db, org, { last: mentorLast, first: 'Вера', middle: 'Ильинична', birth: '1970-02-03', email: `mentor@${word.toLowerCase()}.test` });
  const colleagueLast = `${word}коллегин`;
  const colleague = await person(db, org2, { last: colleagueLast, first: 'Олег', middle: 'Ильич', birth: '1985-05-05', email: `colleague@${word.toLowerCase()}.test` });
  const mentorProfile = await one(
    db,
    `INSERT INTO mentor_profile (person_id, types, subjects, strengths, capacity) VALUES ($1, '{CLASSIC}', '{Математика}', $2, 3) RETURNING id`,
    [mentorId, `Сильные стороны ${word}`],
  );
  const low = tag.toLowerCase();
  const logins: Record<CallerRole, string> = {
    methodist: `cs.methodist.${low}`,
    schoolAdmin: `cs.school.${low}`,
    mentor: `cs.mentor.${low}`,
    teacher: `cs.teacher.${low}`,
    client: '',
  };
  await account(db, logins.methodist, { role: 'MUNICIPAL_METHODIST', municipality: mun });
  await account(db, logins.schoolAdmin, { role: 'ORGANIZATION_ADMIN', organization: org });
  await account(db, logins.mentor, { role: 'MENTOR', person: mentorId });
  await account(db, logins.teacher, { role: 'TEACHER', person: teacherId });

  const networkName = `Сеть ${word}`;
  const network = await one(
    db,
    `INSERT INTO network (name, model, coordinator_organization_id, starts_on, goals) VALUES ($1, 'DISTRIBUTED', $2, '2025-01-01', $3) RETURNING id`,
    [networkName, org, `Цели сети ${word}`],
  );
  const m1 = await one(db, `INSERT INTO network_member (network_id, organization_id, role, level) VALUES ($1, $2, 'COORDINATOR', 1) RETURNING id`, [network, org]);
  const networkMember = await one(db, `INSERT INTO network_member (network_id, organization_id, role, level) VALUES ($1, $2, 'PARTICIPANT', 2) RETURNING id`, [network, org2]);
  const networkEdge = await one(db, `INSERT INTO network_edge (network_id, from_member_id, to_member_id, kind) VALUES ($1, $2, $3, 'SUPPORT') RETURNING id`, [network, m1, networkMember]);
  const agreement = await one(
    db,
    `INSERT INTO agreement (network_id, number, kind, signed_on, subject, starts_on, ends_on, file_name, file_type, file_size)
     VALUES ($1, $2, 'PARTNERSHIP', $3, $4, $3, $5, 'dogovor.pdf', 'application/pdf', 10) RETURNING id`,
    [network, `${word}-С-1`, day(-200), `Соглашение ${word}`, day(30)],
  );
  await db.query(`INSERT INTO agreement_file (agreement_id, content) VALUES ($1, $2)`, [agreement, Buffer.from('%PDF-1.4 test')]);
  await db.query(`INSERT INTO agreement_party (agreement_id, organization_id) VALUES ($1, $2), ($1, $3)`, [agreement, org, org2]);

  const associationName = `ШМО ${word}`;
  const association = await one(
    db,
    `INSERT INTO association (kind, name, subject, description, organization_id) VALUES ('SCHOOL_SUBJECT', $1, 'Математика', $2, $3) RETURNING id`,
    [associationName, `Описание ${word}`, org],
  );
  const associationMember = await one(db, `INSERT INTO association_member (association_id, person_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [association, teacherId]);
  await db.query(`INSERT INTO association_member (association_id, person_id, role) VALUES ($1, $2, 'HEAD')`, [association, mentorId]);
  const associationMeeting = await one(
    db,
    `INSERT INTO association_meeting (association_id, held_on, agenda, decisions, attendee_ids) VALUES ($1, $2, $3, $4, ARRAY[$5, $6]::uuid[]) RETURNING id`,
    [association, day(-20), `Повестка ${word}`, `Решения ${word}`, teacherId, mentorId],
  );

  const programName = `Программа наставничества ${word}`;
  const program = await one(
    db,
    `INSERT INTO mentoring_program (name, model, forms, organization_id, starts_on, goals) VALUES ($1, 'TEACHER_TO_TEACHER', '{TRADITIONAL}', $2, '2025-09-01', $3) RETURNING id`,
    [programName, org, `Цели программы ${word}`],
  );
  const mentorship = await one(
    db,
    `INSERT INTO mentorship (program_id, form, goals, starts_on, status) VALUES ($1, 'TRADITIONAL', $2, '2025-09-15', 'ACTIVE') RETURNING id`,
    [program, `Цели пары ${word}`],
  );
  await db.query(`INSERT INTO mentorship_participant (mentorship_id, person_id, side) VALUES ($1, $2, 'MENTOR'), ($1, $3, 'MENTEE')`, [mentorship, mentorId, teacherId]);
  const session = await one(
    db,
    `INSERT INTO mentorship_session (mentorship_id, planned_on, held_on, format, topic, duration_minutes, notes) VALUES ($1, $2, $2, 'CONSULTATION', $3, 45, $4) RETURNING id`,
    [mentorship, day(-10), `Тема встречи ${word}`, `Заметки встречи ${word}`],
  );
  await db.query(`INSERT INTO mentorship_session (mentorship_id, planned_on, format, topic) VALUES ($1, $2, 'ONLINE', $3)`, [mentorship, day(20), `Следующая встреча ${word}`]);
  const diaryEntry = await one(
    db,
    `INSERT INTO diary_entry (mentorship_id, author_person_id, written_on, text, visibility) VALUES ($1, $2, $3, $4, 'SHARED') RETURNING id`,
    [mentorship, mentorId, day(-9), `Запись дневника ${word}`],
  );
  await db.query(`INSERT INTO diary_entry (association_id, author_person_id, written_on, text) VALUES ($1, $2, $3, $4)`, [association, teacherId, day(-8), `Дневник объединения ${word}`]);
  const survey = await one(
    db,
    `INSERT INTO survey (program_id, title, is_final, questions) VALUES ($1, $2, false, $3::jsonb) RETURNING id`,
    [program, `Анкета ${word}`, JSON.stringify([{ key: 'q1', text: 'Польза встреч', type: 'SCALE' }, { key: 'q2', text: 'Что запомнилось', type: 'TEXT' }])],
  );
  await db.query(`INSERT INTO survey_response (survey_id, mentorship_id, person_id, side, answers) VALUES ($1, $2, $3, 'MENTEE', $4::jsonb)`, [
    survey,
    mentorship,
    teacherId,
    JSON.stringify({ q1: 5, q2: `Ответ анкеты ${word}` }),
  ]);

  const campaign = await one(
    db,
    `INSERT INTO diagnostic_campaign (name, instrument_id, mode, scope_kind, opens_on, closes_on, status) VALUES ($1, $2, 'SELF', 'ORGANIZATIONS', $3, $4, 'OPEN') RETURNING id`,
    [`Диагностика ${word}`, ref.instrument, day(-30), day(30)],
  );
  await db.query(`INSERT INTO diagnostic_campaign_organization (campaign_id, organization_id) VALUES ($1, $2), ($1, $3)`, [campaign, org, org2]);
  const participant = await submitted(db, campaign, teacherId, org, ref);
  await submitted(db, campaign, mentorId, org, ref);
  await submitted(db, campaign, colleague, org2, ref);
  const campaign2 = await one(
    db,
    `INSERT INTO diagnostic_campaign (name, instrument_id, mode, scope_kind, opens_on, closes_on, status) VALUES ($1, $2, 'SELF', 'ORGANIZATIONS', $3, $4, 'CLOSED') RETURNING id`,
    [`Входная диагностика ${word}`, ref.instrument, day(-200), day(-170)],
  );
  await db.query(`INSERT INTO diagnostic_campaign_organization (campaign_id, organization_id) VALUES ($1, $2)`, [campaign2, org]);
  await submitted(db, campaign2, teacherId, org, ref);
  const selfDiagnosis = await one(
    db,
    `INSERT INTO organization_self_diagnosis (organization_id, framework_id, conducted_on, source, summary) VALUES ($1, $2, $3, 'ENTERED', $4) RETURNING id`,
    [org, ref.framework, day(-40), `Самодиагностика ${word}`],
  );
  await db.query(`INSERT INTO organization_self_diagnosis_entry (diagnosis_id, competence_id, level, score, note) VALUES ($1, $2, 'DEFICIT', 30, $3)`, [
    selfDiagnosis,
    ref.competence,
    `Примечание ${word}`,
  ]);
  const assignmentPlan = await one(db, `INSERT INTO assignment_plan (program_id, total_score) VALUES ($1, 10) RETURNING id`, [program]);
  const assignmentPlanItem = await one(
    db,
    `INSERT INTO assignment_plan_item (plan_id, mentee_person_id, mentor_person_id, score, reasons) VALUES ($1, $2, $3, 10, $4::jsonb) RETURNING id`,
    [assignmentPlan, teacherId, mentorId, JSON.stringify([`Причина ${word}`])],
  );

  const route = await one(
    db,
    `INSERT INTO learning_route (person_id, organization_id, title, goal, starts_on, ends_on, status, campaign_id, shared_in_network)
     VALUES ($1, $2, $3, $4, $5, $6, 'IN_PROGRESS', $7, true) RETURNING id`,
    [teacherId, org, `Маршрут ${word}`, `Цель маршрута ${word}`, day(-60), day(60), campaign],
  );
  await db.query(`INSERT INTO learning_route_competence (route_id, competence_id, baseline_score) VALUES ($1, $2, 31)`, [route, ref.competence]);
  const step = await one(
    db,
    `INSERT INTO learning_route_step (route_id, position, kind, title, competence_ids, status, mentorship_id, mentor_person_id, reflection, evidence_file_name, evidence_file_type, evidence_file_size)
     VALUES ($1, 0, 'MENTORING', $2, ARRAY[$3]::uuid[], 'DONE', $4, $5, $6, 'otchet.pdf', 'application/pdf', 10) RETURNING id`,
    [route, `Шаг маршрута ${word}`, ref.competence, mentorship, mentorId, `Рефлексия ${word}`],
  );
  await db.query(`INSERT INTO learning_route_step_file (step_id, content) VALUES ($1, $2)`, [step, Buffer.from('%PDF-1.4 step')]);
  await db.query(`INSERT INTO learning_route_step (route_id, position, kind, title) VALUES ($1, 1, 'SELF_EDUCATION', $2)`, [route, `Второй шаг ${word}`]);
  const journalEntry = await one(db, `INSERT INTO learning_route_journal_entry (route_id, step_id, occurred_on, kind, text) VALUES ($1, $2, $3, 'NOTE', $4) RETURNING id`, [
    route,
    step,
    day(-5),
    `Журнал маршрута ${word}`,
  ]);

  const draftRoute = await one(
    db,
    `INSERT INTO learning_route (person_id, organization_id, title, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [teacherId, org, `Черновик маршрута ${word}`, day(1), day(90)],
  );
  const draftStep = await one(db, `INSERT INTO learning_route_step (route_id, position, kind, title) VALUES ($1, 0, 'COURSE', $2) RETURNING id`, [draftRoute, `Курс ${word}`]);
  const accountSession = await one(
    db,
    `INSERT INTO session (token_hash, account_id, expires_at, last_seen_at, ip, user_agent)
     SELECT md5(random()::text) || md5(random()::text), id, now() + interval '12 hours', now(), '192.0.2.1', 'fixture' FROM account WHERE login = $1 RETURNING id`,
    [logins.teacher],
  );
  const staging = await crossScopeStaging(db, word, org, mentorId, ref.competence);
  const events = await eventRows(db, { word, organization: org, teacher: teacherId, mentor: mentorId });
  const planned = await planRows(db, { municipality: mun, organization: org, person: teacherId, mentorship }, word);
  const pm = await planMonitoringRegion(db, planned.ids, word);
  const documents = await documentRows(db, { region: regionId, municipality: mun, organization: org, person: teacherId }, word);
  const practices = await practiceRows(db, { organization: org, person: teacherId, route, step }, word);
  const computed = await computedRows(db, mun, word);
  const indicators = await indicatorRows(db, { municipality: mun, organization: org }, word);
  const jobs = await reportRegion(db, logins.methodist, word);
  return {
    tag,
    logins,
    ids: {
      ...events.ids,
      ...planned.ids,
      ...emptyCalendarIds(),
      ...emptyApiClientIds(),
      ...emptySyncIds(),
      ...pm.ids,
      ...documents.ids,
      ...practices.ids,
      ...computed.ids,
      ...indicators.ids,
      ...jobs.ids,
      region: regionId,
      municipality: mun,
      organization: org,
      organization2: org2,
      person: teacherId,
      mentorPerson: mentorId,
      mentorProfile,
      network,
      networkMember,
      networkEdge,
      agreement,
      association,
      associationMember,
      associationMeeting,
      program,
      mentorship,
      session,
      diaryEntry,
      survey,
      campaign,
      campaign2,
      participant,
      selfDiagnosis,
      assignmentPlan,
      assignmentPlanItem,
      route,
      step,
      journalEntry,
      draftRoute,
      draftStep,
      accountSession,
      ...staging.ids,
      ...(await internshipRegionRows(db, { org, mentor: mentorId, teacher: teacherId, word })),
    },
    names: [
      ...internshipRegionNames(word),
      ...planned.names,
      ...pm.names,
      ...documents.names,
      ...practices.names,
      ...computed.names,
      ...indicators.names,
      ...jobs.names,
      teacher.lastName,
      mentorLast,
      networkName,
      associationName,
      programName,
      `Заметки встречи ${word}`,
      `Запись дневника ${word}`,
      `Дневник объединения ${word}`,
      `Ответ анкеты ${word}`,
      `Журнал маршрута ${word}`,
      `Маршрут ${word}`,
      `Черновик маршрута ${word}`,
      `Шаг маршрута ${word}`,
      `Рефлексия ${word}`,
      `Повестка ${word}`,
      `Соглашение ${word}`,
      `Диагностика ${word}`,
      `Входная диагностика ${word}`,
      `Самодиагностика ${word}`,
      teacher.email,
      ...staging.names,
      ...events.names,
    ],
    memberStaff: [colleague, colleagueLast],
    orgMarkers: [
      [org, orgName, `${word}-школа`, inn],
      [org2, org2Name, `${word}-лицей`],
    ],
    teacher,
    inn,
    orgName,
    municipalityName,
  };
}

export async function crossScopeFixtures(db: DataSource): Promise<CrossScopeFixtures> {
  const ins = (await db.query(
    `SELECT i.id, i.framework_id FROM diagnostic_instrument i WHERE i.status = 'PUBLISHED' AND i.archived_at IS NULL
      AND (SELECT count(*) FROM competence c WHERE c.framework_id = i.framework_id) >= 2
      AND EXISTS (SELECT 1 FROM diagnostic_item d WHERE d.instrument_id = i.id) ORDER BY i.code, i.version LIMIT 1`,
  )) as { id: string; framework_id: string }[];
  if (!ins[0]) throw new Error('cross-scope fixture: no published instrument in the demo data');
  const comps = (await db.query(`SELECT id, code, area_id FROM competence WHERE framework_id = $1 ORDER BY position, code LIMIT 2`, [ins[0].framework_id])) as {
    id: string;
    code: string;
    area_id: string;
  }[];
  const item = await one(db, `SELECT id FROM diagnostic_item WHERE instrument_id = $1 ORDER BY position LIMIT 1`, [ins[0].id]);
  const ref = { framework: ins[0].framework_id, instrument: ins[0].id, item, competence: comps[0].id, competence2: comps[1].id, competenceCode: comps[0].code, area: comps[0].area_id };
  const a = await region(db, 'A', 'Альфа', 'XA', '1', ref);
  const b = await region(db, 'B', 'Бета', 'XB', '2', ref);
  await addCalendarRows(db, a, 'Альфа');
  await addCalendarRows(db, b, 'Бета');
  await addApiClientRows(db, a, 'Альфа');
  await addApiClientRows(db, b, 'Бета');
  await addSyncRows(db, a, 'Альфа');
  await addSyncRows(db, b, 'Бета');

  const network = await one(
    db,
    `INSERT INTO network (name, model, coordinator_organization_id, starts_on) VALUES ('Сеть через регионы', 'INTER_REGIONAL', $1, '2025-01-01') RETURNING id`,
    [a.ids.organization],
  );
  await db.query(`INSERT INTO network_member (network_id, organization_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACCEPTED')`, [network, a.ids.organization]);
  const acceptedMember = await one(db, `INSERT INTO network_member (network_id, organization_id, role, status) VALUES ($1, $2, 'PARTICIPANT', 'ACCEPTED') RETURNING id`, [
    network,
    b.ids.organization2,
  ]);
  const invitedMember = await one(db, `INSERT INTO network_member (network_id, organization_id, role, status) VALUES ($1, $2, 'PARTICIPANT', 'INVITED') RETURNING id`, [
    network,
    b.ids.organization,
  ]);
  const memberPersonLastName = 'Бетасетевая';
  const memberPerson = await person(db, b.ids.organization2, { last: memberPersonLastName, first: 'Нина', middle: 'Петровна', birth: '1988-08-08', email: 'member@beta.test' });
  const campaign = await one(
    db,
    `INSERT INTO diagnostic_campaign (name, instrument_id, mode, scope_kind, network_id, opens_on, closes_on, status) VALUES ('Диагностика сети через регионы', $1, 'SELF', 'NETWORK', $2, $3, $4, 'OPEN') RETURNING id`,
    [ref.instrument, network, day(-30), day(30)],
  );
  await submitted(db, campaign, a.ids.person, a.ids.organization, ref);
  const participant = await submitted(db, campaign, memberPerson, b.ids.organization2, ref);
  const program = await one(
    db,
    `INSERT INTO mentoring_program (name, model, forms, network_id, starts_on) VALUES ('Программа сети через регионы', 'TEACHER_TO_TEACHER', '{TRADITIONAL}', $1, '2025-09-01') RETURNING id`,
    [network],
  );
  const mentorship = await one(db, `INSERT INTO mentorship (program_id, form, starts_on, status) VALUES ($1, 'TRADITIONAL', '2025-09-15', 'ACTIVE') RETURNING id`, [program]);
  await db.query(`INSERT INTO mentorship_participant (mentorship_id, person_id, side) VALUES ($1, $2, 'MENTOR'), ($1, $3, 'MENTEE')`, [mentorship, a.ids.mentorPerson, memberPerson]);
  return { a, b, x: { network, acceptedMember, invitedMember, campaign, participant, program, mentorship, memberPerson, memberPersonLastName }, ref };
}

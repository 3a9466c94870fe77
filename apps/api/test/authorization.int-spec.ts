import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DEMO_PASSWORD } from '../src/seed/demo/accounts.data';
import { DOMAIN_TABLE_OPERATIONS } from './authorization';
import { codeOf, describeOperationCases, Login, OperationCase, Tokens } from './support/operation-cases';
import { idOf, startTestApp, TestApp } from './support/test-app';

/**
 * One row per query and mutation of the schema: who passes in scope, who gets NOT_FOUND (or a
 * narrowed list) out of scope, who lacks the permission (FORBIDDEN), and the anonymous caller.
 */

interface Ids {
  org12: string;
  org35: string;
  orgPodp1: string;
  orgPodp9: string;
  filippov: string;
  zhdanova: string;
  balashova: string;
  sosh35physics: string;
  podpMath: string;
  podpYoung: string;
  munPodp: string;
  munTimashevsk: string;
  region47: string;
  orgPodp3: string;
  orgPodpKomitet: string;
  orgTimCro: string;
  orgTimSosh1: string;
  /** Demo networks. */
  netPodp: string;
  netVorkuta: string;
  /** Fixture: DISTRIBUTED, coordinated by Podporozhye СОШ №1, with the Тимашевск ЦРО as a member (visible to methodist.timashevsk, not his to change). */
  netShared: string;
  /** Fixture: coordinated by Podporozhye СОШ №3, its only member (archived and restored by the rows). */
  netSolo: string;
  podpSosh1Member: string;
  podpSosh4Member: string;
  podpSosh8Member: string;
  podpEdge: string;
  sharedTimMember: string;
  sharedSosh8Member: string;
  sharedEdgeToRemove: string;
  sharedEdgeKept: string;
  /** Demo Vorkuta agreement (a PDF attached by the fixture) and a fixture agreement of the same network. */
  agreementVorkuta: string;
  agreementFixture: string;
  /** Demo РМО of Podporozhye (municipality-hosted), one of its members and meetings; the Vorkuta №12 creative group. */
  assocPodp: string;
  assocPodpMember: string;
  assocPodpMeeting: string;
  assocVorkuta: string;
  /** Demo mentoring: the Podporozhye «руководитель – руководителю» and the Vorkuta programme, the ACTIVE pair Жданова – Филиппов and its first session not yet held. */
  progPodpL2L: string;
  progVorkuta: string;
  msZhdanovaFilippov: string;
  /** A diary entry Жданова wrote in her pair, and a questionnaire of the Vorkuta programme. */
  diaryEntry: string;
  surveyVorkuta: string;
  sessionZhdanovaFilippov: string;
  /** Fixtures: a programme of Podporozhye СОШ №3 (archived and restored by the rows), one of netShared (visible to methodist.timashevsk, not his), a PLANNED Vorkuta pair. */
  progFixture: string;
  progShared: string;
  msFixture: string;
  /** Vorkuta people: Вокуева (№12, in the mentor base), Петров (№12), Ковалёва (№35, given a profile by the fixture). */
  vokueva: string;
  petrov: string;
  kovaleva: string;
}

const ORG_FIELDS = 'id name';
const PERSON_FIELDS = 'id lastName';
const NETWORK_FIELDS = 'id name canEdit members { id organizationId level } edges { id kind }';
const AGREEMENT_FIELDS = 'id number endsOn fileName parties { id }';
const ASSOCIATION_FIELDS = 'id name canEdit members { id role person { id } } meetings { id attendeeCount }';
const PROGRAM_FIELDS = 'id name canEdit archivedAt mentorshipCount';
const MENTORSHIP_FIELDS = 'id status shape canManage canLog program { id } mentors { id } mentees { id } sessions { id plannedOn heldOn }';
const PROFILE_FIELDS = 'id personId capacity load freePlaces person { id }';
let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

const Q = {
  me: 'query { me { login } }',
  regions: 'query { regions { id code } }',
  municipalities: 'query($r: ID) { municipalities(regionId: $r) { id name } }',
  organizations: `query { organizations(first: 100) { totalCount nodes { ${ORG_FIELDS} } } }`,
  organization: `query($id: ID!) { organization(id: $id) { ${ORG_FIELDS} } }`,
  createOrganization: `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORG_FIELDS} } }`,
  updateOrganization: `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { ${ORG_FIELDS} } }`,
  archiveOrganization: `mutation($id: ID!) { archiveOrganization(id: $id) { id archivedAt } }`,
  restoreOrganization: `mutation($id: ID!) { restoreOrganization(id: $id) { id archivedAt } }`,
  people: `query { people(first: 100) { totalCount nodes { ${PERSON_FIELDS} } } }`,
  person: `query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`,
  createPerson: `mutation($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS} } }`,
  updatePerson: `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { ${PERSON_FIELDS} } }`,
  archivePerson: `mutation($id: ID!) { archivePerson(id: $id) { id archivedAt } }`,
  restorePerson: `mutation($id: ID!) { restorePerson(id: $id) { id archivedAt } }`,
  login: 'mutation($i: LoginInput!) { login(input: $i) { me { login } } }',
  logout: 'mutation { logout }',
  registryImportTemplate: 'query($kind: RegistryImportKind!) { registryImportTemplate(kind: $kind) { fileName contentBase64 } }',
  importRegistry: `mutation($input: ImportRegistryInput!) { importRegistry(input: $input) { dryRun total created errors { line column message } } }`,
  networks: `query { networks(first: 50) { totalCount nodes { ${NETWORK_FIELDS} } } }`,
  network: `query($id: ID!) { network(id: $id) { ${NETWORK_FIELDS} } }`,
  organizationDirectory: 'query($s: String!) { organizationDirectory(search: $s) { id name regionName } }',
  expiringAgreements: `query { expiringAgreements { ${AGREEMENT_FIELDS} } }`,
  agreementFile: 'query($id: ID!) { agreementFile(agreementId: $id) { fileName fileType contentBase64 } }',
  createNetwork: `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { ${NETWORK_FIELDS} } }`,
  updateNetwork: `mutation($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { ${NETWORK_FIELDS} } }`,
  archiveNetwork: 'mutation($id: ID!) { archiveNetwork(id: $id) { id archivedAt } }',
  restoreNetwork: 'mutation($id: ID!) { restoreNetwork(id: $id) { id archivedAt } }',
  addNetworkMember: `mutation($id: ID!, $input: NetworkMemberInput!) { addNetworkMember(networkId: $id, input: $input) { ${NETWORK_FIELDS} } }`,
  updateNetworkMember: `mutation($id: ID!, $input: UpdateNetworkMemberInput!) { updateNetworkMember(memberId: $id, input: $input) { ${NETWORK_FIELDS} } }`,
  removeNetworkMember: `mutation($id: ID!) { removeNetworkMember(memberId: $id) { ${NETWORK_FIELDS} } }`,
  addNetworkEdge: `mutation($id: ID!, $input: NetworkEdgeInput!) { addNetworkEdge(networkId: $id, input: $input) { ${NETWORK_FIELDS} } }`,
  removeNetworkEdge: `mutation($id: ID!) { removeNetworkEdge(edgeId: $id) { ${NETWORK_FIELDS} } }`,
  createAgreement: `mutation($id: ID!, $input: CreateAgreementInput!) { createAgreement(networkId: $id, input: $input) { ${AGREEMENT_FIELDS} } }`,
  updateAgreement: `mutation($id: ID!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, input: $input) { ${AGREEMENT_FIELDS} } }`,
  archiveAgreement: 'mutation($id: ID!) { archiveAgreement(id: $id) { id archivedAt } }',
  restoreAgreement: 'mutation($id: ID!) { restoreAgreement(id: $id) { id archivedAt } }',
  attachAgreementFile: `mutation($id: ID!, $input: AgreementFileInput!) { attachAgreementFile(agreementId: $id, input: $input) { ${AGREEMENT_FIELDS} } }`,
  removeAgreementFile: `mutation($id: ID!) { removeAgreementFile(agreementId: $id) { ${AGREEMENT_FIELDS} } }`,
  associations: `query { associations(first: 100) { totalCount nodes { ${ASSOCIATION_FIELDS} } } }`,
  association: `query($id: ID!) { association(id: $id) { ${ASSOCIATION_FIELDS} } }`,
  createAssociation: `mutation($input: CreateAssociationInput!) { createAssociation(input: $input) { ${ASSOCIATION_FIELDS} } }`,
  updateAssociation: `mutation($id: ID!, $input: UpdateAssociationInput!) { updateAssociation(id: $id, input: $input) { ${ASSOCIATION_FIELDS} } }`,
  archiveAssociation: 'mutation($id: ID!) { archiveAssociation(id: $id) { id archivedAt } }',
  restoreAssociation: 'mutation($id: ID!) { restoreAssociation(id: $id) { id archivedAt } }',
  addAssociationMember: `mutation($id: ID!, $input: AssociationMemberInput!) { addAssociationMember(associationId: $id, input: $input) { ${ASSOCIATION_FIELDS} } }`,
  updateAssociationMember: `mutation($id: ID!, $role: AssociationRole!) { updateAssociationMember(memberId: $id, role: $role) { ${ASSOCIATION_FIELDS} } }`,
  removeAssociationMember: `mutation($id: ID!) { removeAssociationMember(memberId: $id) { ${ASSOCIATION_FIELDS} } }`,
  addAssociationMeeting: `mutation($id: ID!, $input: AssociationMeetingInput!) { addAssociationMeeting(associationId: $id, input: $input) { ${ASSOCIATION_FIELDS} } }`,
  updateAssociationMeeting: `mutation($id: ID!, $input: AssociationMeetingInput!) { updateAssociationMeeting(meetingId: $id, input: $input) { ${ASSOCIATION_FIELDS} } }`,
  mentoringPrograms: `query { mentoringPrograms(first: 100) { totalCount nodes { ${PROGRAM_FIELDS} } } }`,
  mentoringProgram: `query($id: ID!) { mentoringProgram(id: $id) { ${PROGRAM_FIELDS} } }`,
  mentorBase: `query { mentorBase(first: 100) { totalCount nodes { ${PROFILE_FIELDS} } } }`,
  mentorships: `query { mentorships(first: 100) { totalCount nodes { ${MENTORSHIP_FIELDS} } } }`,
  mentorship: `query($id: ID!) { mentorship(id: $id) { ${MENTORSHIP_FIELDS} } }`,
  createMentoringProgram: `mutation($input: CreateProgramInput!) { createMentoringProgram(input: $input) { ${PROGRAM_FIELDS} } }`,
  updateMentoringProgram: `mutation($id: ID!, $input: UpdateProgramInput!) { updateMentoringProgram(id: $id, input: $input) { ${PROGRAM_FIELDS} } }`,
  archiveMentoringProgram: `mutation($id: ID!) { archiveMentoringProgram(id: $id) { ${PROGRAM_FIELDS} } }`,
  restoreMentoringProgram: `mutation($id: ID!) { restoreMentoringProgram(id: $id) { ${PROGRAM_FIELDS} } }`,
  saveMentorProfile: `mutation($id: ID!, $input: MentorProfileInput!) { saveMentorProfile(personId: $id, input: $input) { ${PROFILE_FIELDS} } }`,
  createMentorship: `mutation($id: ID!, $input: CreateMentorshipInput!) { createMentorship(programId: $id, input: $input) { ${MENTORSHIP_FIELDS} } }`,
  updateMentorship: `mutation($id: ID!, $input: UpdateMentorshipInput!) { updateMentorship(id: $id, input: $input) { ${MENTORSHIP_FIELDS} } }`,
  setMentorshipStatus: `mutation($id: ID!, $input: MentorshipStatusInput!) { setMentorshipStatus(id: $id, input: $input) { ${MENTORSHIP_FIELDS} } }`,
  planMentorshipSession: `mutation($id: ID!, $input: PlanSessionInput!) { planMentorshipSession(mentorshipId: $id, input: $input) { ${MENTORSHIP_FIELDS} } }`,
  recordMentorshipSession: `mutation($id: ID!, $input: RecordSessionInput!) { recordMentorshipSession(sessionId: $id, input: $input) { ${MENTORSHIP_FIELDS} } }`,
  diary: 'query($owner: DiaryOwnerInput!) { diary(owner: $owner) { canWrite sharedOnly entries { id mine } } }',
  writeDiaryEntry: 'mutation($input: WriteDiaryEntryInput!) { writeDiaryEntry(input: $input) { id mine } }',
  updateDiaryEntry: 'mutation($id: ID!, $input: UpdateDiaryEntryInput!) { updateDiaryEntry(id: $id, input: $input) { id visibility } }',
  surveys: 'query($p: ID!) { surveys(programId: $p) { id title } }',
  mySurveyTasks: 'query { mySurveyTasks { survey { id } mentorshipId } }',
  surveyResults: 'query($id: ID!) { surveyResults(surveyId: $id) { respondents expected } }',
  createSurvey: 'mutation($p: ID!, $input: CreateSurveyInput!) { createSurvey(programId: $p, input: $input) { id } }',
  closeSurvey: 'mutation($id: ID!) { closeSurvey(id: $id) { id closedAt } }',
  reopenSurvey: 'mutation($id: ID!) { reopenSurvey(id: $id) { id closedAt } }',
  answerSurvey: 'mutation($input: AnswerSurveyInput!) { answerSurvey(input: $input) { id } }',
};

/** A one-row organisations CSV («;» as Russian Excel saves it) for a dry run. */
const orgCsv = (municipality: string) => ({
  input: {
    kind: 'ORGANIZATIONS',
    fileName: 'orgs.csv',
    dryRun: true,
    contentBase64: Buffer.from(`Код;Полное наименование;Вид;Муниципалитет\ntest:${unique()};МБОУ «Проверочная школа»;СОШ;${municipality}\n`).toString('base64'),
  },
});
const PODP = 'Подпорожский муниципальный район';
const TIMASHEVSK = 'Тимашевский район';

const PDF = Buffer.from('%PDF-1.4 соглашение, проверочный экземпляр\n%%EOF\n').toString('base64');
const newNetwork = (coordinatorOrganizationId: string) => ({
  input: { name: `Сеть ${unique()}`, model: 'DISTRIBUTED', coordinatorOrganizationId, startsOn: '2026-01-01' },
});
const newAgreement = (ids: Ids) => ({
  id: ids.netVorkuta,
  input: { number: `Т-${unique()}`, kind: 'PARTNERSHIP', signedOn: '2024-01-10', subject: 'Обмен опытом ШМО', startsOn: '2024-01-10', partyOrganizationIds: [ids.org12, ids.org35] },
});
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
type NetNode = { id: string; canEdit: boolean; members: { id: string; organizationId: string }[]; edges: { id: string }[] };

const newProgram = (host: { organizationId?: string; networkId?: string }) => ({
  input: { name: `Программа ${unique()}`, model: 'TEACHER_TO_TEACHER', forms: ['TRADITIONAL'], startsOn: '2026-09-01', ...host },
});
const newPair = (ids: Ids, menteeId: string) => ({
  id: ids.progVorkuta,
  input: { form: 'TRADITIONAL', mentorIds: [ids.kovaleva], menteeIds: [menteeId], startsOn: '2026-11-01' },
});
const newSession = (ids: Ids) => ({ id: ids.msZhdanovaFilippov, input: { plannedOn: '2027-04-14', format: 'CONSULTATION', topic: 'Итоги года' } });
const heldSession = (ids: Ids) => ({ id: ids.sessionZhdanovaFilippov, input: { heldOn: isoDay(0), durationMinutes: 45, notes: 'Разобрали задания ОГЭ' } });
const MENTEE_CANNOT_LOG = 'Встречи ведут наставники пары и кураторы программы';
type ProgramNode = { id: string; canEdit: boolean; archivedAt: string | null };
type PairNode = { id: string; status: string; canManage: boolean; canLog: boolean; program: { id: string }; sessions: { id: string; plannedOn: string; heldOn: string | null }[] };

const newPerson = (orgId: string) => ({
  input: { lastName: `Тестова${unique()}`, firstName: 'Анна', positions: [{ organizationId: orgId, kind: 'TEACHER' }] },
});

const CASES: Record<keyof typeof Q, OperationCase<Ids>> = {
  me: {
    allowed: { as: 'teacher.filippov', query: Q.me, check: (d) => expect(d['me']).toEqual({ login: 'teacher.filippov' }) },
    anonymous: { query: Q.me, expect: 'PASSES' },
  },
  regions: {
    allowed: { as: 'coordinator.lo', query: Q.regions, check: (d) => expect((d['regions'] as { code: string }[]).map((r) => r.code)).toEqual(['47']) },
    anonymous: { query: Q.regions, expect: 'UNAUTHENTICATED' },
  },
  municipalities: {
    allowed: {
      as: 'methodist.timashevsk',
      query: Q.municipalities,
      check: (d) => expect((d['municipalities'] as { name: string }[]).map((m) => m.name)).toEqual(['Тимашевский район']),
    },
    anonymous: { query: Q.municipalities, expect: 'UNAUTHENTICATED' },
  },
  organizations: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.organizations,
      check: (d, ids) => expect((d['organizations'] as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toEqual([ids.org12]),
    },
    anonymous: { query: Q.organizations, expect: 'UNAUTHENTICATED' },
  },
  organization: {
    allowed: { as: 'school12.vorkuta', query: Q.organization, vars: (ids) => ({ id: ids.org12 }) },
    outOfScope: { as: 'school12.vorkuta', query: Q.organization, vars: (ids) => ({ id: ids.org35 }), code: 'NOT_FOUND' },
    anonymous: { query: Q.organization, vars: (ids) => ({ id: ids.org12 }), expect: 'UNAUTHENTICATED' },
  },
  createOrganization: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.createOrganization,
      vars: (ids) => ({ input: { municipalityId: ids.munPodp, name: `МБОУ «Школа ${unique()}»`, kind: 'SCHOOL' } }),
    },
    outOfScope: {
      as: 'methodist.podporozhye',
      query: Q.createOrganization,
      vars: (ids) => ({ input: { municipalityId: ids.munTimashevsk, name: 'Чужая школа', kind: 'SCHOOL' } }),
      code: 'BAD_USER_INPUT',
    },
    forbidden: { as: 'teacher.filippov', query: Q.createOrganization, vars: (ids) => ({ input: { municipalityId: ids.munPodp, name: 'Школа', kind: 'SCHOOL' } }) },
    anonymous: { query: Q.createOrganization, vars: (ids) => ({ input: { municipalityId: ids.munPodp, name: 'Школа', kind: 'SCHOOL' } }), expect: 'UNAUTHENTICATED' },
  },
  updateOrganization: {
    allowed: { as: 'school12.vorkuta', query: Q.updateOrganization, vars: (ids) => ({ id: ids.org12, input: { website: 'https://sosh12.example.ru' } }) },
    outOfScope: { as: 'school12.vorkuta', query: Q.updateOrganization, vars: (ids) => ({ id: ids.org35, input: { name: 'Захват' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.updateOrganization, vars: (ids) => ({ id: ids.org12, input: { name: 'Захват' } }) },
    anonymous: { query: Q.updateOrganization, vars: (ids) => ({ id: ids.org12, input: { name: 'Захват' } }), expect: 'UNAUTHENTICATED' },
  },
  archiveOrganization: {
    allowed: { as: 'methodist.podporozhye', query: Q.archiveOrganization, vars: (ids) => ({ id: ids.orgPodp9 }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.archiveOrganization, vars: (ids) => ({ id: ids.orgPodp1 }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.archiveOrganization, vars: (ids) => ({ id: ids.org35 }) },
    anonymous: { query: Q.archiveOrganization, vars: (ids) => ({ id: ids.org12 }), expect: 'UNAUTHENTICATED' },
  },
  restoreOrganization: {
    allowed: { as: 'methodist.podporozhye', query: Q.restoreOrganization, vars: (ids) => ({ id: ids.orgPodp9 }) },
    outOfScope: { as: 'school12.vorkuta', query: Q.restoreOrganization, vars: (ids) => ({ id: ids.org35 }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.restoreOrganization, vars: (ids) => ({ id: ids.org12 }) },
    anonymous: { query: Q.restoreOrganization, vars: (ids) => ({ id: ids.org12 }), expect: 'UNAUTHENTICATED' },
  },
  people: {
    allowed: {
      as: 'teacher.filippov',
      query: Q.people,
      check: (d, ids) => expect((d['people'] as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toEqual([ids.filippov]),
    },
    anonymous: { query: Q.people, expect: 'UNAUTHENTICATED' },
  },
  person: {
    allowed: { as: 'coordinator.lo', query: Q.person, vars: (ids) => ({ id: ids.podpMath }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.person, vars: (ids) => ({ id: ids.podpMath }), code: 'NOT_FOUND' },
    anonymous: { query: Q.person, vars: (ids) => ({ id: ids.podpMath }), expect: 'UNAUTHENTICATED' },
  },
  createPerson: {
    allowed: { as: 'school12.vorkuta', query: Q.createPerson, vars: (ids) => newPerson(ids.org12) },
    outOfScope: { as: 'school12.vorkuta', query: Q.createPerson, vars: (ids) => newPerson(ids.org35), code: 'BAD_USER_INPUT' },
    forbidden: { as: 'teacher.filippov', query: Q.createPerson, vars: (ids) => newPerson(ids.org12) },
    anonymous: { query: Q.createPerson, vars: (ids) => newPerson(ids.org12), expect: 'UNAUTHENTICATED' },
  },
  updatePerson: {
    allowed: { as: 'school12.vorkuta', query: Q.updatePerson, vars: (ids) => ({ id: ids.balashova, input: { phone: '+7 900 000-00-00' } }) },
    outOfScope: { as: 'school12.vorkuta', query: Q.updatePerson, vars: (ids) => ({ id: ids.zhdanova, input: { lastName: 'Захват' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.updatePerson, vars: (ids) => ({ id: ids.filippov, input: { lastName: 'Сам' } }) },
    anonymous: { query: Q.updatePerson, vars: (ids) => ({ id: ids.filippov, input: { lastName: 'Аноним' } }), expect: 'UNAUTHENTICATED' },
  },
  archivePerson: {
    allowed: { as: 'coordinator.lo', query: Q.archivePerson, vars: (ids) => ({ id: ids.podpYoung }) },
    outOfScope: { as: 'coordinator.lo', query: Q.archivePerson, vars: (ids) => ({ id: ids.sosh35physics }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.archivePerson, vars: (ids) => ({ id: ids.zhdanova }) },
    anonymous: { query: Q.archivePerson, vars: (ids) => ({ id: ids.zhdanova }), expect: 'UNAUTHENTICATED' },
  },
  restorePerson: {
    allowed: { as: 'coordinator.lo', query: Q.restorePerson, vars: (ids) => ({ id: ids.podpYoung }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.restorePerson, vars: (ids) => ({ id: ids.podpYoung }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.restorePerson, vars: (ids) => ({ id: ids.filippov }) },
    anonymous: { query: Q.restorePerson, vars: (ids) => ({ id: ids.filippov }), expect: 'UNAUTHENTICATED' },
  },
  login: {
    allowed: { as: 'admin', query: Q.login, vars: () => ({ i: { login: 'mentor.zhdanova', password: DEMO_PASSWORD } }) },
    anonymous: { query: Q.login, vars: () => ({ i: { login: 'teacher.filippov', password: DEMO_PASSWORD } }), expect: 'PASSES' },
  },
  logout: {
    // A session of its own (see tokenFor), so logging out does not spoil the other rows.
    allowed: { as: 'mentor.zhdanova', fresh: true, query: Q.logout, check: (d) => expect(d['logout']).toBe(true) },
    anonymous: { query: Q.logout, expect: 'UNAUTHENTICATED' },
  },
  registryImportTemplate: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.registryImportTemplate,
      vars: () => ({ kind: 'PEOPLE' }),
      check: (d) => expect((d['registryImportTemplate'] as { contentBase64: string }).contentBase64.length).toBeGreaterThan(100),
    },
    forbidden: { as: 'school12.vorkuta', query: Q.registryImportTemplate, vars: () => ({ kind: 'PEOPLE' }) },
    anonymous: { query: Q.registryImportTemplate, vars: () => ({ kind: 'PEOPLE' }), expect: 'UNAUTHENTICATED' },
  },
  importRegistry: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.importRegistry,
      vars: () => orgCsv(PODP),
      check: (d) => expect(d['importRegistry']).toMatchObject({ dryRun: true, total: 1, created: 1, errors: [] }),
    },
    // Out of scope is a row error in the report (nothing written), checked in «scopes in detail».
    forbidden: { as: 'school12.vorkuta', query: Q.importRegistry, vars: () => orgCsv(PODP) },
    anonymous: { query: Q.importRegistry, vars: () => orgCsv(PODP), expect: 'UNAUTHENTICATED' },
  },

  networks: {
    allowed: {
      as: 'teacher.filippov',
      query: Q.networks,
      // His school is a member of the Vorkuta network only.
      check: (d, ids) => expect((d['networks'] as { nodes: NetNode[] }).nodes.map((n) => n.id)).toEqual([ids.netVorkuta]),
    },
    anonymous: { query: Q.networks, expect: 'UNAUTHENTICATED' },
  },
  network: {
    allowed: {
      as: 'mentor.zhdanova',
      query: Q.network,
      vars: (ids) => ({ id: ids.netVorkuta }),
      check: (d, ids) => expect(d['network']).toMatchObject({ id: ids.netVorkuta, canEdit: false }),
    },
    outOfScope: { as: 'teacher.filippov', query: Q.network, vars: (ids) => ({ id: ids.netPodp }), code: 'NOT_FOUND' },
    anonymous: { query: Q.network, vars: (ids) => ({ id: ids.netVorkuta }), expect: 'UNAUTHENTICATED' },
  },
  organizationDirectory: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.organizationDirectory,
      vars: () => ({ s: 'Воркут' }),
      // Organisations of any region, for inter-regional networks.
      check: (d, ids) => expect(d['organizationDirectory']).toContainEqual(expect.objectContaining({ id: ids.org12, regionName: 'Республика Коми' })),
    },
    forbidden: { as: 'teacher.filippov', query: Q.organizationDirectory, vars: () => ({ s: 'Воркут' }) },
    anonymous: { query: Q.organizationDirectory, vars: () => ({ s: 'Воркут' }), expect: 'UNAUTHENTICATED' },
  },
  expiringAgreements: {
    allowed: {
      as: 'methodist.timashevsk',
      query: Q.expiringAgreements,
      check: (d) => {
        for (const a of d['expiringAgreements'] as { endsOn: string }[]) {
          expect(a.endsOn >= isoDay(-1) && a.endsOn <= isoDay(91)).toBe(true);
        }
      },
    },
    anonymous: { query: Q.expiringAgreements, expect: 'UNAUTHENTICATED' },
  },
  agreementFile: {
    allowed: {
      as: 'teacher.filippov',
      query: Q.agreementFile,
      vars: (ids) => ({ id: ids.agreementVorkuta }),
      check: (d) => expect(d['agreementFile']).toEqual({ fileName: 'Соглашение.pdf', fileType: 'application/pdf', contentBase64: PDF }),
    },
    outOfScope: { as: 'methodist.podporozhye', query: Q.agreementFile, vars: (ids) => ({ id: ids.agreementVorkuta }), code: 'NOT_FOUND' },
    anonymous: { query: Q.agreementFile, vars: (ids) => ({ id: ids.agreementVorkuta }), expect: 'UNAUTHENTICATED' },
  },
  createNetwork: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.createNetwork,
      vars: (ids) => newNetwork(ids.orgPodp1),
      check: (d, ids) => expect(d['createNetwork']).toMatchObject({ canEdit: true, members: [expect.objectContaining({ organizationId: ids.orgPodp1 })] }),
    },
    outOfScope: { as: 'methodist.podporozhye', query: Q.createNetwork, vars: (ids) => newNetwork(ids.org12), code: 'BAD_USER_INPUT' },
    forbidden: { as: 'teacher.filippov', query: Q.createNetwork, vars: (ids) => newNetwork(ids.org12) },
    anonymous: { query: Q.createNetwork, vars: (ids) => newNetwork(ids.orgPodp1), expect: 'UNAUTHENTICATED' },
  },
  updateNetwork: {
    allowed: { as: 'methodist.podporozhye', query: Q.updateNetwork, vars: (ids) => ({ id: ids.netShared, input: { name: 'Общая сеть (переименована)', goals: 'Цели' } }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.updateNetwork, vars: (ids) => ({ id: ids.netPodp, input: { name: 'Захват' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.updateNetwork, vars: (ids) => ({ id: ids.netVorkuta, input: { name: 'Захват' } }) },
    anonymous: { query: Q.updateNetwork, vars: (ids) => ({ id: ids.netVorkuta, input: { name: 'Захват' } }), expect: 'UNAUTHENTICATED' },
  },
  archiveNetwork: {
    allowed: {
      as: 'coordinator.lo',
      query: Q.archiveNetwork,
      vars: (ids) => ({ id: ids.netSolo }),
      check: (d) => expect((d['archiveNetwork'] as { archivedAt: string | null }).archivedAt).not.toBeNull(),
    },
    outOfScope: { as: 'school12.vorkuta', query: Q.archiveNetwork, vars: (ids) => ({ id: ids.netSolo }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.archiveNetwork, vars: (ids) => ({ id: ids.netVorkuta }) },
    anonymous: { query: Q.archiveNetwork, vars: (ids) => ({ id: ids.netVorkuta }), expect: 'UNAUTHENTICATED' },
  },
  restoreNetwork: {
    allowed: {
      as: 'coordinator.lo',
      query: Q.restoreNetwork,
      vars: (ids) => ({ id: ids.netSolo }),
      check: (d) => expect((d['restoreNetwork'] as { archivedAt: string | null }).archivedAt).toBeNull(),
    },
    // Visible (its ЦРО is a member) but coordinated from Podporozhye.
    outOfScope: { as: 'methodist.timashevsk', query: Q.restoreNetwork, vars: (ids) => ({ id: ids.netShared }), code: 'FORBIDDEN' },
    forbidden: { as: 'teacher.filippov', query: Q.restoreNetwork, vars: (ids) => ({ id: ids.netVorkuta }) },
    anonymous: { query: Q.restoreNetwork, vars: (ids) => ({ id: ids.netVorkuta }), expect: 'UNAUTHENTICATED' },
  },
  addNetworkMember: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.addNetworkMember,
      vars: (ids) => ({ id: ids.netShared, input: { organizationId: ids.orgPodpKomitet, role: 'PARTICIPANT' } }),
      check: (d, ids) => expect((d['addNetworkMember'] as NetNode).members.map((m) => m.organizationId)).toContain(ids.orgPodpKomitet),
    },
    outOfScope: {
      as: 'methodist.timashevsk',
      query: Q.addNetworkMember,
      vars: (ids) => ({ id: ids.netShared, input: { organizationId: ids.orgTimSosh1, role: 'PARTICIPANT' } }),
      code: 'FORBIDDEN',
    },
    forbidden: { as: 'teacher.filippov', query: Q.addNetworkMember, vars: (ids) => ({ id: ids.netVorkuta, input: { organizationId: ids.orgPodp1, role: 'PARTNER' } }) },
    anonymous: { query: Q.addNetworkMember, vars: (ids) => ({ id: ids.netVorkuta, input: { organizationId: ids.orgPodp1, role: 'PARTNER' } }), expect: 'UNAUTHENTICATED' },
  },
  updateNetworkMember: {
    allowed: { as: 'methodist.podporozhye', query: Q.updateNetworkMember, vars: (ids) => ({ id: ids.sharedTimMember, input: { role: 'PARTNER' } }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.updateNetworkMember, vars: (ids) => ({ id: ids.podpSosh8Member, input: { role: 'PARTNER' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.updateNetworkMember, vars: (ids) => ({ id: ids.podpSosh8Member, input: { role: 'PARTNER' } }) },
    anonymous: { query: Q.updateNetworkMember, vars: (ids) => ({ id: ids.podpSosh8Member, input: { role: 'PARTNER' } }), expect: 'UNAUTHENTICATED' },
  },
  removeNetworkMember: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.removeNetworkMember,
      vars: (ids) => ({ id: ids.sharedSosh8Member }),
      check: (d, ids) => expect((d['removeNetworkMember'] as NetNode).members.map((m) => m.id)).not.toContain(ids.sharedSosh8Member),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.removeNetworkMember, vars: (ids) => ({ id: ids.sharedTimMember }), code: 'FORBIDDEN' },
    forbidden: { as: 'teacher.filippov', query: Q.removeNetworkMember, vars: (ids) => ({ id: ids.podpSosh8Member }) },
    anonymous: { query: Q.removeNetworkMember, vars: (ids) => ({ id: ids.podpSosh8Member }), expect: 'UNAUTHENTICATED' },
  },
  addNetworkEdge: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.addNetworkEdge,
      // Level 2 supports level 3.
      vars: (ids) => ({ id: ids.netPodp, input: { fromMemberId: ids.podpSosh4Member, toMemberId: ids.podpSosh1Member, kind: 'SUPPORT' } }),
    },
    outOfScope: {
      as: 'methodist.timashevsk',
      query: Q.addNetworkEdge,
      vars: (ids) => ({ id: ids.netPodp, input: { fromMemberId: ids.podpSosh4Member, toMemberId: ids.podpSosh8Member, kind: 'SUPPORT' } }),
      code: 'NOT_FOUND',
    },
    forbidden: {
      as: 'teacher.filippov',
      query: Q.addNetworkEdge,
      vars: (ids) => ({ id: ids.netPodp, input: { fromMemberId: ids.podpSosh4Member, toMemberId: ids.podpSosh8Member, kind: 'SUPPORT' } }),
    },
    anonymous: {
      query: Q.addNetworkEdge,
      vars: (ids) => ({ id: ids.netPodp, input: { fromMemberId: ids.podpSosh4Member, toMemberId: ids.podpSosh8Member, kind: 'SUPPORT' } }),
      expect: 'UNAUTHENTICATED',
    },
  },
  removeNetworkEdge: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.removeNetworkEdge,
      vars: (ids) => ({ id: ids.sharedEdgeToRemove }),
      check: (d, ids) => expect((d['removeNetworkEdge'] as NetNode).edges.map((e) => e.id)).toEqual([ids.sharedEdgeKept]),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.removeNetworkEdge, vars: (ids) => ({ id: ids.podpEdge }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.removeNetworkEdge, vars: (ids) => ({ id: ids.podpEdge }) },
    anonymous: { query: Q.removeNetworkEdge, vars: (ids) => ({ id: ids.podpEdge }), expect: 'UNAUTHENTICATED' },
  },
  createAgreement: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.createAgreement,
      vars: newAgreement,
      check: (d, ids) => expect((d['createAgreement'] as { parties: { id: string }[] }).parties.map((p) => p.id).sort()).toEqual([ids.org12, ids.org35].sort()),
    },
    outOfScope: { as: 'methodist.podporozhye', query: Q.createAgreement, vars: newAgreement, code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.createAgreement, vars: newAgreement },
    anonymous: { query: Q.createAgreement, vars: newAgreement, expect: 'UNAUTHENTICATED' },
  },
  updateAgreement: {
    allowed: { as: 'school12.vorkuta', query: Q.updateAgreement, vars: (ids) => ({ id: ids.agreementVorkuta, input: { endsOn: '2030-06-30' } }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.updateAgreement, vars: (ids) => ({ id: ids.agreementVorkuta, input: { number: 'Захват' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.updateAgreement, vars: (ids) => ({ id: ids.agreementVorkuta, input: { number: 'Захват' } }) },
    anonymous: { query: Q.updateAgreement, vars: (ids) => ({ id: ids.agreementVorkuta, input: { number: 'Захват' } }), expect: 'UNAUTHENTICATED' },
  },
  archiveAgreement: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.archiveAgreement,
      vars: (ids) => ({ id: ids.agreementFixture }),
      check: (d) => expect((d['archiveAgreement'] as { archivedAt: string | null }).archivedAt).not.toBeNull(),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.archiveAgreement, vars: (ids) => ({ id: ids.agreementFixture }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.archiveAgreement, vars: (ids) => ({ id: ids.agreementFixture }) },
    anonymous: { query: Q.archiveAgreement, vars: (ids) => ({ id: ids.agreementFixture }), expect: 'UNAUTHENTICATED' },
  },
  restoreAgreement: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.restoreAgreement,
      vars: (ids) => ({ id: ids.agreementFixture }),
      check: (d) => expect((d['restoreAgreement'] as { archivedAt: string | null }).archivedAt).toBeNull(),
    },
    outOfScope: { as: 'methodist.podporozhye', query: Q.restoreAgreement, vars: (ids) => ({ id: ids.agreementFixture }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.restoreAgreement, vars: (ids) => ({ id: ids.agreementFixture }) },
    anonymous: { query: Q.restoreAgreement, vars: (ids) => ({ id: ids.agreementFixture }), expect: 'UNAUTHENTICATED' },
  },
  attachAgreementFile: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.attachAgreementFile,
      vars: (ids) => ({ id: ids.agreementFixture, input: { fileName: 'скан.pdf', contentBase64: PDF } }),
      check: (d) => expect(d['attachAgreementFile']).toMatchObject({ fileName: 'скан.pdf' }),
    },
    outOfScope: {
      as: 'methodist.podporozhye',
      query: Q.attachAgreementFile,
      vars: (ids) => ({ id: ids.agreementFixture, input: { fileName: 'скан.pdf', contentBase64: PDF } }),
      code: 'NOT_FOUND',
    },
    forbidden: { as: 'teacher.filippov', query: Q.attachAgreementFile, vars: (ids) => ({ id: ids.agreementFixture, input: { fileName: 'скан.pdf', contentBase64: PDF } }) },
    anonymous: { query: Q.attachAgreementFile, vars: (ids) => ({ id: ids.agreementFixture, input: { fileName: 'скан.pdf', contentBase64: PDF } }), expect: 'UNAUTHENTICATED' },
  },
  removeAgreementFile: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.removeAgreementFile,
      vars: (ids) => ({ id: ids.agreementFixture }),
      check: (d) => expect(d['removeAgreementFile']).toMatchObject({ fileName: null }),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.removeAgreementFile, vars: (ids) => ({ id: ids.agreementVorkuta }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.removeAgreementFile, vars: (ids) => ({ id: ids.agreementVorkuta }) },
    anonymous: { query: Q.removeAgreementFile, vars: (ids) => ({ id: ids.agreementVorkuta }), expect: 'UNAUTHENTICATED' },
  },
  associations: {
    allowed: {
      as: 'teacher.filippov',
      query: Q.associations,
      check: (d, ids) => {
        const nodes = (d['associations'] as { nodes: { id: string }[] }).nodes.map((n) => n.id);
        expect(nodes).not.toContain(ids.assocPodp);
        expect(nodes).toContain(ids.assocVorkuta);
      },
    },
    anonymous: { query: Q.associations, expect: 'UNAUTHENTICATED' },
  },
  association: {
    allowed: { as: 'methodist.podporozhye', query: Q.association, vars: (ids) => ({ id: ids.assocPodp }), check: (d) => expect(d['association']).toMatchObject({ canEdit: true }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.association, vars: (ids) => ({ id: ids.assocPodp }), code: 'NOT_FOUND' },
    anonymous: { query: Q.association, vars: (ids) => ({ id: ids.assocPodp }), expect: 'UNAUTHENTICATED' },
  },
  createAssociation: {
    allowed: { as: 'methodist.podporozhye', query: Q.createAssociation, vars: (ids) => ({ input: { kind: 'WORKING_GROUP', name: `Группа ${unique()}`, municipalityId: ids.munPodp } }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.createAssociation, vars: (ids) => ({ input: { kind: 'WORKING_GROUP', name: 'Чужая', municipalityId: ids.munTimashevsk } }), code: 'BAD_USER_INPUT' },
    forbidden: { as: 'teacher.filippov', query: Q.createAssociation, vars: (ids) => ({ input: { kind: 'SCHOOL_SUBJECT', name: 'ШМО', organizationId: ids.org12 } }) },
    anonymous: { query: Q.createAssociation, vars: (ids) => ({ input: { kind: 'WORKING_GROUP', name: 'X', municipalityId: ids.munPodp } }), expect: 'UNAUTHENTICATED' },
  },
  updateAssociation: {
    allowed: { as: 'methodist.podporozhye', query: Q.updateAssociation, vars: (ids) => ({ id: ids.assocPodp, input: { description: 'Уточнённый план работы' } }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.updateAssociation, vars: (ids) => ({ id: ids.assocPodp, input: { name: 'Захват' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.updateAssociation, vars: (ids) => ({ id: ids.assocVorkuta, input: { name: 'Захват' } }) },
    anonymous: { query: Q.updateAssociation, vars: (ids) => ({ id: ids.assocPodp, input: { name: 'X' } }), expect: 'UNAUTHENTICATED' },
  },
  archiveAssociation: {
    allowed: { as: 'school12.vorkuta', query: Q.archiveAssociation, vars: (ids) => ({ id: ids.assocVorkuta }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.archiveAssociation, vars: (ids) => ({ id: ids.assocVorkuta }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.archiveAssociation, vars: (ids) => ({ id: ids.assocVorkuta }) },
    anonymous: { query: Q.archiveAssociation, vars: (ids) => ({ id: ids.assocVorkuta }), expect: 'UNAUTHENTICATED' },
  },
  restoreAssociation: {
    allowed: { as: 'school12.vorkuta', query: Q.restoreAssociation, vars: (ids) => ({ id: ids.assocVorkuta }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.restoreAssociation, vars: (ids) => ({ id: ids.assocVorkuta }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.restoreAssociation, vars: (ids) => ({ id: ids.assocVorkuta }) },
    anonymous: { query: Q.restoreAssociation, vars: (ids) => ({ id: ids.assocVorkuta }), expect: 'UNAUTHENTICATED' },
  },
  addAssociationMember: {
    allowed: { as: 'methodist.podporozhye', query: Q.addAssociationMember, vars: (ids) => ({ id: ids.assocPodp, input: { personId: ids.podpYoung, role: 'MEMBER' } }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.addAssociationMember, vars: (ids) => ({ id: ids.assocPodp, input: { personId: ids.filippov } }), code: 'BAD_USER_INPUT' },
    forbidden: { as: 'teacher.filippov', query: Q.addAssociationMember, vars: (ids) => ({ id: ids.assocVorkuta, input: { personId: ids.filippov } }) },
    anonymous: { query: Q.addAssociationMember, vars: (ids) => ({ id: ids.assocPodp, input: { personId: ids.podpYoung } }), expect: 'UNAUTHENTICATED' },
  },
  updateAssociationMember: {
    allowed: { as: 'methodist.podporozhye', query: Q.updateAssociationMember, vars: (ids) => ({ id: ids.assocPodpMember, role: 'SECRETARY' }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.updateAssociationMember, vars: (ids) => ({ id: ids.assocPodpMember, role: 'HEAD' }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.updateAssociationMember, vars: (ids) => ({ id: ids.assocPodpMember, role: 'HEAD' }) },
    anonymous: { query: Q.updateAssociationMember, vars: (ids) => ({ id: ids.assocPodpMember, role: 'HEAD' }), expect: 'UNAUTHENTICATED' },
  },
  removeAssociationMember: {
    allowed: { as: 'methodist.podporozhye', query: Q.removeAssociationMember, vars: (ids) => ({ id: ids.assocPodpMember }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.removeAssociationMember, vars: (ids) => ({ id: ids.assocPodpMember }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.removeAssociationMember, vars: (ids) => ({ id: ids.assocPodpMember }) },
    anonymous: { query: Q.removeAssociationMember, vars: (ids) => ({ id: ids.assocPodpMember }), expect: 'UNAUTHENTICATED' },
  },
  addAssociationMeeting: {
    allowed: { as: 'methodist.podporozhye', query: Q.addAssociationMeeting, vars: (ids) => ({ id: ids.assocPodp, input: { heldOn: '2022-03-15', agenda: 'Итоги ВПР' } }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.addAssociationMeeting, vars: (ids) => ({ id: ids.assocPodp, input: { heldOn: '2022-03-15', agenda: 'X' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.addAssociationMeeting, vars: (ids) => ({ id: ids.assocVorkuta, input: { heldOn: '2022-03-15', agenda: 'X' } }) },
    anonymous: { query: Q.addAssociationMeeting, vars: (ids) => ({ id: ids.assocPodp, input: { heldOn: '2022-03-15', agenda: 'X' } }), expect: 'UNAUTHENTICATED' },
  },
  updateAssociationMeeting: {
    allowed: { as: 'methodist.podporozhye', query: Q.updateAssociationMeeting, vars: (ids) => ({ id: ids.assocPodpMeeting, input: { heldOn: '2021-10-20', agenda: 'Исправленная повестка' } }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.updateAssociationMeeting, vars: (ids) => ({ id: ids.assocPodpMeeting, input: { heldOn: '2021-10-20', agenda: 'X' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.updateAssociationMeeting, vars: (ids) => ({ id: ids.assocPodpMeeting, input: { heldOn: '2021-10-20', agenda: 'X' } }) },
    anonymous: { query: Q.updateAssociationMeeting, vars: (ids) => ({ id: ids.assocPodpMeeting, input: { heldOn: '2021-10-20', agenda: 'X' } }), expect: 'UNAUTHENTICATED' },
  },

  mentoringPrograms: {
    allowed: {
      as: 'teacher.filippov',
      query: Q.mentoringPrograms,
      // His school is a member of the Vorkuta network: its programme, nothing of Podporozhye.
      check: (d, ids) => {
        const nodes = (d['mentoringPrograms'] as { nodes: ProgramNode[] }).nodes;
        expect(nodes.map((n) => n.id)).toContain(ids.progVorkuta);
        expect(nodes.map((n) => n.id)).not.toContain(ids.progPodpL2L);
        expect(nodes.every((n) => !n.canEdit)).toBe(true);
      },
    },
    anonymous: { query: Q.mentoringPrograms, expect: 'UNAUTHENTICATED' },
  },
  mentoringProgram: {
    allowed: { as: 'methodist.podporozhye', query: Q.mentoringProgram, vars: (ids) => ({ id: ids.progPodpL2L }), check: (d) => expect(d['mentoringProgram']).toMatchObject({ canEdit: true }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.mentoringProgram, vars: (ids) => ({ id: ids.progPodpL2L }), code: 'NOT_FOUND' },
    anonymous: { query: Q.mentoringProgram, vars: (ids) => ({ id: ids.progPodpL2L }), expect: 'UNAUTHENTICATED' },
  },
  mentorBase: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.mentorBase,
      // People of №12 only: Вокуева, not Жданова of №35.
      check: (d, ids) => {
        const people = (d['mentorBase'] as { nodes: { personId: string }[] }).nodes.map((n) => n.personId);
        expect(people).toContain(ids.vokueva);
        expect(people).not.toContain(ids.zhdanova);
      },
    },
    anonymous: { query: Q.mentorBase, expect: 'UNAUTHENTICATED' },
  },
  mentorships: {
    allowed: {
      as: 'teacher.filippov',
      query: Q.mentorships,
      check: (d, ids) => {
        const nodes = (d['mentorships'] as { nodes: PairNode[] }).nodes;
        expect(nodes.map((n) => n.id)).toContain(ids.msZhdanovaFilippov);
        expect(new Set(nodes.map((n) => n.program.id))).toEqual(new Set([ids.progVorkuta]));
        expect(nodes.every((n) => !n.canManage && !n.canLog)).toBe(true);
      },
    },
    anonymous: { query: Q.mentorships, expect: 'UNAUTHENTICATED' },
  },
  mentorship: {
    allowed: {
      as: 'mentor.zhdanova',
      query: Q.mentorship,
      vars: (ids) => ({ id: ids.msZhdanovaFilippov }),
      // Her own pair: she logs its meetings but does not manage the programme.
      check: (d) => expect(d['mentorship']).toMatchObject({ status: 'ACTIVE', canLog: true, canManage: false }),
    },
    outOfScope: { as: 'methodist.podporozhye', query: Q.mentorship, vars: (ids) => ({ id: ids.msZhdanovaFilippov }), code: 'NOT_FOUND' },
    anonymous: { query: Q.mentorship, vars: (ids) => ({ id: ids.msZhdanovaFilippov }), expect: 'UNAUTHENTICATED' },
  },
  createMentoringProgram: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.createMentoringProgram,
      vars: (ids) => newProgram({ organizationId: ids.orgPodp1 }),
      check: (d) => expect(d['createMentoringProgram']).toMatchObject({ canEdit: true, mentorshipCount: 0 }),
    },
    outOfScope: { as: 'methodist.podporozhye', query: Q.createMentoringProgram, vars: (ids) => newProgram({ organizationId: ids.org12 }), code: 'BAD_USER_INPUT' },
    forbidden: { as: 'teacher.filippov', query: Q.createMentoringProgram, vars: (ids) => newProgram({ organizationId: ids.org12 }) },
    anonymous: { query: Q.createMentoringProgram, vars: (ids) => newProgram({ organizationId: ids.orgPodp1 }), expect: 'UNAUTHENTICATED' },
  },
  updateMentoringProgram: {
    // The Vorkuta network is coordinated by №12.
    allowed: { as: 'school12.vorkuta', query: Q.updateMentoringProgram, vars: (ids) => ({ id: ids.progVorkuta, input: { goals: 'Уточнённые цели на 2026/2027 уч. год' } }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.updateMentoringProgram, vars: (ids) => ({ id: ids.progVorkuta, input: { name: 'Захват' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.updateMentoringProgram, vars: (ids) => ({ id: ids.progVorkuta, input: { name: 'Захват' } }) },
    anonymous: { query: Q.updateMentoringProgram, vars: (ids) => ({ id: ids.progVorkuta, input: { name: 'Захват' } }), expect: 'UNAUTHENTICATED' },
  },
  archiveMentoringProgram: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.archiveMentoringProgram,
      vars: (ids) => ({ id: ids.progFixture }),
      check: (d) => expect((d['archiveMentoringProgram'] as ProgramNode).archivedAt).not.toBeNull(),
    },
    outOfScope: { as: 'school12.vorkuta', query: Q.archiveMentoringProgram, vars: (ids) => ({ id: ids.progFixture }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.archiveMentoringProgram, vars: (ids) => ({ id: ids.progVorkuta }) },
    anonymous: { query: Q.archiveMentoringProgram, vars: (ids) => ({ id: ids.progVorkuta }), expect: 'UNAUTHENTICATED' },
  },
  restoreMentoringProgram: {
    allowed: {
      as: 'methodist.podporozhye',
      query: Q.restoreMentoringProgram,
      vars: (ids) => ({ id: ids.progFixture }),
      check: (d) => expect((d['restoreMentoringProgram'] as ProgramNode).archivedAt).toBeNull(),
    },
    // Visible (his ЦРО is a member of the host network) but the network is coordinated from Podporozhye.
    outOfScope: { as: 'methodist.timashevsk', query: Q.restoreMentoringProgram, vars: (ids) => ({ id: ids.progShared }), code: 'FORBIDDEN' },
    forbidden: { as: 'mentor.zhdanova', query: Q.restoreMentoringProgram, vars: (ids) => ({ id: ids.progVorkuta }) },
    anonymous: { query: Q.restoreMentoringProgram, vars: (ids) => ({ id: ids.progVorkuta }), expect: 'UNAUTHENTICATED' },
  },
  saveMentorProfile: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.saveMentorProfile,
      vars: (ids) => ({ id: ids.balashova, input: { types: ['CURATOR'], directions: ['VPR'], capacity: 2 } }),
      check: (d, ids) => expect(d['saveMentorProfile']).toMatchObject({ personId: ids.balashova, capacity: 2, load: 0, freePlaces: 2 }),
    },
    outOfScope: { as: 'school12.vorkuta', query: Q.saveMentorProfile, vars: (ids) => ({ id: ids.zhdanova, input: { capacity: 5 } }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.saveMentorProfile, vars: (ids) => ({ id: ids.zhdanova, input: { capacity: 10 } }) },
    anonymous: { query: Q.saveMentorProfile, vars: (ids) => ({ id: ids.zhdanova, input: { capacity: 10 } }), expect: 'UNAUTHENTICATED' },
  },
  createMentorship: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.createMentorship,
      // A network programme takes people of every member school: Ковалёва of №35 mentors Петров of №12.
      vars: (ids) => newPair(ids, ids.petrov),
      check: (d, ids) => expect(d['createMentorship']).toMatchObject({ status: 'PLANNED', shape: 'PAIR', canManage: true, mentors: [{ id: ids.kovaleva }], mentees: [{ id: ids.petrov }] }),
    },
    outOfScope: { as: 'school12.vorkuta', query: Q.createMentorship, vars: (ids) => newPair(ids, ids.podpMath), code: 'BAD_USER_INPUT' },
    forbidden: { as: 'teacher.filippov', query: Q.createMentorship, vars: (ids) => newPair(ids, ids.petrov) },
    anonymous: { query: Q.createMentorship, vars: (ids) => newPair(ids, ids.petrov), expect: 'UNAUTHENTICATED' },
  },
  updateMentorship: {
    allowed: { as: 'school12.vorkuta', query: Q.updateMentorship, vars: (ids) => ({ id: ids.msZhdanovaFilippov, input: { outcome: 'Промежуточный итог: ИОМ выполняется' } }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.updateMentorship, vars: (ids) => ({ id: ids.msZhdanovaFilippov, input: { outcome: 'Захват' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.updateMentorship, vars: (ids) => ({ id: ids.msZhdanovaFilippov, input: { outcome: 'Сам себе итог' } }) },
    anonymous: { query: Q.updateMentorship, vars: (ids) => ({ id: ids.msZhdanovaFilippov, input: { outcome: 'X' } }), expect: 'UNAUTHENTICATED' },
  },
  setMentorshipStatus: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.setMentorshipStatus,
      vars: (ids) => ({ id: ids.msFixture, input: { status: 'ACTIVE' } }),
      check: (d) => expect(d['setMentorshipStatus']).toMatchObject({ status: 'ACTIVE' }),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.setMentorshipStatus, vars: (ids) => ({ id: ids.msFixture, input: { status: 'STOPPED', reason: 'Захват' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.setMentorshipStatus, vars: (ids) => ({ id: ids.msZhdanovaFilippov, input: { status: 'COMPLETED' } }) },
    anonymous: { query: Q.setMentorshipStatus, vars: (ids) => ({ id: ids.msFixture, input: { status: 'ACTIVE' } }), expect: 'UNAUTHENTICATED' },
  },
  planMentorshipSession: {
    allowed: {
      as: 'mentor.zhdanova',
      query: Q.planMentorshipSession,
      vars: newSession,
      check: (d) => expect((d['planMentorshipSession'] as PairNode).sessions.map((s) => s.plannedOn)).toContain('2027-04-14'),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.planMentorshipSession, vars: newSession, code: 'NOT_FOUND' },
    // The gate lets every role log meetings; the service lets only the pair's mentors and the programme's managers.
    forbidden: { as: 'teacher.filippov', query: Q.planMentorshipSession, vars: newSession, message: MENTEE_CANNOT_LOG },
    anonymous: { query: Q.planMentorshipSession, vars: newSession, expect: 'UNAUTHENTICATED' },
  },
  recordMentorshipSession: {
    allowed: {
      as: 'mentor.zhdanova',
      query: Q.recordMentorshipSession,
      vars: heldSession,
      check: (d, ids) => expect((d['recordMentorshipSession'] as PairNode).sessions.find((s) => s.id === ids.sessionZhdanovaFilippov)?.heldOn).toBe(isoDay(0)),
    },
    outOfScope: { as: 'methodist.timashevsk', query: Q.recordMentorshipSession, vars: heldSession, code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.recordMentorshipSession, vars: heldSession, message: MENTEE_CANNOT_LOG },
    anonymous: { query: Q.recordMentorshipSession, vars: heldSession, expect: 'UNAUTHENTICATED' },
  },
  diary: {
    allowed: {
      as: 'teacher.filippov',
      query: Q.diary,
      vars: (ids) => ({ owner: { mentorshipId: ids.msZhdanovaFilippov } }),
      check: (d) => expect(d['diary']).toMatchObject({ canWrite: true, sharedOnly: false }),
    },
    outOfScope: { as: 'methodist.podporozhye', query: Q.diary, vars: (ids) => ({ owner: { mentorshipId: ids.msZhdanovaFilippov } }), code: 'NOT_FOUND' },
    anonymous: { query: Q.diary, vars: (ids) => ({ owner: { mentorshipId: ids.msZhdanovaFilippov } }), expect: 'UNAUTHENTICATED' },
  },
  writeDiaryEntry: {
    allowed: { as: 'teacher.filippov', query: Q.writeDiaryEntry, vars: (ids) => ({ input: { owner: { mentorshipId: ids.msZhdanovaFilippov }, writtenOn: isoDay(0), text: 'Посетил урок наставника' } }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.writeDiaryEntry, vars: (ids) => ({ input: { owner: { mentorshipId: ids.msZhdanovaFilippov }, writtenOn: isoDay(0), text: 'X' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'school12.vorkuta', query: Q.writeDiaryEntry, vars: (ids) => ({ input: { owner: { mentorshipId: ids.msZhdanovaFilippov }, writtenOn: isoDay(0), text: 'Координатор' } }) },
    anonymous: { query: Q.writeDiaryEntry, vars: (ids) => ({ input: { owner: { mentorshipId: ids.msZhdanovaFilippov }, writtenOn: isoDay(0), text: 'X' } }), expect: 'UNAUTHENTICATED' },
  },
  updateDiaryEntry: {
    allowed: { as: 'mentor.zhdanova', query: Q.updateDiaryEntry, vars: (ids) => ({ id: ids.diaryEntry, input: { text: 'Дополнила запись', visibility: 'SHARED' } }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.updateDiaryEntry, vars: (ids) => ({ id: ids.diaryEntry, input: { text: 'X' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.updateDiaryEntry, vars: (ids) => ({ id: ids.diaryEntry, input: { text: 'Чужая правка' } }) },
    anonymous: { query: Q.updateDiaryEntry, vars: (ids) => ({ id: ids.diaryEntry, input: { text: 'X' } }), expect: 'UNAUTHENTICATED' },
  },
  surveys: {
    allowed: { as: 'mentor.zhdanova', query: Q.surveys, vars: (ids) => ({ p: ids.progVorkuta }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.surveys, vars: (ids) => ({ p: ids.progVorkuta }), code: 'NOT_FOUND' },
    anonymous: { query: Q.surveys, vars: (ids) => ({ p: ids.progVorkuta }), expect: 'UNAUTHENTICATED' },
  },
  mySurveyTasks: {
    allowed: {
      as: 'teacher.filippov',
      query: Q.mySurveyTasks,
      check: (d, ids) => expect(d['mySurveyTasks']).toContainEqual({ survey: { id: ids.surveyVorkuta }, mentorshipId: ids.msZhdanovaFilippov }),
    },
    anonymous: { query: Q.mySurveyTasks, expect: 'UNAUTHENTICATED' },
  },
  surveyResults: {
    allowed: { as: 'school12.vorkuta', query: Q.surveyResults, vars: (ids) => ({ id: ids.surveyVorkuta }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.surveyResults, vars: (ids) => ({ id: ids.surveyVorkuta }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.surveyResults, vars: (ids) => ({ id: ids.surveyVorkuta }) },
    anonymous: { query: Q.surveyResults, vars: (ids) => ({ id: ids.surveyVorkuta }), expect: 'UNAUTHENTICATED' },
  },
  createSurvey: {
    allowed: { as: 'school12.vorkuta', query: Q.createSurvey, vars: (ids) => ({ p: ids.progVorkuta, input: { title: `Анкета ${unique()}`, questions: [{ text: 'Польза встреч', type: 'SCALE' }] } }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.createSurvey, vars: (ids) => ({ p: ids.progVorkuta, input: { title: 'X', questions: [{ text: 'X', type: 'TEXT' }] } }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.createSurvey, vars: (ids) => ({ p: ids.progVorkuta, input: { title: 'X', questions: [{ text: 'X', type: 'TEXT' }] } }) },
    anonymous: { query: Q.createSurvey, vars: (ids) => ({ p: ids.progVorkuta, input: { title: 'X', questions: [{ text: 'X', type: 'TEXT' }] } }), expect: 'UNAUTHENTICATED' },
  },
  closeSurvey: {
    allowed: { as: 'school12.vorkuta', query: Q.closeSurvey, vars: (ids) => ({ id: ids.surveyVorkuta }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.closeSurvey, vars: (ids) => ({ id: ids.surveyVorkuta }), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.closeSurvey, vars: (ids) => ({ id: ids.surveyVorkuta }) },
    anonymous: { query: Q.closeSurvey, vars: (ids) => ({ id: ids.surveyVorkuta }), expect: 'UNAUTHENTICATED' },
  },
  reopenSurvey: {
    allowed: { as: 'school12.vorkuta', query: Q.reopenSurvey, vars: (ids) => ({ id: ids.surveyVorkuta }), check: (d) => expect(d['reopenSurvey']).toMatchObject({ closedAt: null }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.reopenSurvey, vars: (ids) => ({ id: ids.surveyVorkuta }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.reopenSurvey, vars: (ids) => ({ id: ids.surveyVorkuta }) },
    anonymous: { query: Q.reopenSurvey, vars: (ids) => ({ id: ids.surveyVorkuta }), expect: 'UNAUTHENTICATED' },
  },
  answerSurvey: {
    allowed: { as: 'mentor.zhdanova', query: Q.answerSurvey, vars: (ids) => ({ input: { surveyId: ids.surveyVorkuta, mentorshipId: ids.msZhdanovaFilippov, answers: [{ key: 'q1', scale: 5 }] } }) },
    outOfScope: {
      as: 'methodist.podporozhye',
      query: Q.answerSurvey,
      vars: (ids) => ({ input: { surveyId: ids.surveyVorkuta, mentorshipId: ids.msZhdanovaFilippov, answers: [{ key: 'q1', scale: 5 }] } }),
      code: 'NOT_FOUND',
    },
    forbidden: { as: 'school12.vorkuta', query: Q.answerSurvey, vars: (ids) => ({ input: { surveyId: ids.surveyVorkuta, mentorshipId: ids.msZhdanovaFilippov, answers: [{ key: 'q1', scale: 5 }] } }) },
    anonymous: { query: Q.answerSurvey, vars: (ids) => ({ input: { surveyId: ids.surveyVorkuta, mentorshipId: ids.msZhdanovaFilippov, answers: [{ key: 'q1', scale: 5 }] } }), expect: 'UNAUTHENTICATED' },
  },
};

describe('authorization: every operation × (in scope, out of scope, no permission, anonymous)', () => {
  let t: TestApp;
  let ids: Ids;
  const tokens = new Tokens(() => t);
  const tokenFor = (login: Login, fresh = false): Promise<string> => tokens.for(login, fresh);

  beforeAll(async () => {
    t = await startTestApp();
    const mun = async (name: string) => ((await t.db.query('SELECT id FROM municipality WHERE name = $1', [name])) as { id: string }[])[0].id;
    const region = ((await t.db.query(`SELECT id FROM region WHERE code = '47'`)) as { id: string }[])[0].id;
    ids = {
      org12: await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12'),
      org35: await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-35'),
      orgPodp1: await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1'),
      orgPodp9: await idOf(t.db, 'organization', 'demo:org:47-podp-oosh-9'),
      filippov: await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math'),
      zhdanova: await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh35-math'),
      balashova: await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-balashova'),
      sosh35physics: await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh35-physics'),
      podpMath: await idOf(t.db, 'person', 'demo:person:47-podp-sosh1-math'),
      podpYoung: await idOf(t.db, 'person', 'demo:person:47-podp-sosh3-young'),
      munPodp: await mun('Подпорожский муниципальный район'),
      munTimashevsk: await mun('Тимашевский район'),
      region47: region,
      ...(await networkFixtures()),
      ...(await associationFixtures()),
    } as Ids;
    Object.assign(ids, await mentoringFixtures(ids));
  });

  /** Demo mentoring, and fixtures written straight to the database. */
  const mentoringFixtures = async (known: Ids) => {
    const one = async (sql: string, params: unknown[]): Promise<string> => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
    const program = (key: string) => one('SELECT id FROM mentoring_program WHERE external_id = $1', [key]);
    const person = (key: string) => idOf(t.db, 'person', `demo:person:${key}`);
    const progVorkuta = await program('demo:mentoring:vorkuta-teacher-to-teacher');
    const msZhdanovaFilippov = await one('SELECT id FROM mentorship WHERE external_id = $1', ['demo:mentorship:vorkuta-2026-zhdanova-filippov']);
    const [vokueva, petrov, kovaleva, martynova] = await Promise.all(
      ['11-vorkuta-sosh12-shmo-hum', '11-vorkuta-sosh12-petrov', '11-vorkuta-sosh35-director', '11-vorkuta-sosh35-deputy'].map(person),
    );
    await t.db.query(`INSERT INTO mentor_profile (person_id, types, capacity) VALUES ($1, '{CLASSIC}', 5)`, [kovaleva]);
    const addProgram = (name: string, host: 'organization_id' | 'network_id', hostId: string) =>
      one(`INSERT INTO mentoring_program (name, model, forms, ${host}, starts_on) VALUES ($1, 'TEACHER_TO_TEACHER', '{TRADITIONAL}', $2, '2026-09-01') RETURNING id`, [name, hostId]);
    const msFixture = await one(`INSERT INTO mentorship (program_id, form, starts_on) VALUES ($1, 'TRADITIONAL', '2026-12-01') RETURNING id`, [progVorkuta]);
    await t.db.query(`INSERT INTO mentorship_participant (mentorship_id, person_id, side) VALUES ($1, $2, 'MENTOR'), ($1, $3, 'MENTEE')`, [msFixture, martynova, petrov]);
    return {
      progPodpL2L: await program('demo:mentoring:podporozhye-leader-to-leader'),
      progVorkuta,
      msZhdanovaFilippov,
      sessionZhdanovaFilippov: await one('SELECT id FROM mentorship_session WHERE mentorship_id = $1 AND held_on IS NULL ORDER BY planned_on LIMIT 1', [msZhdanovaFilippov]),
      progFixture: await addProgram('Программа СОШ №3 (фикстура)', 'organization_id', known.orgPodp3),
      progShared: await addProgram('Программа общей сети (фикстура)', 'network_id', known.netShared),
      msFixture,
      diaryEntry: await one(
        `INSERT INTO diary_entry (mentorship_id, author_person_id, written_on, text) SELECT $1, person_id, '2026-10-01', 'Запись наставника'
           FROM mentorship_participant WHERE mentorship_id = $1 AND side = 'MENTOR' LIMIT 1 RETURNING id`,
        [msZhdanovaFilippov],
      ),
      surveyVorkuta: await one(
        `INSERT INTO survey (program_id, title, questions) VALUES ($1, 'Анкета пары (фикстура)', '[{"key":"q1","text":"Польза встреч","type":"SCALE"}]') RETURNING id`,
        [progVorkuta],
      ),
      vokueva,
      petrov,
      kovaleva,
    };
  };

  /** Demo associations: a Podporozhye РМО (a member who is not its head, a meeting) and the Vorkuta №12 creative group. */
  const associationFixtures = async () => {
    const one = async (sql: string, params: unknown[]): Promise<string> => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
    const assocPodp = await one('SELECT id FROM association WHERE external_id = $1', ['demo:association:podporozhye-rmo-math']);
    return {
      assocPodp,
      assocPodpMember: await one(`SELECT id FROM association_member WHERE association_id = $1 AND role <> 'HEAD' ORDER BY id LIMIT 1`, [assocPodp]),
      assocPodpMeeting: await one('SELECT id FROM association_meeting WHERE association_id = $1 ORDER BY held_on LIMIT 1', [assocPodp]),
      assocVorkuta: await one('SELECT id FROM association WHERE external_id = $1', ['demo:association:vorkuta-sosh12-creative-group']),
    };
  };

  /** Ids of the demo networks, and fixtures written straight to the database (no API call behind them). */
  const networkFixtures = async () => {
    const one = async (sql: string, params: unknown[]): Promise<string> => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
    const net = (key: string) => one('SELECT id FROM network WHERE external_id = $1', [key]);
    const org = (key: string) => idOf(t.db, 'organization', key);
    const member = (networkId: string, organizationId: string) =>
      one('SELECT id FROM network_member WHERE network_id = $1 AND organization_id = $2', [networkId, organizationId]);
    const addMember = (networkId: string, organizationId: string, role: string) =>
      one('INSERT INTO network_member (network_id, organization_id, role) VALUES ($1, $2, $3) RETURNING id', [networkId, organizationId, role]);
    const addEdge = (networkId: string, from: string, to: string, kind: string) =>
      one('INSERT INTO network_edge (network_id, from_member_id, to_member_id, kind) VALUES ($1, $2, $3, $4) RETURNING id', [networkId, from, to, kind]);
    const addNetwork = (name: string, model: string, coordinator: string) =>
      one(`INSERT INTO network (name, model, coordinator_organization_id, starts_on) VALUES ($1, $2, $3, '2025-09-01') RETURNING id`, [name, model, coordinator]);

    const [orgPodp1, orgPodp3, orgPodp8, orgPodpKomitet, orgTimCro, orgTimSosh1] = await Promise.all(
      ['47-podp-sosh-1', '47-podp-sosh-3', '47-podp-sosh-8', '47-podp-komitet', '23-tim-cro', '23-tim-sosh-1'].map((k) => org(`demo:org:${k}`)),
    );
    const netPodp = await net('demo:network:podporozhye-shkola-shkole');
    const netVorkuta = await net('demo:network:vorkuta-sosh12-sosh35');
    const podpSosh3Member = await member(netPodp, orgPodp3);
    const podpSosh1Member = await member(netPodp, orgPodp1);
    const podpEdge = await one(`SELECT id FROM network_edge WHERE network_id = $1 AND from_member_id = $2 AND kind = 'SUPPORT' LIMIT 1`, [netPodp, podpSosh3Member]);

    const netShared = await addNetwork('Общая сеть Подпорожья и Тимашевска', 'DISTRIBUTED', orgPodp1);
    const sharedCoordinator = await addMember(netShared, orgPodp1, 'COORDINATOR');
    const sharedTimMember = await addMember(netShared, orgTimCro, 'PARTICIPANT');
    const sharedSosh8Member = await addMember(netShared, orgPodp8, 'PARTICIPANT');
    const sharedEdgeToRemove = await addEdge(netShared, sharedCoordinator, sharedTimMember, 'SUPPORT');
    const sharedEdgeKept = await addEdge(netShared, sharedCoordinator, sharedTimMember, 'CONSULT');
    const netSolo = await addNetwork('Сеть одной школы', 'MIXED', orgPodp3);
    await addMember(netSolo, orgPodp3, 'COORDINATOR');

    const agreementVorkuta = await one('SELECT id FROM agreement WHERE external_id = $1', ['demo:agreement:vorkuta-sosh12-sosh35-2022']);
    await t.db.query(`UPDATE agreement SET file_name = 'Соглашение.pdf', file_type = 'application/pdf', file_size = $2 WHERE id = $1`, [agreementVorkuta, Buffer.from(PDF, 'base64').length]);
    await t.db.query('INSERT INTO agreement_file (agreement_id, content) VALUES ($1, $2)', [agreementVorkuta, Buffer.from(PDF, 'base64')]);
    const agreementFixture = await one(
      `INSERT INTO agreement (network_id, number, kind, signed_on, subject, starts_on) VALUES ($1, 'Ф-1', 'PARTNERSHIP', '2023-01-10', 'Фикстура', '2023-01-10') RETURNING id`,
      [netVorkuta],
    );
    const org12 = await org('demo:org:11-vorkuta-sosh-12');
    const org35 = await org('demo:org:11-vorkuta-sosh-35');
    await t.db.query('INSERT INTO agreement_party (agreement_id, organization_id) VALUES ($1, $2), ($1, $3)', [agreementFixture, org12, org35]);
    return {
      orgPodp3,
      orgPodpKomitet,
      orgTimCro,
      orgTimSosh1,
      netPodp,
      netVorkuta,
      netShared,
      netSolo,
      podpSosh1Member,
      podpSosh4Member: await member(netPodp, await org('demo:org:47-podp-sosh-4')),
      podpSosh8Member: await member(netPodp, orgPodp8),
      podpEdge,
      sharedTimMember,
      sharedSosh8Member,
      sharedEdgeToRemove,
      sharedEdgeKept,
      agreementVorkuta,
      agreementFixture,
    };
  };
  afterAll(() => t.close());

  it('has a row for every query and mutation the schema serves', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const served = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()) : [])).sort();
    expect([...Object.keys(CASES), ...DOMAIN_TABLE_OPERATIONS].sort()).toEqual(served);
  });

  describeOperationCases(CASES, () => ({ t, fixtures: ids, tokens }));

  describe('scopes in detail', () => {
    it('shows the teacher only himself in people and only his school in organizations', async () => {
      const token = await tokenFor('teacher.filippov');
      const people = await t.gql<{ people: { totalCount: number; nodes: { id: string }[] } }>(Q.people, {}, token);
      expect(people.data!.people.totalCount).toBe(1);
      expect(people.data!.people.nodes.map((n) => n.id)).toEqual([ids.filippov]);
      const orgs = await t.gql<{ organizations: { totalCount: number; nodes: { id: string }[] } }>(Q.organizations, {}, token);
      expect(orgs.data!.organizations.nodes.map((n) => n.id)).toEqual([ids.org12]);
      expect(orgs.data!.organizations.totalCount).toBe(1);
    });

    it('shows the teacher his school’s card with only himself on the staff', async () => {
      const token = await tokenFor('teacher.filippov');
      const r = await t.gql<{ organization: { id: string; staff: { person: { id: string } | null }[] } }>(
        'query($id: ID!) { organization(id: $id) { id staff { person { id } } } }',
        { id: ids.org12 },
        token,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.organization.staff.map((s) => s.person?.id)).toEqual([ids.filippov]);
      const colleague = await t.gql(Q.person, { id: ids.balashova }, token);
      expect(codeOf(colleague)).toBe('NOT_FOUND');
      const other = await t.gql(Q.organization, { id: ids.org35 }, token);
      expect(codeOf(other)).toBe('NOT_FOUND');
    });

    it('lets the org admin of Vorkuta №12 see №12 and its whole staff, but not №35', async () => {
      const token = await tokenFor('school12.vorkuta');
      const r = await t.gql<{ organization: { staff: { person: { id: string } | null }[] } }>(
        'query($id: ID!) { organization(id: $id) { staff { person { id } } } }',
        { id: ids.org12 },
        token,
      );
      const expected: { person_id: string }[] = await t.db.query(
        `SELECT DISTINCT p.person_id FROM position p JOIN person pe ON pe.id = p.person_id WHERE p.organization_id = $1 AND pe.archived_at IS NULL`,
        [ids.org12],
      );
      const seen = new Set(r.data!.organization.staff.map((s) => s.person?.id));
      expect(seen).toEqual(new Set(expected.map((e) => e.person_id)));
      expect(seen.has(ids.filippov)).toBe(true);
      expect(codeOf(await t.gql(Q.organization, { id: ids.org35 }, token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(Q.person, { id: ids.zhdanova }, token))).toBe('NOT_FOUND');
    });

    it('keeps methodist.timashevsk away from a Podporozhye person and out of the Podporozhye lists', async () => {
      const token = await tokenFor('methodist.timashevsk');
      expect(codeOf(await t.gql(Q.person, { id: ids.podpMath }, token))).toBe('NOT_FOUND');
      const people = await t.gql<{ people: { nodes: { id: string }[] } }>(Q.people, {}, token);
      expect(people.data!.people.nodes.map((n) => n.id)).not.toContain(ids.podpMath);
      const orgs = await t.gql<{ organizations: { nodes: { id: string }[] } }>(Q.organizations, {}, token);
      expect(orgs.data!.organizations.nodes.map((n) => n.id)).not.toContain(ids.orgPodp1);
    });

    it('reports an import row in another municipality as out of scope and writes nothing', async () => {
      const token = await tokenFor('methodist.podporozhye');
      const before: { n: string }[] = await t.db.query('SELECT count(*) AS n FROM organization');
      const vars = orgCsv(TIMASHEVSK);
      const r = await t.gql<{ importRegistry: { created: number; errors: { line: number; column: string | null; message: string }[] } }>(
        Q.importRegistry,
        { input: { ...vars.input, dryRun: false } },
        token,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.importRegistry.errors).toEqual([{ line: 2, column: 'Муниципалитет', message: 'Муниципалитет вне вашей зоны ответственности' }]);
      expect(await t.db.query('SELECT count(*) AS n FROM organization')).toEqual(before);
    });

    it('lets coordinator.lo read all of region 47 and nothing else', async () => {
      const token = await tokenFor('coordinator.lo');
      const expected: { id: string }[] = await t.db.query(
        `SELECT DISTINCT pe.id FROM person pe JOIN position p ON p.person_id = pe.id JOIN organization o ON o.id = p.organization_id
           JOIN municipality m ON m.id = o.municipality_id WHERE m.region_id = $1 AND pe.archived_at IS NULL`,
        [ids.region47],
      );
      const people = await t.gql<{ people: { totalCount: number; nodes: { id: string }[] } }>(Q.people, {}, token);
      expect(people.data!.people.totalCount).toBe(expected.length);
      expect(new Set(people.data!.people.nodes.map((n) => n.id))).toEqual(new Set(expected.map((e) => e.id)));
      const card = await t.gql<{ person: { id: string } }>(Q.person, { id: ids.podpMath }, token);
      expect(card.data!.person.id).toBe(ids.podpMath);
      expect(codeOf(await t.gql(Q.person, { id: ids.filippov }, token))).toBe('NOT_FOUND');
    });

    it('shows teacher.filippov the Vorkuta network (his school is a member) and not the Podporozhye one', async () => {
      const token = await tokenFor('teacher.filippov');
      const list = await t.gql<{ networks: { totalCount: number; nodes: NetNode[] } }>(Q.networks, {}, token);
      expect(list.data!.networks.nodes.map((n) => n.id)).toEqual([ids.netVorkuta]);
      expect(list.data!.networks.totalCount).toBe(1);
      const vorkuta = await t.gql<{ network: NetNode }>(Q.network, { id: ids.netVorkuta }, token);
      expect(vorkuta.errors).toBeUndefined();
      expect(vorkuta.data!.network.canEdit).toBe(false);
      expect(vorkuta.data!.network.members.map((m) => m.organizationId)).toEqual(expect.arrayContaining([ids.org12, ids.org35]));
      expect(codeOf(await t.gql(Q.network, { id: ids.netPodp }, token))).toBe('NOT_FOUND');
    });

    it('shows mentor.zhdanova (school №35) the Vorkuta network and nothing of Podporozhye', async () => {
      const token = await tokenFor('mentor.zhdanova');
      const list = await t.gql<{ networks: { nodes: NetNode[] } }>(Q.networks, {}, token);
      expect(list.data!.networks.nodes.map((n) => n.id)).toEqual([ids.netVorkuta]);
      expect(codeOf(await t.gql(Q.network, { id: ids.netPodp }, token))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(Q.network, { id: ids.netShared }, token))).toBe('NOT_FOUND');
    });

    it('lets methodist.timashevsk see a network his ЦРО belongs to but change nothing in it (FORBIDDEN, nothing written)', async () => {
      const token = await tokenFor('methodist.timashevsk');
      const seen = await t.gql<{ network: NetNode }>(Q.network, { id: ids.netShared }, token);
      expect(seen.errors).toBeUndefined();
      expect(seen.data!.network.canEdit).toBe(false);
      const snapshot = async () =>
        t.db.query(
          `SELECT (SELECT row_to_json(n) FROM network n WHERE n.id = $1) AS network,
                  (SELECT json_agg(m ORDER BY m.id) FROM network_member m WHERE m.network_id = $1) AS members,
                  (SELECT json_agg(e ORDER BY e.id) FROM network_edge e WHERE e.network_id = $1) AS edges,
                  (SELECT count(*) FROM network) AS networks,
                  (SELECT count(*) FROM audit_log WHERE entity_type = 'network') AS audit`,
          [ids.netShared],
        );
      const before = await snapshot();
      const tim = seen.data!.network.members.find((m) => m.organizationId === ids.orgTimCro)!;
      const attempts: [string, Record<string, unknown>][] = [
        [Q.updateNetwork, { id: ids.netShared, input: { name: 'Захват' } }],
        [Q.archiveNetwork, { id: ids.netShared }],
        [Q.addNetworkMember, { id: ids.netShared, input: { organizationId: ids.orgTimSosh1, role: 'PARTICIPANT' } }],
        [Q.updateNetworkMember, { id: tim.id, input: { role: 'COORDINATOR' } }],
        [Q.removeNetworkMember, { id: tim.id }],
        [Q.addNetworkEdge, { id: ids.netShared, input: { fromMemberId: tim.id, toMemberId: seen.data!.network.members[0].id, kind: 'CONSULT' } }],
        [Q.removeNetworkEdge, { id: seen.data!.network.edges[0].id }],
        [Q.createAgreement, { id: ids.netShared, input: { ...newAgreement(ids).input, partyOrganizationIds: [ids.orgTimCro, ids.orgPodp1] } }],
      ];
      for (const [query, vars] of attempts) {
        const r = await t.gql(query, vars, token);
        expect([query, codeOf(r), r.errors?.[0]?.message]).toEqual([query, 'FORBIDDEN', 'Изменять сеть может только её координатор']);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('lets methodist.timashevsk see a mentoring programme of a network his ЦРО belongs to but change nothing (FORBIDDEN, nothing written)', async () => {
      const token = await tokenFor('methodist.timashevsk');
      const seen = await t.gql<{ mentoringProgram: ProgramNode }>(Q.mentoringProgram, { id: ids.progShared }, token);
      expect(seen.errors).toBeUndefined();
      expect(seen.data!.mentoringProgram.canEdit).toBe(false);
      const snapshot = async () =>
        t.db.query(
          `SELECT (SELECT row_to_json(p) FROM mentoring_program p WHERE p.id = $1) AS program,
                  (SELECT count(*) FROM mentorship WHERE program_id = $1) AS mentorships,
                  (SELECT count(*) FROM audit_log) AS audit`,
          [ids.progShared],
        );
      const before = await snapshot();
      const [a, b] = ((await t.db.query(
        `SELECT p.person_id AS id FROM position p WHERE p.organization_id = $1 ORDER BY p.person_id LIMIT 2`,
        [ids.orgTimCro],
      )) as { id: string }[]).map((r) => r.id);
      const attempts: [string, Record<string, unknown>][] = [
        [Q.updateMentoringProgram, { id: ids.progShared, input: { name: 'Захват' } }],
        [Q.archiveMentoringProgram, { id: ids.progShared }],
        [Q.createMentorship, { id: ids.progShared, input: { form: 'TRADITIONAL', mentorIds: [a], menteeIds: [b], startsOn: '2026-11-01' } }],
      ];
      for (const [query, vars] of attempts) {
        const r = await t.gql(query, vars, token);
        expect([query, codeOf(r), r.errors?.[0]?.message]).toEqual([query, 'FORBIDDEN', 'Изменять программу может тот, кто отвечает за её организацию или координирует её сеть']);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('keeps the Podporozhye network away from methodist.timashevsk: not listed, NOT_FOUND', async () => {
      const token = await tokenFor('methodist.timashevsk');
      const list = await t.gql<{ networks: { nodes: NetNode[] } }>(Q.networks, {}, token);
      const listed = list.data!.networks.nodes.map((n) => n.id);
      expect(listed).toContain(ids.netShared);
      expect(listed).not.toContain(ids.netPodp);
      expect(codeOf(await t.gql(Q.network, { id: ids.netPodp }, token))).toBe('NOT_FOUND');
    });
  });
});

import { OperationCases } from '../support/operation-cases';
import { isoDay } from '../support/route-fixtures';

/** Fixture routes of Филиппов (Vorkuta №12), one per state the rows need; written straight to the database. */
export interface RouteFixtures {
  filippov: string;
  sh21: string;
  sh33: string;
  /** DRAFT with two steps (one removed by a row) — read, edited, archived. */
  draft: string;
  draftStep: string;
  removableStep: string;
  draftToSubmit: string;
  onApproval: string;
  onApprovalToReturn: string;
  approved: string;
  /** IN_PROGRESS: a planned step and a step with a PDF attached. */
  inProgress: string;
  planStep: string;
  fileStep: string;
  /** IN_PROGRESS with every step done. */
  readyToComplete: string;
  archived: string;
  toArchive: string;
}

const R = 'id status canEdit canApprove progress';
const Q = {
  learningRoutes: `query { learningRoutes(first: 50) { totalCount nodes { ${R} } } }`,
  learningRoute: `query($id: ID!) { learningRoute(id: $id) { ${R} competences { code } steps { id } journal { text } } }`,
  myLearningRoutes: `query { myLearningRoutes { ${R} } }`,
  routeCompetenceOptions: `query { routeCompetenceOptions(frameworkCode: "SHADRIKOV") { id code } }`,
  routeDeficitOptions: `query($p: ID!) { routeDeficitOptions(personId: $p) { code level } }`,
  proposeRouteSteps: `query($p: ID!, $c: [ID!]!) { proposeRouteSteps(personId: $p, competenceIds: $c) { kind competenceIds } }`,
  routeEffectiveness: `query($id: ID!) { routeEffectiveness(routeId: $id) { code beforeScore } }`,
  routeAchievements: `query($p: ID!) { routeAchievements(personId: $p) { fullName routes { id progress products { title } } } }`,
  routeMentorshipOptions: `query($id: ID!) { routeMentorshipOptions(routeId: $id) { id mentorNames } }`,
  sharedAchievements: `query { sharedAchievements(first: 100) { totalCount nodes { personId fullName sharedRoutes completedSteps } } }`,
  routeStepEvidenceFile: `query($id: ID!) { routeStepEvidenceFile(stepId: $id) { fileName fileType } }`,
  createLearningRoute: `mutation($input: CreateRouteInput!) { createLearningRoute(input: $input) { ${R} } }`,
  updateLearningRoute: `mutation($id: ID!, $input: UpdateRouteInput!) { updateLearningRoute(id: $id, input: $input) { ${R} title } }`,
  archiveLearningRoute: `mutation($id: ID!) { archiveLearningRoute(id: $id) { ${R} archivedAt } }`,
  restoreLearningRoute: `mutation($id: ID!) { restoreLearningRoute(id: $id) { ${R} archivedAt } }`,
  addRouteStep: `mutation($id: ID!, $input: RouteStepInput!) { addRouteStep(routeId: $id, input: $input) { ${R} steps { id } } }`,
  updateRouteStep: `mutation($id: ID!, $input: UpdateRouteStepInput!) { updateRouteStep(stepId: $id, input: $input) { ${R} } }`,
  moveRouteStep: `mutation($id: ID!) { moveRouteStep(stepId: $id, input: { position: 1 }) { ${R} } }`,
  removeRouteStep: `mutation($id: ID!) { removeRouteStep(stepId: $id) { ${R} } }`,
  submitLearningRoute: `mutation($id: ID!) { submitLearningRoute(id: $id) { ${R} } }`,
  approveLearningRoute: `mutation($id: ID!) { approveLearningRoute(id: $id) { ${R} } }`,
  returnLearningRoute: `mutation($id: ID!) { returnLearningRoute(id: $id, input: { comment: "Уточните сроки" }) { ${R} returnComment } }`,
  startLearningRoute: `mutation($id: ID!) { startLearningRoute(id: $id) { ${R} } }`,
  completeLearningRoute: `mutation($id: ID!) { completeLearningRoute(id: $id) { ${R} } }`,
  setRouteStepStatus: `mutation($id: ID!, $input: RouteStepStatusInput!) { setRouteStepStatus(stepId: $id, input: $input) { ${R} } }`,
  attachRouteStepEvidence: `mutation($id: ID!) { attachRouteStepEvidence(stepId: $id, input: { url: "https://example.org/report" }) { ${R} } }`,
  setRouteStepReflection: `mutation($id: ID!) { setRouteStepReflection(stepId: $id, input: { reflection: "Получилось" }) { ${R} } }`,
  addRouteJournalEntry: `mutation($id: ID!, $input: RouteJournalInput!) { addRouteJournalEntry(routeId: $id, input: $input) { ${R} } }`,
  setRouteSharing: `mutation($id: ID!) { setRouteSharing(routeId: $id, shared: true) { ${R} sharedInNetwork } }`,
};

const ids = (f: RouteFixtures, key: keyof RouteFixtures) => ({ id: f[key] });
const newRoute = (f: RouteFixtures) => ({ input: { personId: f.filippov, title: 'ИОМ', startsOn: isoDay(0), endsOn: isoDay(90), competenceIds: [f.sh21] } });
const status = (s: string) => (d: Record<string, unknown>) => expect(Object.values(d)[0]).toMatchObject({ status: s });

/** One row per route operation. The routes are Филиппов's (Vorkuta №12): Podporozhye's methodist does not see them. */
export const ROUTE_CASES: OperationCases<RouteFixtures> = {
  learningRoutes: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.learningRoutes,
      check: (d, f) => expect((d['learningRoutes'] as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toContain(f.draft),
    },
    anonymous: { query: Q.learningRoutes, expect: 'UNAUTHENTICATED' },
  },
  learningRoute: {
    allowed: { as: 'teacher.filippov', query: Q.learningRoute, vars: (f) => ids(f, 'draft'), check: (d) => expect(d['learningRoute']).toMatchObject({ canEdit: true, canApprove: false }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.learningRoute, vars: (f) => ids(f, 'draft'), code: 'NOT_FOUND' },
    anonymous: { query: Q.learningRoute, vars: (f) => ids(f, 'draft'), expect: 'UNAUTHENTICATED' },
  },
  myLearningRoutes: {
    allowed: { as: 'teacher.filippov', query: Q.myLearningRoutes, check: (d, f) => expect((d['myLearningRoutes'] as { id: string }[]).map((r) => r.id)).toContain(f.draft) },
    anonymous: { query: Q.myLearningRoutes, expect: 'UNAUTHENTICATED' },
  },
  routeCompetenceOptions: {
    allowed: { as: 'teacher.filippov', query: Q.routeCompetenceOptions, check: (d) => expect((d['routeCompetenceOptions'] as unknown[]).length).toBeGreaterThan(10) },
    anonymous: { query: Q.routeCompetenceOptions, expect: 'UNAUTHENTICATED' },
  },
  routeDeficitOptions: {
    allowed: { as: 'teacher.filippov', query: Q.routeDeficitOptions, vars: (f) => ({ p: f.filippov }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.routeDeficitOptions, vars: (f) => ({ p: f.filippov }), code: 'NOT_FOUND' },
    anonymous: { query: Q.routeDeficitOptions, vars: (f) => ({ p: f.filippov }), expect: 'UNAUTHENTICATED' },
  },
  proposeRouteSteps: {
    allowed: { as: 'school12.vorkuta', query: Q.proposeRouteSteps, vars: (f) => ({ p: f.filippov, c: [f.sh21] }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.proposeRouteSteps, vars: (f) => ({ p: f.filippov, c: [f.sh21] }), code: 'NOT_FOUND' },
    anonymous: { query: Q.proposeRouteSteps, vars: (f) => ({ p: f.filippov, c: [f.sh21] }), expect: 'UNAUTHENTICATED' },
  },
  routeEffectiveness: {
    allowed: { as: 'teacher.filippov', query: Q.routeEffectiveness, vars: (f) => ids(f, 'draft') },
    // A route shared in the network shows its products to the network, never its scores: the same rule as learningRoute.
    outOfScope: { as: 'mentor.zhdanova', query: Q.routeEffectiveness, vars: (f) => ids(f, 'readyToComplete'), code: 'NOT_FOUND' },
    anonymous: { query: Q.routeEffectiveness, vars: (f) => ids(f, 'draft'), expect: 'UNAUTHENTICATED' },
  },
  routeAchievements: {
    allowed: { as: 'school12.vorkuta', query: Q.routeAchievements, vars: (f) => ({ p: f.filippov }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.routeAchievements, vars: (f) => ({ p: f.filippov }), code: 'NOT_FOUND' },
    anonymous: { query: Q.routeAchievements, vars: (f) => ({ p: f.filippov }), expect: 'UNAUTHENTICATED' },
  },
  routeMentorshipOptions: {
    allowed: { as: 'school12.vorkuta', query: Q.routeMentorshipOptions, vars: (f) => ids(f, 'draft') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.routeMentorshipOptions, vars: (f) => ids(f, 'draft'), code: 'NOT_FOUND' },
    anonymous: { query: Q.routeMentorshipOptions, vars: (f) => ids(f, 'draft'), expect: 'UNAUTHENTICATED' },
  },
  sharedAchievements: {
    allowed: {
      as: 'mentor.zhdanova',
      query: Q.sharedAchievements,
      check: (d, f) => expect((d['sharedAchievements'] as { nodes: { personId: string }[] }).nodes.map((n) => n.personId)).toContain(f.filippov),
    },
    // Out of scope the list narrows (Podporozhye shares no network with Vorkuta): route.int-spec checks it.
    anonymous: { query: Q.sharedAchievements, expect: 'UNAUTHENTICATED' },
  },
  routeStepEvidenceFile: {
    allowed: { as: 'school12.vorkuta', query: Q.routeStepEvidenceFile, vars: (f) => ids(f, 'fileStep') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.routeStepEvidenceFile, vars: (f) => ids(f, 'fileStep'), code: 'NOT_FOUND' },
    anonymous: { query: Q.routeStepEvidenceFile, vars: (f) => ids(f, 'fileStep'), expect: 'UNAUTHENTICATED' },
  },
  createLearningRoute: {
    allowed: { as: 'teacher.filippov', query: Q.createLearningRoute, vars: newRoute, check: status('DRAFT') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.createLearningRoute, vars: newRoute, code: 'BAD_USER_INPUT' },
    anonymous: { query: Q.createLearningRoute, vars: newRoute, expect: 'UNAUTHENTICATED' },
  },
  updateLearningRoute: {
    allowed: { as: 'school12.vorkuta', query: Q.updateLearningRoute, vars: (f) => ({ id: f.draft, input: { title: 'ИОМ (уточнён)' } }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.updateLearningRoute, vars: (f) => ({ id: f.draft, input: { title: 'x' } }), code: 'NOT_FOUND' },
    anonymous: { query: Q.updateLearningRoute, vars: (f) => ({ id: f.draft, input: { title: 'x' } }), expect: 'UNAUTHENTICATED' },
  },
  archiveLearningRoute: {
    allowed: { as: 'school12.vorkuta', query: Q.archiveLearningRoute, vars: (f) => ids(f, 'toArchive'), check: (d) => expect(d['archiveLearningRoute']).toMatchObject({ archivedAt: expect.any(String) }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.archiveLearningRoute, vars: (f) => ids(f, 'draft'), code: 'NOT_FOUND' },
    anonymous: { query: Q.archiveLearningRoute, vars: (f) => ids(f, 'draft'), expect: 'UNAUTHENTICATED' },
  },
  restoreLearningRoute: {
    allowed: { as: 'teacher.filippov', query: Q.restoreLearningRoute, vars: (f) => ids(f, 'archived'), check: (d) => expect(d['restoreLearningRoute']).toMatchObject({ archivedAt: null }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.restoreLearningRoute, vars: (f) => ids(f, 'archived'), code: 'NOT_FOUND' },
    anonymous: { query: Q.restoreLearningRoute, vars: (f) => ids(f, 'archived'), expect: 'UNAUTHENTICATED' },
  },
  addRouteStep: {
    allowed: { as: 'teacher.filippov', query: Q.addRouteStep, vars: (f) => ({ id: f.draft, input: { kind: 'COURSE', title: 'Курсы', competenceIds: [f.sh21] } }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.addRouteStep, vars: (f) => ({ id: f.draft, input: { kind: 'COURSE', title: 'Курсы' } }), code: 'NOT_FOUND' },
    anonymous: { query: Q.addRouteStep, vars: (f) => ({ id: f.draft, input: { kind: 'COURSE', title: 'Курсы' } }), expect: 'UNAUTHENTICATED' },
  },
  updateRouteStep: {
    allowed: { as: 'school12.vorkuta', query: Q.updateRouteStep, vars: (f) => ({ id: f.draftStep, input: { title: 'Самообразование (план)' } }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.updateRouteStep, vars: (f) => ({ id: f.draftStep, input: { title: 'x' } }), code: 'NOT_FOUND' },
    anonymous: { query: Q.updateRouteStep, vars: (f) => ({ id: f.draftStep, input: { title: 'x' } }), expect: 'UNAUTHENTICATED' },
  },
  moveRouteStep: {
    allowed: { as: 'teacher.filippov', query: Q.moveRouteStep, vars: (f) => ids(f, 'draftStep') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.moveRouteStep, vars: (f) => ids(f, 'draftStep'), code: 'NOT_FOUND' },
    anonymous: { query: Q.moveRouteStep, vars: (f) => ids(f, 'draftStep'), expect: 'UNAUTHENTICATED' },
  },
  removeRouteStep: {
    allowed: { as: 'teacher.filippov', query: Q.removeRouteStep, vars: (f) => ids(f, 'removableStep') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.removeRouteStep, vars: (f) => ids(f, 'draftStep'), code: 'NOT_FOUND' },
    anonymous: { query: Q.removeRouteStep, vars: (f) => ids(f, 'draftStep'), expect: 'UNAUTHENTICATED' },
  },
  submitLearningRoute: {
    allowed: { as: 'teacher.filippov', query: Q.submitLearningRoute, vars: (f) => ids(f, 'draftToSubmit'), check: status('ON_APPROVAL') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.submitLearningRoute, vars: (f) => ids(f, 'draftToSubmit'), code: 'NOT_FOUND' },
    anonymous: { query: Q.submitLearningRoute, vars: (f) => ids(f, 'draftToSubmit'), expect: 'UNAUTHENTICATED' },
  },
  approveLearningRoute: {
    allowed: { as: 'school12.vorkuta', query: Q.approveLearningRoute, vars: (f) => ids(f, 'onApproval'), check: status('APPROVED') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.approveLearningRoute, vars: (f) => ids(f, 'onApproval'), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.approveLearningRoute, vars: (f) => ids(f, 'onApproval') },
    anonymous: { query: Q.approveLearningRoute, vars: (f) => ids(f, 'onApproval'), expect: 'UNAUTHENTICATED' },
  },
  returnLearningRoute: {
    allowed: { as: 'admin', query: Q.returnLearningRoute, vars: (f) => ids(f, 'onApprovalToReturn'), check: status('RETURNED') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.returnLearningRoute, vars: (f) => ids(f, 'onApprovalToReturn'), code: 'NOT_FOUND' },
    forbidden: { as: 'mentor.zhdanova', query: Q.returnLearningRoute, vars: (f) => ids(f, 'onApprovalToReturn') },
    anonymous: { query: Q.returnLearningRoute, vars: (f) => ids(f, 'onApprovalToReturn'), expect: 'UNAUTHENTICATED' },
  },
  startLearningRoute: {
    allowed: { as: 'teacher.filippov', query: Q.startLearningRoute, vars: (f) => ids(f, 'approved'), check: status('IN_PROGRESS') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.startLearningRoute, vars: (f) => ids(f, 'approved'), code: 'NOT_FOUND' },
    anonymous: { query: Q.startLearningRoute, vars: (f) => ids(f, 'approved'), expect: 'UNAUTHENTICATED' },
  },
  completeLearningRoute: {
    allowed: { as: 'school12.vorkuta', query: Q.completeLearningRoute, vars: (f) => ids(f, 'readyToComplete'), check: status('COMPLETED') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.completeLearningRoute, vars: (f) => ids(f, 'readyToComplete'), code: 'NOT_FOUND' },
    anonymous: { query: Q.completeLearningRoute, vars: (f) => ids(f, 'readyToComplete'), expect: 'UNAUTHENTICATED' },
  },
  setRouteStepStatus: {
    allowed: { as: 'teacher.filippov', query: Q.setRouteStepStatus, vars: (f) => ({ id: f.planStep, input: { status: 'IN_PROGRESS' } }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.setRouteStepStatus, vars: (f) => ({ id: f.planStep, input: { status: 'DONE', completedOn: isoDay(-1) } }), code: 'NOT_FOUND' },
    anonymous: { query: Q.setRouteStepStatus, vars: (f) => ({ id: f.planStep, input: { status: 'IN_PROGRESS' } }), expect: 'UNAUTHENTICATED' },
  },
  attachRouteStepEvidence: {
    allowed: { as: 'teacher.filippov', query: Q.attachRouteStepEvidence, vars: (f) => ids(f, 'planStep') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.attachRouteStepEvidence, vars: (f) => ids(f, 'planStep'), code: 'NOT_FOUND' },
    anonymous: { query: Q.attachRouteStepEvidence, vars: (f) => ids(f, 'planStep'), expect: 'UNAUTHENTICATED' },
  },
  setRouteStepReflection: {
    allowed: { as: 'teacher.filippov', query: Q.setRouteStepReflection, vars: (f) => ids(f, 'planStep') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.setRouteStepReflection, vars: (f) => ids(f, 'planStep'), code: 'NOT_FOUND' },
    anonymous: { query: Q.setRouteStepReflection, vars: (f) => ids(f, 'planStep'), expect: 'UNAUTHENTICATED' },
  },
  addRouteJournalEntry: {
    allowed: { as: 'teacher.filippov', query: Q.addRouteJournalEntry, vars: (f) => ({ id: f.inProgress, input: { occurredOn: isoDay(0), text: 'Провёл открытый урок' } }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.addRouteJournalEntry, vars: (f) => ({ id: f.inProgress, input: { occurredOn: isoDay(0), text: 'x' } }), code: 'NOT_FOUND' },
    anonymous: { query: Q.addRouteJournalEntry, vars: (f) => ({ id: f.inProgress, input: { occurredOn: isoDay(0), text: 'x' } }), expect: 'UNAUTHENTICATED' },
  },
  setRouteSharing: {
    allowed: { as: 'teacher.filippov', query: Q.setRouteSharing, vars: (f) => ids(f, 'inProgress'), check: (d) => expect(d['setRouteSharing']).toMatchObject({ sharedInNetwork: true }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.setRouteSharing, vars: (f) => ids(f, 'inProgress'), code: 'NOT_FOUND' },
    forbidden: { as: 'school12.vorkuta', query: Q.setRouteSharing, vars: (f) => ids(f, 'inProgress'), message: 'Делиться маршрутом в сети может только сам педагог' },
    anonymous: { query: Q.setRouteSharing, vars: (f) => ids(f, 'inProgress'), expect: 'UNAUTHENTICATED' },
  },
};

import { OperationCases } from '../support/operation-cases';

/** Fixtures of the diagnostics rows: demo campaigns and campaigns made for the rows (see authorization-diagnostics.int-spec.ts). */
export interface DiagnosticsFixtures {
  org12: string;
  instrument: string;
  zhdanova: string;
  base2022: string;
  young2026: string;
  /** teacher.filippov in the demo 2026 self-assessment (not submitted). */
  filippovYoung: string;
  /** teacher.filippov in a fresh open campaign, and complete answers for it. */
  filippovFresh: string;
  freshAnswers: { itemId: string; scale: number }[];
  campUpdate: string;
  campOpen: string;
  campClose: string;
  campArchive: string;
  campRestore: string;
  campExternal: string;
  resultsXlsx: string;
}

const C = 'id name status canEdit participantsCount';
const Q = {
  diagnosticCampaigns: `query { diagnosticCampaigns(first: 100) { totalCount nodes { ${C} } } }`,
  diagnosticCampaign: `query($id: ID!) { diagnosticCampaign(id: $id) { ${C} } }`,
  diagnosticParticipants: `query($id: ID!) { diagnosticParticipants(campaignId: $id, first: 100) { totalCount nodes { id personId selfStatus } } }`,
  diagnosticResults: `query($id: ID!) { diagnosticResults(campaignId: $id, first: 100) { totalCount nodes { participant { personId } results { competenceCode level } } } }`,
  personCompetenceResults: `query($id: ID!) { personCompetenceResults(personId: $id) { competenceCode level } }`,
  diagnosticInstrumentOptions: `query { diagnosticInstrumentOptions { id code name } }`,
  diagnosticResultsTemplate: `query { diagnosticResultsTemplate { fileName contentBase64 } }`,
  myDiagnostics: `query { myDiagnostics { participantId status } }`,
  diagnosticForm: `query($id: ID!, $role: ResponseRole!) { diagnosticForm(participantId: $id, role: $role) { participantId status items { id } } }`,
  createDiagnosticCampaign: `mutation($input: CreateCampaignInput!) { createDiagnosticCampaign(input: $input) { ${C} } }`,
  updateDiagnosticCampaign: `mutation($id: ID!, $input: UpdateCampaignInput!) { updateDiagnosticCampaign(id: $id, input: $input) { ${C} } }`,
  openDiagnosticCampaign: `mutation($id: ID!) { openDiagnosticCampaign(id: $id) { ${C} } }`,
  closeDiagnosticCampaign: `mutation($id: ID!) { closeDiagnosticCampaign(id: $id) { ${C} } }`,
  archiveDiagnosticCampaign: `mutation($id: ID!) { archiveDiagnosticCampaign(id: $id) { ${C} } }`,
  restoreDiagnosticCampaign: `mutation($id: ID!) { restoreDiagnosticCampaign(id: $id) { ${C} } }`,
  saveDiagnosticDraft: `mutation($input: DiagnosticAnswersInput!) { saveDiagnosticDraft(input: $input) { participantId status } }`,
  submitDiagnosticResponse: `mutation($input: DiagnosticAnswersInput!) { submitDiagnosticResponse(input: $input) { participantId status } }`,
  importDiagnosticResults: `mutation($input: ImportDiagnosticResultsInput!) { importDiagnosticResults(input: $input) { dryRun total errors { line message } } }`,
};

const id = (key: keyof DiagnosticsFixtures) => (f: DiagnosticsFixtures) => ({ id: f[key] });
const create = (f: DiagnosticsFixtures) => ({
  input: { name: 'Диагностика для проверки прав', instrumentId: f.instrument, mode: 'SELF', scopeKind: 'ORGANIZATIONS', organizationIds: [f.org12], opensOn: '2026-11-01', closesOn: '2027-06-30' },
});

export const DIAGNOSTICS_CASES: OperationCases<DiagnosticsFixtures> = {
  diagnosticCampaigns: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.diagnosticCampaigns,
      check: (d, f) => expect((d['diagnosticCampaigns'] as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toEqual(expect.arrayContaining([f.base2022, f.young2026])),
    },
    anonymous: { query: Q.diagnosticCampaigns, expect: 'UNAUTHENTICATED' },
  },
  diagnosticCampaign: {
    allowed: { as: 'school12.vorkuta', query: Q.diagnosticCampaign, vars: id('base2022'), check: (d) => expect(d['diagnosticCampaign']).toMatchObject({ canEdit: true, participantsCount: 4 }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.diagnosticCampaign, vars: id('base2022'), code: 'NOT_FOUND' },
    anonymous: { query: Q.diagnosticCampaign, vars: id('base2022'), expect: 'UNAUTHENTICATED' },
  },
  diagnosticParticipants: {
    allowed: { as: 'school12.vorkuta', query: Q.diagnosticParticipants, vars: id('base2022'), check: (d) => expect((d['diagnosticParticipants'] as { totalCount: number }).totalCount).toBe(4) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.diagnosticParticipants, vars: id('base2022'), code: 'NOT_FOUND' },
    anonymous: { query: Q.diagnosticParticipants, vars: id('base2022'), expect: 'UNAUTHENTICATED' },
  },
  diagnosticResults: {
    allowed: { as: 'school12.vorkuta', query: Q.diagnosticResults, vars: id('base2022'), check: (d) => expect((d['diagnosticResults'] as { totalCount: number }).totalCount).toBe(4) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.diagnosticResults, vars: id('base2022'), code: 'NOT_FOUND' },
    anonymous: { query: Q.diagnosticResults, vars: id('base2022'), expect: 'UNAUTHENTICATED' },
  },
  personCompetenceResults: {
    allowed: { as: 'mentor.zhdanova', query: Q.personCompetenceResults, vars: id('zhdanova'), check: (d) => expect((d['personCompetenceResults'] as unknown[]).length).toBeGreaterThan(0) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.personCompetenceResults, vars: id('zhdanova'), code: 'NOT_FOUND' },
    anonymous: { query: Q.personCompetenceResults, vars: id('zhdanova'), expect: 'UNAUTHENTICATED' },
  },
  diagnosticInstrumentOptions: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.diagnosticInstrumentOptions,
      check: (d) => expect((d['diagnosticInstrumentOptions'] as { code: string }[]).map((i) => i.code)).toEqual(expect.arrayContaining(['SHADRIKOV-BASE', 'PROF-DEFICITS'])),
    },
    forbidden: { as: 'teacher.filippov', query: Q.diagnosticInstrumentOptions },
    anonymous: { query: Q.diagnosticInstrumentOptions, expect: 'UNAUTHENTICATED' },
  },
  diagnosticResultsTemplate: {
    allowed: { as: 'school12.vorkuta', query: Q.diagnosticResultsTemplate },
    forbidden: { as: 'teacher.filippov', query: Q.diagnosticResultsTemplate },
    anonymous: { query: Q.diagnosticResultsTemplate, expect: 'UNAUTHENTICATED' },
  },
  myDiagnostics: {
    allowed: { as: 'teacher.filippov', query: Q.myDiagnostics, check: (d, f) => expect((d['myDiagnostics'] as { participantId: string }[]).map((x) => x.participantId)).toContain(f.filippovYoung) },
    anonymous: { query: Q.myDiagnostics, expect: 'UNAUTHENTICATED' },
  },
  diagnosticForm: {
    allowed: { as: 'teacher.filippov', query: Q.diagnosticForm, vars: (f) => ({ id: f.filippovYoung, role: 'SELF' }) },
    outOfScope: { as: 'mentor.zhdanova', query: Q.diagnosticForm, vars: (f) => ({ id: f.filippovYoung, role: 'SELF' }), code: 'NOT_FOUND' },
    anonymous: { query: Q.diagnosticForm, vars: (f) => ({ id: f.filippovYoung, role: 'SELF' }), expect: 'UNAUTHENTICATED' },
  },
  createDiagnosticCampaign: {
    allowed: { as: 'school12.vorkuta', query: Q.createDiagnosticCampaign, vars: create, check: (d) => expect(d['createDiagnosticCampaign']).toMatchObject({ status: 'DRAFT', canEdit: true }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.createDiagnosticCampaign, vars: create, code: 'BAD_USER_INPUT' },
    forbidden: { as: 'teacher.filippov', query: Q.createDiagnosticCampaign, vars: create },
    anonymous: { query: Q.createDiagnosticCampaign, vars: create, expect: 'UNAUTHENTICATED' },
  },
  updateDiagnosticCampaign: {
    allowed: { as: 'school12.vorkuta', query: Q.updateDiagnosticCampaign, vars: (f) => ({ id: f.campUpdate, input: { name: 'Переименована' } }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.updateDiagnosticCampaign, vars: (f) => ({ id: f.campUpdate, input: { name: 'Чужая' } }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.updateDiagnosticCampaign, vars: (f) => ({ id: f.campUpdate, input: { name: 'Чужая' } }) },
    anonymous: { query: Q.updateDiagnosticCampaign, vars: (f) => ({ id: f.campUpdate, input: { name: 'Чужая' } }), expect: 'UNAUTHENTICATED' },
  },
  openDiagnosticCampaign: {
    allowed: { as: 'school12.vorkuta', query: Q.openDiagnosticCampaign, vars: id('campOpen'), check: (d) => expect(d['openDiagnosticCampaign']).toMatchObject({ status: 'OPEN', participantsCount: 3 }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.openDiagnosticCampaign, vars: id('campOpen'), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.openDiagnosticCampaign, vars: id('campOpen') },
    anonymous: { query: Q.openDiagnosticCampaign, vars: id('campOpen'), expect: 'UNAUTHENTICATED' },
  },
  closeDiagnosticCampaign: {
    allowed: { as: 'school12.vorkuta', query: Q.closeDiagnosticCampaign, vars: id('campClose'), check: (d) => expect(d['closeDiagnosticCampaign']).toMatchObject({ status: 'CLOSED' }) },
    outOfScope: { as: 'methodist.podporozhye', query: Q.closeDiagnosticCampaign, vars: id('campClose'), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.closeDiagnosticCampaign, vars: id('campClose') },
    anonymous: { query: Q.closeDiagnosticCampaign, vars: id('campClose'), expect: 'UNAUTHENTICATED' },
  },
  archiveDiagnosticCampaign: {
    allowed: { as: 'school12.vorkuta', query: Q.archiveDiagnosticCampaign, vars: id('campArchive') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.archiveDiagnosticCampaign, vars: id('campArchive'), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.archiveDiagnosticCampaign, vars: id('campArchive') },
    anonymous: { query: Q.archiveDiagnosticCampaign, vars: id('campArchive'), expect: 'UNAUTHENTICATED' },
  },
  restoreDiagnosticCampaign: {
    allowed: { as: 'school12.vorkuta', query: Q.restoreDiagnosticCampaign, vars: id('campRestore') },
    outOfScope: { as: 'methodist.podporozhye', query: Q.restoreDiagnosticCampaign, vars: id('campRestore'), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.restoreDiagnosticCampaign, vars: id('campRestore') },
    anonymous: { query: Q.restoreDiagnosticCampaign, vars: id('campRestore'), expect: 'UNAUTHENTICATED' },
  },
  saveDiagnosticDraft: {
    allowed: { as: 'teacher.filippov', query: Q.saveDiagnosticDraft, vars: (f) => ({ input: { participantId: f.filippovYoung, role: 'SELF', answers: [] } }), check: (d) => expect(d['saveDiagnosticDraft']).toMatchObject({ status: 'DRAFT' }) },
    // Every role may fill in; whoever may not assess the participant gets NOT_FOUND (a teacher too), never FORBIDDEN.
    outOfScope: { as: 'teacher.filippov', query: Q.saveDiagnosticDraft, vars: (f) => ({ input: { participantId: f.filippovYoung, role: 'EXPERT', answers: [] } }), code: 'NOT_FOUND' },
    anonymous: { query: Q.saveDiagnosticDraft, vars: (f) => ({ input: { participantId: f.filippovYoung, role: 'SELF', answers: [] } }), expect: 'UNAUTHENTICATED' },
  },
  submitDiagnosticResponse: {
    allowed: {
      as: 'teacher.filippov',
      query: Q.submitDiagnosticResponse,
      vars: (f) => ({ input: { participantId: f.filippovFresh, role: 'SELF', answers: f.freshAnswers } }),
      check: (d) => expect(d['submitDiagnosticResponse']).toMatchObject({ status: 'SUBMITTED' }),
    },
    outOfScope: { as: 'mentor.zhdanova', query: Q.submitDiagnosticResponse, vars: (f) => ({ input: { participantId: f.filippovYoung, role: 'SELF', answers: [] } }), code: 'NOT_FOUND' },
    anonymous: { query: Q.submitDiagnosticResponse, vars: (f) => ({ input: { participantId: f.filippovYoung, role: 'SELF', answers: [] } }), expect: 'UNAUTHENTICATED' },
  },
  importDiagnosticResults: {
    allowed: {
      as: 'school12.vorkuta',
      query: Q.importDiagnosticResults,
      vars: (f) => ({ input: { campaignId: f.campExternal, fileName: 'итоги.xlsx', contentBase64: f.resultsXlsx, dryRun: true } }),
      check: (d) => expect(d['importDiagnosticResults']).toMatchObject({ dryRun: true, total: 1, errors: [] }),
    },
    outOfScope: { as: 'methodist.podporozhye', query: Q.importDiagnosticResults, vars: (f) => ({ input: { campaignId: f.campExternal, fileName: 'итоги.xlsx', contentBase64: f.resultsXlsx, dryRun: true } }), code: 'NOT_FOUND' },
    forbidden: { as: 'teacher.filippov', query: Q.importDiagnosticResults, vars: (f) => ({ input: { campaignId: f.campExternal, fileName: 'итоги.xlsx', contentBase64: f.resultsXlsx, dryRun: true } }) },
    anonymous: { query: Q.importDiagnosticResults, vars: (f) => ({ input: { campaignId: f.campExternal, fileName: 'итоги.xlsx', contentBase64: f.resultsXlsx, dryRun: true } }), expect: 'UNAUTHENTICATED' },
  },
};

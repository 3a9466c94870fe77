import { OperationCases } from '../support/operation-cases';

/** Fixture cohorts at the Vorkuta №35 staging site (head: Жданова), written straight to the database. */
export interface InternshipCaseFixtures {
  program: string;
  org12: string;
  /** Filippov APPROVED (product not yet submitted), another intern with a product on review; two past sessions. */
  cohortA: string;
  sessionA: string;
  filippovApp: string;
  reviewApp: string;
  /** Filippov SUBMITTED (withdrawn by a row), two others SUBMITTED (approved / declined by rows). */
  withdrawApp: string;
  approveApp: string;
  declineApp: string;
  /** Open for applications (Filippov applies, the school nominates `nominee`). */
  cohortC: string;
  nominee: string;
  certificate: string;
  certificateNumber: string;
  /** A cohort with two past sessions and no marks (edited, one removed), and a certificate of its intern (revoked). */
  cohortD: string;
  sessionEdit: string;
  sessionRemove: string;
  revokable: string;
}

const A = 'id status';
const Q = {
  internshipCohort: `query($id: ID!) { internshipCohort(id: $id) { id canManage applications { id } sessions { id } } }`,
  internshipCohorts: `query($id: ID!) { internshipCohorts(programId: $id) { id } }`,
  openInternshipCohorts: `query { openInternshipCohorts { id } }`,
  myInternshipApplications: `query { myInternshipApplications { ${A} } }`,
  createInternshipCohort: `mutation($input: CreateInternshipCohortInput!) { createInternshipCohort(input: $input) { id } }`,
  addInternshipSession: `mutation($input: AddInternshipSessionInput!) { addInternshipSession(input: $input) { id } }`,
  applyToInternship: `mutation($id: ID!) { applyToInternship(cohortId: $id) { ${A} } }`,
  nominateToInternship: `mutation($input: NominateInternInput!) { nominateToInternship(input: $input) { ${A} } }`,
  approveInternshipApplication: `mutation($id: ID!) { approveInternshipApplication(id: $id) { ${A} } }`,
  declineInternshipApplication: `mutation($id: ID!) { declineInternshipApplication(input: { applicationId: $id, reason: "Нет мест в расписании" }) { ${A} declineReason } }`,
  withdrawInternshipApplication: `mutation($id: ID!) { withdrawInternshipApplication(id: $id) { ${A} } }`,
  internshipAttendanceSheet: `query($id: ID!) { internshipAttendanceSheet(sessionId: $id) { cohortTitle rows { applicationId present } } }`,
  markInternshipAttendance: `mutation($s: ID!, $a: ID!) { markInternshipAttendance(input: { sessionId: $s, applicationId: $a, present: true }) { applicationId present } }`,
  submitInternshipProduct: `mutation($id: ID!) { submitInternshipProduct(input: { applicationId: $id, title: "Проект урока", url: "https://example.org/lesson" }) { ${A} finalProductStatus } }`,
  reviewInternshipProduct: `mutation($id: ID!) { reviewInternshipProduct(input: { applicationId: $id, accepted: true }) { ${A} finalProductStatus } }`,
  internshipCertificatePdf: `query($id: ID!) { internshipCertificatePdf(certificateId: $id) { fileName fileType } }`,
  internshipCertificateCredential: `query($id: ID!) { internshipCertificateCredential(certificateId: $id) }`,
  updateInternshipCohort: `mutation($id: ID!, $input: UpdateInternshipCohortInput!) { updateInternshipCohort(id: $id, input: $input) { id capacity } }`,
  updateInternshipSession: `mutation($id: ID!, $input: UpdateInternshipSessionInput!) { updateInternshipSession(id: $id, input: $input) { id topic } }`,
  setInternshipSessionArchived: `mutation($id: ID!) { setInternshipSessionArchived(id: $id, archived: true) { id archivedAt } }`,
  revokeInternshipCertificate: `mutation($id: ID!) { revokeInternshipCertificate(input: { certificateId: $id, reason: "Выдан ошибочно" }) { id status } }`,
  verifyInternshipCertificate: `query($n: String!) { verifyInternshipCertificate(number: $n) { number holderName status } }`,
};

const id = (key: keyof InternshipCaseFixtures) => (f: InternshipCaseFixtures) => ({ id: f[key] });
const cohortInput = (f: InternshipCaseFixtures) => ({ input: { programId: f.program, title: 'Новая группа', startsOn: '2026-09-01', endsOn: '2027-05-31', capacity: 10 } });
const sessionInput = (f: InternshipCaseFixtures) => ({ input: { cohortId: f.cohortA, topic: 'Занятие', startsAt: '2026-12-20T09:00:00Z', endsAt: '2026-12-20T11:00:00Z', place: 'Школа № 35' } });

const updateCohort = (f: InternshipCaseFixtures) => ({ id: f.cohortD, input: { title: 'Группа Г', startsOn: '2026-01-10', endsOn: '2027-05-31', capacity: 25 } });
const updateSession = (f: InternshipCaseFixtures) => ({ id: f.sessionEdit, input: { topic: 'Занятие (перенесено)', startsAt: '2026-01-20T09:00:00Z', endsAt: '2026-01-20T11:00:00Z', place: 'Школа № 35' } });

/**
 * Cohorts are run by the site's head and masters (Жданова heads the fixture site) and staff over its host; teachers
 * of the district see them and apply; the school's administration nominates its teachers and sees their
 * applications; the Podporozhye methodist (another region) reaches none of it. The verification page is public.
 */
export const INTERNSHIP_CASES: OperationCases<InternshipCaseFixtures> = {
  internshipCohort: {
    allowed: { as: 'mentor.zhdanova', query: Q.internshipCohort, vars: id('cohortA'), check: (d) => expect(d['internshipCohort']).toMatchObject({ canManage: true }) },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.internshipCohort, vars: id('cohortA') },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.internshipCohort, vars: id('cohortA') },
  },
  internshipCohorts: {
    allowed: { as: 'teacher.filippov', query: Q.internshipCohorts, vars: id('program'), check: (d) => expect((d['internshipCohorts'] as unknown[]).length).toBeGreaterThanOrEqual(2) },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.internshipCohorts, vars: id('program') },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.internshipCohorts, vars: id('program') },
  },
  openInternshipCohorts: {
    allowed: { as: 'teacher.filippov', query: Q.openInternshipCohorts, check: (d, f) => expect((d['openInternshipCohorts'] as { id: string }[]).map((c) => c.id)).toContain(f.cohortC) },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.openInternshipCohorts },
  },
  myInternshipApplications: {
    allowed: { as: 'teacher.filippov', query: Q.myInternshipApplications, check: (d, f) => expect((d['myInternshipApplications'] as { id: string }[]).map((a) => a.id)).toContain(f.filippovApp) },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.myInternshipApplications },
  },
  createInternshipCohort: {
    allowed: { as: 'mentor.zhdanova', query: Q.createInternshipCohort, vars: cohortInput },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.createInternshipCohort, vars: cohortInput },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.createInternshipCohort, vars: cohortInput },
  },
  addInternshipSession: {
    allowed: { as: 'mentor.zhdanova', query: Q.addInternshipSession, vars: sessionInput },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.addInternshipSession, vars: sessionInput },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.addInternshipSession, vars: sessionInput },
  },
  applyToInternship: {
    allowed: { as: 'teacher.filippov', query: Q.applyToInternship, vars: id('cohortC'), check: (d) => expect(d['applyToInternship']).toMatchObject({ status: 'SUBMITTED' }) },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.applyToInternship, vars: id('cohortC') },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.applyToInternship, vars: id('cohortC') },
  },
  nominateToInternship: {
    allowed: { as: 'school12.vorkuta', query: Q.nominateToInternship, vars: (f) => ({ input: { cohortId: f.cohortC, personId: f.nominee, organizationId: f.org12 } }) },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.nominateToInternship, vars: (f) => ({ input: { cohortId: f.cohortC, personId: f.nominee, organizationId: f.org12 } }) },
    forbidden: { as: 'teacher.filippov', query: Q.nominateToInternship, vars: (f) => ({ input: { cohortId: f.cohortC, personId: f.nominee, organizationId: f.org12 } }) },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.nominateToInternship, vars: (f) => ({ input: { cohortId: f.cohortC, personId: f.nominee, organizationId: f.org12 } }) },
  },
  approveInternshipApplication: {
    allowed: { as: 'mentor.zhdanova', query: Q.approveInternshipApplication, vars: id('approveApp'), check: (d) => expect(d['approveInternshipApplication']).toMatchObject({ status: 'APPROVED' }) },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.approveInternshipApplication, vars: id('declineApp') },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.approveInternshipApplication, vars: id('declineApp') },
  },
  declineInternshipApplication: {
    allowed: { as: 'mentor.zhdanova', query: Q.declineInternshipApplication, vars: id('declineApp'), check: (d) => expect(d['declineInternshipApplication']).toMatchObject({ status: 'DECLINED' }) },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.declineInternshipApplication, vars: id('approveApp') },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.declineInternshipApplication, vars: id('approveApp') },
  },
  withdrawInternshipApplication: {
    allowed: { as: 'teacher.filippov', query: Q.withdrawInternshipApplication, vars: id('withdrawApp'), check: (d) => expect(d['withdrawInternshipApplication']).toMatchObject({ status: 'WITHDRAWN' }) },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.withdrawInternshipApplication, vars: id('filippovApp') },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.withdrawInternshipApplication, vars: id('filippovApp') },
  },
  internshipAttendanceSheet: {
    allowed: { as: 'mentor.zhdanova', query: Q.internshipAttendanceSheet, vars: id('sessionA') },
    outOfScope: { as: 'teacher.filippov', code: 'NOT_FOUND', query: Q.internshipAttendanceSheet, vars: id('sessionA') },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.internshipAttendanceSheet, vars: id('sessionA') },
  },
  markInternshipAttendance: {
    allowed: { as: 'mentor.zhdanova', query: Q.markInternshipAttendance, vars: (f) => ({ s: f.sessionA, a: f.filippovApp }) },
    outOfScope: { as: 'teacher.filippov', code: 'NOT_FOUND', query: Q.markInternshipAttendance, vars: (f) => ({ s: f.sessionA, a: f.filippovApp }) },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.markInternshipAttendance, vars: (f) => ({ s: f.sessionA, a: f.filippovApp }) },
  },
  submitInternshipProduct: {
    allowed: { as: 'teacher.filippov', query: Q.submitInternshipProduct, vars: id('filippovApp'), check: (d) => expect(d['submitInternshipProduct']).toMatchObject({ finalProductStatus: 'SUBMITTED' }) },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.submitInternshipProduct, vars: id('filippovApp') },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.submitInternshipProduct, vars: id('filippovApp') },
  },
  reviewInternshipProduct: {
    allowed: { as: 'mentor.zhdanova', query: Q.reviewInternshipProduct, vars: id('reviewApp'), check: (d) => expect(d['reviewInternshipProduct']).toMatchObject({ finalProductStatus: 'ACCEPTED' }) },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.reviewInternshipProduct, vars: id('reviewApp') },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.reviewInternshipProduct, vars: id('reviewApp') },
  },
  internshipCertificatePdf: {
    allowed: { as: 'teacher.filippov', query: Q.internshipCertificatePdf, vars: id('certificate'), check: (d) => expect(d['internshipCertificatePdf']).toMatchObject({ fileType: 'application/pdf' }) },
    outOfScope: { as: 'school12.vorkuta', code: 'NOT_FOUND', query: Q.internshipCertificatePdf, vars: id('certificate') },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.internshipCertificatePdf, vars: id('certificate') },
  },
  internshipCertificateCredential: {
    allowed: { as: 'teacher.filippov', query: Q.internshipCertificateCredential, vars: id('certificate'), check: (d) => expect(JSON.parse(d['internshipCertificateCredential'] as string).type).toContain('OpenBadgeCredential') },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.internshipCertificateCredential, vars: id('certificate') },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.internshipCertificateCredential, vars: id('certificate') },
  },
  updateInternshipCohort: {
    allowed: { as: 'mentor.zhdanova', query: Q.updateInternshipCohort, vars: updateCohort, check: (d) => expect(d['updateInternshipCohort']).toMatchObject({ capacity: 25 }) },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.updateInternshipCohort, vars: updateCohort },
    forbidden: { as: 'teacher.filippov', query: Q.updateInternshipCohort, vars: updateCohort },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.updateInternshipCohort, vars: updateCohort },
  },
  updateInternshipSession: {
    allowed: { as: 'mentor.zhdanova', query: Q.updateInternshipSession, vars: updateSession, check: (d) => expect(d['updateInternshipSession']).toMatchObject({ topic: 'Занятие (перенесено)' }) },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.updateInternshipSession, vars: updateSession },
    forbidden: { as: 'teacher.filippov', query: Q.updateInternshipSession, vars: updateSession },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.updateInternshipSession, vars: updateSession },
  },
  setInternshipSessionArchived: {
    allowed: { as: 'mentor.zhdanova', query: Q.setInternshipSessionArchived, vars: id('sessionRemove'), check: (d) => expect((d['setInternshipSessionArchived'] as { archivedAt: string | null }).archivedAt).not.toBeNull() },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.setInternshipSessionArchived, vars: id('sessionRemove') },
    forbidden: { as: 'teacher.filippov', query: Q.setInternshipSessionArchived, vars: id('sessionRemove') },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.setInternshipSessionArchived, vars: id('sessionRemove') },
  },
  revokeInternshipCertificate: {
    allowed: { as: 'mentor.zhdanova', query: Q.revokeInternshipCertificate, vars: id('revokable'), check: (d) => expect(d['revokeInternshipCertificate']).toMatchObject({ status: 'REVOKED' }) },
    outOfScope: { as: 'methodist.podporozhye', code: 'NOT_FOUND', query: Q.revokeInternshipCertificate, vars: id('revokable') },
    anonymous: { expect: 'UNAUTHENTICATED', query: Q.revokeInternshipCertificate, vars: id('revokable') },
  },
  verifyInternshipCertificate: {
    allowed: { as: 'methodist.podporozhye', query: Q.verifyInternshipCertificate, vars: (f) => ({ n: f.certificateNumber }), check: (d) => expect(d['verifyInternshipCertificate']).toMatchObject({ holderName: 'Филиппов Максим Игоревич', status: 'VALID' }) },
    anonymous: { expect: 'PASSES', query: Q.verifyInternshipCertificate, vars: (f) => ({ n: f.certificateNumber }) },
  },
};

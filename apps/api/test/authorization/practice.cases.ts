import { OperationCases } from '../support/operation-cases';

/** Podporozhye cards and products written straight to the database (a school that is an accepted member of a network). */
export interface PracticeFixtures {
  organization: string;
  network: string;
  draft: string;
  toSubmit: string;
  toPublish: string;
  toReturn: string;
  published: string;
  toArchive: string;
  archived: string;
  attachment: string;
  product: string;
  toArchiveProduct: string;
  archivedProduct: string;
}

const P = 'id title state canEdit canReview';
const M = 'id title year canEdit';
const Q = {
  practices: `query { practices(first: 50, filter: { archived: ALL }) { totalCount nodes { id title } } }`,
  practice: `query($id: ID!) { practice(id: $id) { ${P} } }`,
  practiceAttachmentFile: `query($id: ID!) { practiceAttachmentFile(attachmentId: $id) { fileName contentBase64 } }`,
  createPractice: `mutation($o: ID!) { createPractice(input: { organizationId: $o, title: "Практика наставничества" }) { ${P} } }`,
  updatePractice: `mutation($id: ID!) { updatePractice(id: $id, input: { problem: "Проблема (изменена)" }) { ${P} } }`,
  submitPractice: `mutation($id: ID!) { submitPractice(id: $id) { ${P} } }`,
  publishPractice: `mutation($id: ID!) { publishPractice(id: $id) { ${P} } }`,
  returnPractice: `mutation($id: ID!) { returnPractice(id: $id, input: { reason: "Опишите механизмы взаимодействия подробнее" }) { ${P} } }`,
  withdrawPractice: `mutation($id: ID!) { withdrawPractice(id: $id) { ${P} } }`,
  archivePractice: `mutation($id: ID!) { archivePractice(id: $id) { ${P} } }`,
  restorePractice: `mutation($id: ID!) { restorePractice(id: $id) { ${P} } }`,
  addPracticeAttachment: `mutation($id: ID!) { addPracticeAttachment(practiceId: $id, input: { title: "Презентация", url: "https://example.org/p" }) { ${P} } }`,
  removePracticeAttachment: `mutation($id: ID!) { removePracticeAttachment(attachmentId: $id) { ${P} } }`,
  methodologicalProducts: `query { methodologicalProducts(first: 50) { totalCount nodes { id title } } }`,
  methodologicalProduct: `query($id: ID!) { methodologicalProduct(id: $id) { ${M} } }`,
  methodologicalProductFile: `query($id: ID!) { methodologicalProductFile(productId: $id) { fileName contentBase64 } }`,
  createMethodologicalProduct: `mutation($o: ID!) { createMethodologicalProduct(input: { organizationId: $o, kind: ARTICLE, title: "Статья", year: 2025 }) { ${M} } }`,
  updateMethodologicalProduct: `mutation($id: ID!) { updateMethodologicalProduct(id: $id, input: { title: "Статья (изменена)" }) { ${M} } }`,
  archiveMethodologicalProduct: `mutation($id: ID!) { archiveMethodologicalProduct(id: $id) { ${M} } }`,
  restoreMethodologicalProduct: `mutation($id: ID!) { restoreMethodologicalProduct(id: $id) { ${M} } }`,
};

type Vars = (f: PracticeFixtures) => Record<string, unknown>;
/** A change: the methodist of Podporozhye passes, Timashevsk's gets NOT_FOUND (a teacher has PRACTICE_WRITE: NOT_FOUND too). */
const change = (query: string, vars: Vars) => ({
  allowed: { as: 'methodist.podporozhye' as const, query, vars },
  outOfScope: { as: 'methodist.timashevsk' as const, query, vars, code: 'NOT_FOUND' },
  anonymous: { query, vars, expect: 'UNAUTHENTICATED' as const },
});
/** A review: as a change, and a teacher lacks PRACTICE_REVIEW. */
const review = (query: string, vars: Vars) => ({ ...change(query, vars), forbidden: { as: 'teacher.filippov' as const, query, vars } });
const read = (query: string, vars: Vars) => ({ ...change(query, vars) });

/** One row per operation of the bank of practices and products. */
export const PRACTICE_CASES: OperationCases<PracticeFixtures> = {
  practices: {
    allowed: { as: 'methodist.podporozhye', query: Q.practices, check: (d, f) => expect((d['practices'] as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toContain(f.draft) },
    anonymous: { query: Q.practices, expect: 'UNAUTHENTICATED' },
  },
  practice: read(Q.practice, (f) => ({ id: f.draft })),
  practiceAttachmentFile: read(Q.practiceAttachmentFile, (f) => ({ id: f.attachment })),
  createPractice: {
    allowed: { as: 'methodist.podporozhye', query: Q.createPractice, vars: (f) => ({ o: f.organization }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.createPractice, vars: (f) => ({ o: f.organization }), code: 'BAD_USER_INPUT' },
    anonymous: { query: Q.createPractice, vars: (f) => ({ o: f.organization }), expect: 'UNAUTHENTICATED' },
  },
  updatePractice: change(Q.updatePractice, (f) => ({ id: f.draft })),
  submitPractice: change(Q.submitPractice, (f) => ({ id: f.toSubmit })),
  publishPractice: review(Q.publishPractice, (f) => ({ id: f.toPublish })),
  returnPractice: review(Q.returnPractice, (f) => ({ id: f.toReturn })),
  withdrawPractice: change(Q.withdrawPractice, (f) => ({ id: f.published })),
  archivePractice: change(Q.archivePractice, (f) => ({ id: f.toArchive })),
  restorePractice: change(Q.restorePractice, (f) => ({ id: f.archived })),
  addPracticeAttachment: change(Q.addPracticeAttachment, (f) => ({ id: f.draft })),
  removePracticeAttachment: change(Q.removePracticeAttachment, (f) => ({ id: f.attachment })),
  methodologicalProducts: {
    allowed: { as: 'methodist.podporozhye', query: Q.methodologicalProducts, check: (d, f) => expect((d['methodologicalProducts'] as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toContain(f.product) },
    anonymous: { query: Q.methodologicalProducts, expect: 'UNAUTHENTICATED' },
  },
  methodologicalProduct: read(Q.methodologicalProduct, (f) => ({ id: f.product })),
  methodologicalProductFile: read(Q.methodologicalProductFile, (f) => ({ id: f.product })),
  createMethodologicalProduct: {
    allowed: { as: 'methodist.podporozhye', query: Q.createMethodologicalProduct, vars: (f) => ({ o: f.organization }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.createMethodologicalProduct, vars: (f) => ({ o: f.organization }), code: 'BAD_USER_INPUT' },
    anonymous: { query: Q.createMethodologicalProduct, vars: (f) => ({ o: f.organization }), expect: 'UNAUTHENTICATED' },
  },
  updateMethodologicalProduct: change(Q.updateMethodologicalProduct, (f) => ({ id: f.product })),
  archiveMethodologicalProduct: change(Q.archiveMethodologicalProduct, (f) => ({ id: f.toArchiveProduct })),
  restoreMethodologicalProduct: change(Q.restoreMethodologicalProduct, (f) => ({ id: f.archivedProduct })),
};

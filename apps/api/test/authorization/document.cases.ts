import { OperationCases } from '../support/operation-cases';

/** Podporozhye documents written straight to the database (municipal level), one per state the rows need. */
export interface DocumentFixtures {
  municipality: string;
  /** A municipal order with tasks `task` and `task2`; `toArchiveTask`, `archivedTask`. */
  order: string;
  task: string;
  task2: string;
  toArchiveTask: string;
  archivedTask: string;
  /** An order with a file attached. */
  withFile: string;
  toArchive: string;
  archived: string;
  /** A person of Podporozhye (a responsible the methodist may name). */
  person: string;
}

export const TINY_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');

const D = 'id title canEdit archivedAt fileName tasks { id state }';
const T = 'id text state doneOn responsible { id fullName }';
const Q = {
  documents: `query { documents(first: 50) { totalCount nodes { id title } } }`,
  document: `query($id: ID!) { document(id: $id) { ${D} } }`,
  documentFile: `query($id: ID!) { documentFile(documentId: $id) { fileName fileType contentBase64 } }`,
  documentTasks: `query { documentTasks(first: 50) { totalCount nodes { id text } } }`,
  createDocument: `mutation($m: ID!) { createDocument(input: { level: MUNICIPAL, kind: REGULATION, title: "Положение о совете", municipalityId: $m }) { ${D} } }`,
  updateDocument: `mutation($id: ID!) { updateDocument(id: $id, input: { number: "12-р" }) { ${D} } }`,
  archiveDocument: `mutation($id: ID!) { archiveDocument(id: $id) { ${D} } }`,
  restoreDocument: `mutation($id: ID!) { restoreDocument(id: $id) { ${D} } }`,
  attachDocumentFile: `mutation($id: ID!, $c: String!) { attachDocumentFile(documentId: $id, input: { fileName: "приказ.pdf", contentBase64: $c }) { ${D} } }`,
  removeDocumentFile: `mutation($id: ID!) { removeDocumentFile(documentId: $id) { ${D} } }`,
  createDocumentTask: `mutation($id: ID!, $p: [ID!]) { createDocumentTask(documentId: $id, input: { text: "Разместить приказ на сайте", dueOn: "2030-09-01", responsiblePersonIds: $p }) { ${T} } }`,
  updateDocumentTask: `mutation($id: ID!) { updateDocumentTask(taskId: $id, input: { text: "Ознакомить коллектив", responsibleText: "заместителю директора" }) { ${T} } }`,
  setDocumentTaskStatus: `mutation($id: ID!) { setDocumentTaskStatus(taskId: $id, input: { status: DONE, result: "Выполнено" }) { ${T} } }`,
  archiveDocumentTask: `mutation($id: ID!) { archiveDocumentTask(taskId: $id) { ${T} } }`,
  restoreDocumentTask: `mutation($id: ID!) { restoreDocumentTask(taskId: $id) { ${T} } }`,
};

type Vars = (f: DocumentFixtures) => Record<string, unknown>;
/** A mutation: the methodist of Podporozhye passes, Timashevsk's gets NOT_FOUND, a teacher lacks DOCUMENT_WRITE. */
const change = (query: string, vars: Vars, outOfScopeCode = 'NOT_FOUND') => ({
  allowed: { as: 'methodist.podporozhye' as const, query, vars },
  outOfScope: { as: 'methodist.timashevsk' as const, query, vars, code: outOfScopeCode },
  forbidden: { as: 'teacher.filippov' as const, query, vars },
  anonymous: { query, vars, expect: 'UNAUTHENTICATED' as const },
});

/** One row per document operation. */
export const DOCUMENT_CASES: OperationCases<DocumentFixtures> = {
  documents: {
    allowed: { as: 'methodist.podporozhye', query: Q.documents, check: (d, f) => expect((d['documents'] as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toContain(f.order) },
    anonymous: { query: Q.documents, expect: 'UNAUTHENTICATED' },
  },
  document: {
    allowed: { as: 'methodist.podporozhye', query: Q.document, vars: (f) => ({ id: f.order }), check: (d) => expect(d['document']).toMatchObject({ canEdit: true }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.document, vars: (f) => ({ id: f.order }), code: 'NOT_FOUND' },
    anonymous: { query: Q.document, vars: (f) => ({ id: f.order }), expect: 'UNAUTHENTICATED' },
  },
  documentFile: {
    allowed: { as: 'methodist.podporozhye', query: Q.documentFile, vars: (f) => ({ id: f.withFile }), check: (d) => expect(d['documentFile']).toMatchObject({ fileType: 'application/pdf' }) },
    outOfScope: { as: 'methodist.timashevsk', query: Q.documentFile, vars: (f) => ({ id: f.withFile }), code: 'NOT_FOUND' },
    anonymous: { query: Q.documentFile, vars: (f) => ({ id: f.withFile }), expect: 'UNAUTHENTICATED' },
  },
  documentTasks: {
    allowed: { as: 'methodist.podporozhye', query: Q.documentTasks, check: (d, f) => expect((d['documentTasks'] as { nodes: { id: string }[] }).nodes.map((n) => n.id)).toContain(f.task) },
    anonymous: { query: Q.documentTasks, expect: 'UNAUTHENTICATED' },
  },
  // Creating in another municipality is a field error on the owner (no existence oracle), not NOT_FOUND.
  createDocument: change(Q.createDocument, (f) => ({ m: f.municipality }), 'BAD_USER_INPUT'),
  updateDocument: change(Q.updateDocument, (f) => ({ id: f.order })),
  archiveDocument: change(Q.archiveDocument, (f) => ({ id: f.toArchive })),
  restoreDocument: change(Q.restoreDocument, (f) => ({ id: f.archived })),
  attachDocumentFile: change(Q.attachDocumentFile, (f) => ({ id: f.order, c: TINY_PDF })),
  removeDocumentFile: change(Q.removeDocumentFile, (f) => ({ id: f.withFile })),
  createDocumentTask: change(Q.createDocumentTask, (f) => ({ id: f.order, p: [f.person] })),
  updateDocumentTask: change(Q.updateDocumentTask, (f) => ({ id: f.task })),
  setDocumentTaskStatus: change(Q.setDocumentTaskStatus, (f) => ({ id: f.task2 })),
  archiveDocumentTask: change(Q.archiveDocumentTask, (f) => ({ id: f.toArchiveTask })),
  restoreDocumentTask: change(Q.restoreDocumentTask, (f) => ({ id: f.archivedTask })),
};

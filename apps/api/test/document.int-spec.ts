import { randomUUID } from 'node:crypto';
import { checkEveryOrder, checkPageRefusals, Page } from './support/list-order';
import { idOf, startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;

const LIST = `query($f: DocumentFilter, $first: Int = 100) { documents(first: $first, filter: $f) { totalCount nodes { id title number level kind validity owner { name } } } }`;
type ListData = { documents: { totalCount: number; nodes: { id: string; title: string; number: string; level: string; kind: string; validity: string }[] } };
const PAGE = `query($id: ID!) { document(id: $id) { id title number issuedOn level canEdit owner { kind name } replacedBy { id title }
  tasks { id number text dueOn state status doneOn responsibleText responsible { id fullName } } } }`;
type Task = { id: string; number: string; text: string; dueOn: string | null; state: string; status: string; doneOn: string | null; responsibleText: string; responsible: { id: string; fullName: string }[] };
type PageData = { document: { id: string; title: string; canEdit: boolean; replacedBy: { id: string; title: string } | null; tasks: Task[] } };
const CREATE = `mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id validity } }`;
const ADD_TASK = `mutation($d: ID!, $i: DocumentTaskInput!) { createDocumentTask(documentId: $d, input: $i) { id state responsible { id } } }`;
const STATUS = `mutation($id: ID!, $i: DocumentTaskStatusInput!) { setDocumentTaskStatus(taskId: $id, input: $i) { id status state doneOn result } }`;
const ATTACH = `mutation($id: ID!, $n: String!, $c: String!) { attachDocumentFile(documentId: $id, input: { fileName: $n, contentBase64: $c }) { id fileName fileSize } }`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const today = () => new Date().toISOString().slice(0, 10);

describe('documents: the bank of normative documents and orders’ tasks', () => {
  let t: TestApp;
  let admin: string;
  let podp: string;
  let tim: string;
  let vorkuta: string;
  let podpMun: string;
  const docId = async (key: string) => ((await t.db.query(`SELECT id FROM document WHERE external_id = $1`, [key])) as { id: string }[])[0].id;
  const count = async (sql: string, params: unknown[] = []) => Number(((await t.db.query(sql, params)) as { n: string }[])[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    [admin, podp, tim, vorkuta] = await Promise.all(['admin', 'methodist.podporozhye', 'methodist.timashevsk', 'methodist.vorkuta'].map((l) => t.login(l)));
    podpMun = ((await t.db.query(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)) as { id: string }[])[0].id;
  });
  afterAll(() => t?.close());

  describe('reading', () => {
    it('shows order №527 of 003 as the seed states it, with its five points and the people it names', async () => {
      const r = await t.gql<PageData>(PAGE, { id: await docId('demo:doc:11-vorkuta-sosh12-order-527') }, vorkuta);
      expect(r.errors).toBeUndefined();
      const d = r.data!.document;
      expect(d).toMatchObject({ number: '527', issuedOn: '2022-08-25', level: 'ORGANIZATION', canEdit: true, owner: { kind: 'organization', name: 'МОУ «СОШ №12» г. Воркуты' } });
      expect(d.tasks.map((x) => x.number)).toEqual(['1.', '2.', '3.', '4.', '5.']);
      expect(d.tasks[3]).toMatchObject({ dueOn: '2022-09-01', status: 'PLANNED', state: 'OVERDUE', responsibleText: 'Осиповой Е.В., заместителю директора' });
      expect(d.tasks[3].responsible.map((p) => p.fullName)).toEqual(['Осипова Е. В.']);
      expect(d.tasks[4].responsible.map((p) => p.fullName)).toEqual(['Степанов Н. В.']);
      expect(d.tasks[0]).toMatchObject({ dueOn: null, state: 'PLANNED', responsible: [] });
    });

    it('shows each caller the federal documents, those of the region, municipality and organisations in scope; nothing else', async () => {
      const titles = async (token: string) => ((await t.gql<ListData>(LIST, {}, token)).data!.documents.nodes as { title: string; level: string }[]);
      const timDocs = await titles(tim);
      expect(timDocs.filter((d) => d.level === 'FEDERAL')).toHaveLength(17);
      expect(timDocs.map((d) => d.title)).toEqual(expect.arrayContaining(['Положение о координационном совете', 'Об утверждении положения о краевом ресурсном центре общего образования']));
      expect(timDocs.map((d) => d.title).some((x) => x.includes('Подпорожского района') || x.includes('«СОШ №35 с УИОП»'))).toBe(false);
      const podpDocs = await titles(podp);
      expect(podpDocs.some((d) => d.title.includes('Подпорожского района'))).toBe(true);
      expect(podpDocs.some((d) => d.level === 'REGIONAL' || d.title === 'Положение о координационном совете')).toBe(false);
      // A teacher of СОШ №12 reads the school's order but sees only the people their own scope reaches (themselves).
      const teacher = await t.login('teacher.filippov');
      const r = await t.gql<PageData>(PAGE, { id: await docId('demo:doc:11-vorkuta-sosh12-order-527') }, teacher);
      expect(r.errors).toBeUndefined();
      expect(r.data!.document.canEdit).toBe(false);
      expect(r.data!.document.tasks[3].responsible).toEqual([]);
      expect(r.data!.document.tasks[3].responsibleText).toBe('Осиповой Е.В., заместителю директора');
      // Another municipality's document is NOT_FOUND, exactly like an id that does not exist.
      const other = await t.gql(PAGE, { id: await docId('demo:doc:47-podp-komitet-order-201') }, tim);
      const random = await t.gql(PAGE, { id: randomUUID() }, tim);
      expect(ext(other)?.code).toBe('NOT_FOUND');
      expect(other.errors?.[0].message).toBe(random.errors?.[0].message);
    });

    it('searches titles with Russian morphology (full text, `russian`) and numbers by part; filters by level, kind, year and validity', async () => {
      const find = async (f: Record<string, unknown>) => (await t.gql<ListData>(LIST, { f }, admin)).data!.documents;
      expect((await find({ search: 'положения' })).nodes.map((d) => d.title)).toEqual(expect.arrayContaining(['Положение о муниципальной стажировочной площадке', 'Положение о координационном совете']));
      expect((await find({ search: 'наставника' })).nodes.map((d) => d.number)).toContain('401');
      expect((await find({ search: 'стандартов' })).nodes.map((d) => d.number)).toEqual(expect.arrayContaining(['373', '1897', '413']));
      expect((await find({ search: '273' })).nodes.map((d) => d.title)).toEqual(['Об образовании в Российской Федерации']);
      expect((await find({ search: '47/1' })).nodes.map((d) => d.number)).toEqual(['47/1']);
      expect((await find({ level: 'REGIONAL' })).totalCount).toBe(8);
      expect((await find({ kind: 'ORDER', year: 2019 })).nodes.map((d) => d.number).sort()).toEqual(['25', '47/1']);
      expect((await find({ validity: 'EXPIRED' })).totalCount).toBe(0);
      const expired = await t.gql<{ createDocument: { id: string; validity: string } }>(
        CREATE,
        { i: { level: 'MUNICIPAL', kind: 'REGULATION', title: 'Положение о методическом совете (редакция 2019)', municipalityId: podpMun, validFrom: '2019-01-01', validUntil: '2020-12-31' } },
        podp,
      );
      expect(expired.data!.createDocument.validity).toBe('EXPIRED');
      expect((await find({ validity: 'EXPIRED' })).nodes.map((d) => d.id)).toEqual([expired.data!.createDocument.id]);
      expect((await find({ validity: 'IN_FORCE', search: 'методическом совете' })).totalCount).toBe(0);
      expect(ext(await t.gql(LIST, { f: { year: 1800 } }, admin))?.code).toBe('BAD_USER_INPUT');
    });

    it('reads the list and an order’s page at a bounded number of SQL statements', async () => {
      const Q = `query($first: Int!) { documents(first: $first) { nodes { id canEdit taskCount owner { name } replacedBy { id } tasks { id responsible { id fullName } } } } }`;
      const cost = async (first: number) => {
        t.counter.reset();
        const r = await t.gql(Q, { first }, admin);
        expect(r.errors).toBeUndefined();
        return t.counter.statements;
      };
      const few = await cost(3);
      expect(await cost(40)).toBe(few);
      expect(few).toBeLessThanOrEqual(14);
      const TASKS = `query($first: Int!) { documentTasks(first: $first) { nodes { id canEdit responsible { fullName } document { title owner { name } } } } }`;
      t.counter.reset();
      await t.gql(TASKS, { first: 1 }, admin);
      const one = t.counter.statements;
      t.counter.reset();
      await t.gql(TASKS, { first: 50 }, admin);
      expect(t.counter.statements).toBe(one);
    });

    it('sorts both lists by every column both ways, by cursor and by offset (list order)', async () => {
      const q = `query($first: Int!, $after: String, $offset: Int, $orderBy: DocumentOrder) {
        documents(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: { archived: ALL }) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
      const l = { gql: t.gql, token: admin, query: q, variables: {}, pageSize: 7, pick: (d: Record<string, unknown>) => d['documents'] as Page };
      await checkEveryOrder(l, ['ISSUED_ON', 'TITLE', 'NUMBER', 'LEVEL', 'KIND', 'TASK_COUNT']);
      await checkPageRefusals(l);
      const tq = `query($first: Int!, $after: String, $offset: Int, $orderBy: DocumentTaskOrder) {
        documentTasks(first: $first, after: $after, offset: $offset, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
      const tl = { gql: t.gql, token: admin, query: tq, variables: {}, pageSize: 2, pick: (d: Record<string, unknown>) => d['documentTasks'] as Page };
      await checkEveryOrder(tl, ['DUE_ON', 'DOCUMENT', 'STATE', 'TEXT']);
    });
  });

  describe('changes', () => {
    it('marks a task done and back, filters tasks by state, responsible and organisation, and audits the people it names', async () => {
      const order = await docId('demo:doc:11-vorkuta-sosh12-order-527');
      const page = (await t.gql<PageData>(PAGE, { id: order }, vorkuta)).data!.document;
      const task = page.tasks[3];
      const osipova = task.responsible[0].id;
      const TASKS = `query($f: DocumentTaskFilter) { documentTasks(first: 50, filter: $f) { totalCount nodes { id state } } }`;
      type Tasks = { documentTasks: { totalCount: number; nodes: { id: string; state: string }[] } };
      const overdue = await t.gql<Tasks>(TASKS, { f: { state: 'OVERDUE', responsiblePersonId: osipova } }, vorkuta);
      expect(overdue.data!.documentTasks.nodes.map((n) => n.id)).toEqual([task.id]);
      const done = await t.gql<{ setDocumentTaskStatus: Task }>(STATUS, { id: task.id, i: { status: 'DONE', result: 'Коллектив ознакомлен' } }, vorkuta);
      expect(done.errors).toBeUndefined();
      expect(done.data!.setDocumentTaskStatus).toMatchObject({ status: 'DONE', state: 'DONE', doneOn: today(), result: 'Коллектив ознакомлен' });
      const org = ((await t.db.query(`SELECT id FROM organization WHERE external_id = 'demo:org:11-vorkuta-sosh-12'`)) as { id: string }[])[0].id;
      const ofSchool = await t.gql<Tasks>(TASKS, { f: { organizationId: org, state: 'DONE' } }, vorkuta);
      expect(ofSchool.data!.documentTasks.nodes.map((n) => n.id)).toEqual([task.id]);
      // Another municipality's methodist: the person is NOT_FOUND (not an empty list), the school's tasks are not there.
      expect(ext(await t.gql(TASKS, { f: { responsiblePersonId: osipova } }, tim))?.code).toBe('NOT_FOUND');
      expect((await t.gql<Tasks>(TASKS, { f: { organizationId: org } }, tim)).data!.documentTasks.totalCount).toBe(0);
      const back = await t.gql<{ setDocumentTaskStatus: Task }>(STATUS, { id: task.id, i: { status: 'PLANNED' } }, vorkuta);
      expect(back.data!.setDocumentTaskStatus).toMatchObject({ status: 'PLANNED', state: 'OVERDUE', doneOn: null });
      const audit = (await t.db.query(`SELECT action, person_ids FROM audit_log WHERE entity_type = 'document' AND entity_id = $1 ORDER BY at`, [order])) as { action: string; person_ids: string[] }[];
      expect(audit.map((a) => a.action)).toEqual(['task-status', 'task-status']);
      expect(audit.every((a) => JSON.stringify(a.person_ids) === JSON.stringify([osipova]))).toBe(true);
    });

    it('creates a document with a task naming people in scope; refuses bad input and people out of reach, writing nothing', async () => {
      const created = await t.gql<{ createDocument: { id: string } }>(CREATE, { i: { level: 'MUNICIPAL', kind: 'ORDER', number: '15', issuedOn: '2026-02-01', title: 'О сетевом наставничестве', municipalityId: podpMun } }, podp);
      expect(created.errors).toBeUndefined();
      const id = created.data!.createDocument.id;
      const person = await idOf(t.db, 'person', 'demo:person:47-podp-sosh8-math');
      const task = await t.gql<{ createDocumentTask: { id: string; state: string; responsible: { id: string }[] } }>(
        ADD_TASK,
        { d: id, i: { text: 'Организовать встречи наставнических пар', dueOn: '2030-05-31', responsiblePersonIds: [person] } },
        podp,
      );
      expect(task.errors).toBeUndefined();
      expect(task.data!.createDocumentTask).toMatchObject({ state: 'PLANNED', responsible: [{ id: person }] });
      const audit = (await t.db.query(`SELECT person_ids FROM audit_log WHERE entity_type = 'document' AND entity_id = $1 AND action = 'create-task'`, [id])) as { person_ids: string[] }[];
      expect(audit).toEqual([{ person_ids: [person] }]);

      const before = await count(`SELECT (SELECT count(*) FROM document) + (SELECT count(*) FROM document_task) + (SELECT count(*) FROM document_task_responsible) AS n`);
      const fieldsOf = async (q: string, v: Record<string, unknown>) => {
        const r = await t.gql(q, v, podp);
        expect(ext(r)?.code).toBe('BAD_USER_INPUT');
        return ext(r)?.fields?.map((f) => f.field);
      };
      expect(await fieldsOf(CREATE, { i: { level: 'MUNICIPAL', kind: 'ORDER', title: 'Приказ', municipalityId: podpMun, validFrom: '2026-05-01', validUntil: '2026-04-01' } })).toEqual(['validUntil']);
      expect(await fieldsOf(CREATE, { i: { level: 'MUNICIPAL', kind: 'ORDER', title: 'Приказ' } })).toEqual(['municipalityId']);
      expect(await fieldsOf(CREATE, { i: { level: 'FEDERAL', kind: 'LAW', title: 'Закон', municipalityId: podpMun } })).toEqual(['municipalityId']);
      expect(await fieldsOf(CREATE, { i: { level: 'MUNICIPAL', kind: 'ORDER', title: '   ', municipalityId: podpMun } })).toEqual(['title']);
      expect(await fieldsOf(CREATE, { i: { level: 'MUNICIPAL', kind: 'ORDER', title: 'Приказ', municipalityId: podpMun, url: 'javascript:alert(1)' } })).toEqual(['url']);
      // The Timashevsk municipality is out of reach: a field error, as for a municipality that does not exist.
      const timMun = ((await t.db.query(`SELECT id FROM municipality WHERE name = 'Тимашевский район'`)) as { id: string }[])[0].id;
      expect(await fieldsOf(CREATE, { i: { level: 'MUNICIPAL', kind: 'ORDER', title: 'Приказ', municipalityId: timMun } })).toEqual(['municipalityId']);
      expect(await fieldsOf(CREATE, { i: { level: 'MUNICIPAL', kind: 'ORDER', title: 'Приказ', municipalityId: randomUUID() } })).toEqual(['municipalityId']);
      expect(await fieldsOf(ATTACH, { id, n: 'program.exe', c: PDF.toString('base64') })).toEqual(['fileName']);
      expect(await fieldsOf(ATTACH, { id, n: 'prikaz.pdf', c: Buffer.from('not a pdf at all').toString('base64') })).toEqual(['contentBase64']);
      expect(await fieldsOf(ATTACH, { id, n: 'prikaz.pdf', c: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]).toString('base64') })).toEqual(['contentBase64']);
      expect(await fieldsOf(STATUS, { id: task.data!.createDocumentTask.id, i: { status: 'DONE', doneOn: '2999-01-01' } })).toEqual(['doneOn']);
      expect(await fieldsOf(ADD_TASK, { d: id, i: { text: 'Дважды', responsiblePersonIds: [person, person] } })).toEqual(['responsiblePersonIds']);
      const regulation = await t.gql(ADD_TASK, { d: await docId('demo:doc:23-tim-reg-council'), i: { text: 'Поручение' } }, tim);
      expect(ext(regulation)?.code).toBe('BAD_USER_INPUT');
      // An unknown responsible, or one of another region, is NOT_FOUND.
      const timPerson = await idOf(t.db, 'person', 'demo:person:23-tim-sosh1-intern');
      for (const p of [randomUUID(), timPerson]) {
        const r = await t.gql(ADD_TASK, { d: id, i: { text: 'Поручение', responsiblePersonIds: [p] } }, podp);
        expect(ext(r)?.code).toBe('NOT_FOUND');
        expect(r.errors?.[0].message).toBe('Ответственный не найден');
      }
      expect(await count(`SELECT (SELECT count(*) FROM document) + (SELECT count(*) FROM document_task) + (SELECT count(*) FROM document_task_responsible) AS n`)).toBe(before);

      const ok = await t.gql<{ attachDocumentFile: { fileName: string; fileSize: number } }>(ATTACH, { id, n: '../Приказ №15.pdf', c: PDF.toString('base64') }, podp);
      expect(ok.data!.attachDocumentFile).toEqual({ id, fileName: 'Приказ №15.pdf', fileSize: PDF.length });
      const file = await t.gql<{ documentFile: { contentBase64: string } }>(`query($id: ID!) { documentFile(documentId: $id) { contentBase64 } }`, { id }, podp);
      expect(Buffer.from(file.data!.documentFile.contentBase64, 'base64').equals(PDF)).toBe(true);
    });

    it('keeps its rules in the database too: level and owner, validity order, a done task has its date', async () => {
      const fails = async (sql: string, params: unknown[]) => {
        await expect(t.db.query(sql, params)).rejects.toThrow();
      };
      await fails(`INSERT INTO document (level, kind, title) VALUES ('MUNICIPAL', 'ORDER', 'Без муниципалитета')`, []);
      await fails(`INSERT INTO document (level, kind, title, municipality_id) VALUES ('FEDERAL', 'LAW', 'Федеральный с муниципалитетом', $1)`, [podpMun]);
      await fails(`INSERT INTO document (level, kind, title, valid_from, valid_until) VALUES ('FEDERAL', 'LAW', 'Даты', '2020-01-02', '2020-01-01')`, []);
      const order = await docId('demo:doc:47-podp-komitet-order-201');
      await fails(`INSERT INTO document_task (document_id, position, text, status) VALUES ($1, 9, 'Без даты', 'DONE')`, [order]);
    });

    it('replaces a document by another the caller reads, links the replacement, and archives and restores', async () => {
      const old = await t.gql<{ createDocument: { id: string } }>(CREATE, { i: { level: 'MUNICIPAL', kind: 'REGULATION', title: 'Положение о РМО (старая редакция)', municipalityId: podpMun } }, podp);
      const fresh = await t.gql<{ createDocument: { id: string } }>(CREATE, { i: { level: 'MUNICIPAL', kind: 'REGULATION', title: 'Положение о РМО', municipalityId: podpMun } }, podp);
      const UPDATE = `mutation($id: ID!, $r: ID) { updateDocument(id: $id, input: { replacedById: $r }) { id validity } }`;
      const oldId = old.data!.createDocument.id;
      const r = await t.gql<{ updateDocument: { validity: string } }>(UPDATE, { id: oldId, r: fresh.data!.createDocument.id }, podp);
      expect(r.data!.updateDocument.validity).toBe('EXPIRED');
      const page = await t.gql<PageData>(PAGE, { id: oldId }, podp);
      expect(page.data!.document.replacedBy).toEqual({ id: fresh.data!.createDocument.id, title: 'Положение о РМО' });
      expect(ext(await t.gql(UPDATE, { id: oldId, r: oldId }, podp))?.code).toBe('BAD_USER_INPUT');
      expect(ext(await t.gql(UPDATE, { id: oldId, r: await docId('demo:doc:23-tim-reg-council') }, podp))?.code).toBe('NOT_FOUND');
      const archived = await t.gql<{ archiveDocument: { archivedAt: string | null } }>(`mutation($id: ID!) { archiveDocument(id: $id) { archivedAt } }`, { id: oldId }, podp);
      expect(archived.data!.archiveDocument.archivedAt).not.toBeNull();
      expect((await t.gql<ListData>(LIST, { f: { search: 'старая редакция' } }, podp)).data!.documents.totalCount).toBe(0);
      const restored = await t.gql<{ restoreDocument: { archivedAt: string | null } }>(`mutation($id: ID!) { restoreDocument(id: $id) { archivedAt } }`, { id: oldId }, podp);
      expect(restored.data!.restoreDocument.archivedAt).toBeNull();
    });

    it('refuses malformed ids and empty texts on every operation with a field error, writing nothing', async () => {
      const before = await count(`SELECT (SELECT count(*) FROM document) + (SELECT count(*) FROM document_task) + (SELECT count(*) FROM audit_log WHERE entity_type = 'document') AS n`);
      const ops: [string, string, Record<string, unknown>][] = [
        ['document', `query($id: ID!) { document(id: $id) { id } }`, { id: 'x' }],
        ['documentFile', `query($id: ID!) { documentFile(documentId: $id) { fileName } }`, { id: 'x' }],
        ['documentTasks', `query($p: ID) { documentTasks(first: 5, filter: { responsiblePersonId: $p }) { totalCount } }`, { p: 'x' }],
        ['updateDocument', `mutation($id: ID!) { updateDocument(id: $id, input: { number: "1" }) { id } }`, { id: 'x' }],
        ['archiveDocument', `mutation($id: ID!) { archiveDocument(id: $id) { id } }`, { id: 'x' }],
        ['restoreDocument', `mutation($id: ID!) { restoreDocument(id: $id) { id } }`, { id: 'x' }],
        ['removeDocumentFile', `mutation($id: ID!) { removeDocumentFile(documentId: $id) { id } }`, { id: 'x' }],
        ['createDocumentTask', `mutation($id: ID!) { createDocumentTask(documentId: $id, input: { text: "Поручение" }) { id } }`, { id: 'x' }],
        ['updateDocumentTask', `mutation($id: ID!) { updateDocumentTask(taskId: $id, input: { text: "Поручение" }) { id } }`, { id: 'x' }],
        ['setDocumentTaskStatus', `mutation($id: ID!) { setDocumentTaskStatus(taskId: $id, input: { status: DONE }) { id } }`, { id: 'x' }],
        ['archiveDocumentTask', `mutation($id: ID!) { archiveDocumentTask(taskId: $id) { id } }`, { id: 'x' }],
        ['restoreDocumentTask', `mutation($id: ID!) { restoreDocumentTask(taskId: $id) { id } }`, { id: 'x' }],
      ];
      for (const [name, q, v] of ops) expect([name, ext(await t.gql(q, v, admin))?.code]).toEqual([name, 'BAD_USER_INPUT']);
      const task = ((await t.db.query(`SELECT t.id FROM document_task t JOIN document d ON d.id = t.document_id WHERE d.external_id = 'demo:doc:11-vorkuta-sosh12-order-527' ORDER BY t.position LIMIT 1`)) as { id: string }[])[0].id;
      const empty = await t.gql(`mutation($id: ID!) { updateDocumentTask(taskId: $id, input: { text: "  " }) { id } }`, { id: task }, vorkuta);
      expect(ext(empty)?.fields?.map((f) => f.field)).toEqual(['text']);
      const badDate = await t.gql(`mutation($id: ID!) { updateDocumentTask(taskId: $id, input: { text: "Поручение", dueOn: "01.09.2022" }) { id } }`, { id: task }, vorkuta);
      expect(ext(badDate)?.fields?.map((f) => f.field)).toEqual(['dueOn']);
      expect(await count(`SELECT (SELECT count(*) FROM document) + (SELECT count(*) FROM document_task) + (SELECT count(*) FROM audit_log WHERE entity_type = 'document') AS n`)).toBe(before);
    });
  });
});

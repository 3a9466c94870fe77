import { DEMO_DOCUMENTS, demoDocumentTags } from '../src/seed/demo/documents/documents.data';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Tags of the document bank: the demo documents' topics read off their titles, the list filtered by one tag inside the
 * caller's scope (case and spaces do not matter), tags normalised on create and update, and their limits refused as
 * field errors in the DTO and in the database, writing nothing.
 */
type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const LIST = `query($f: DocumentFilter) { documents(first: 100, filter: $f) { totalCount nodes { id title level tags } } }`;
type ListData = { documents: { totalCount: number; nodes: { id: string; title: string; level: string; tags: string[] }[] } };
const CREATE = `mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id tags } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateDocumentInput!) { updateDocument(id: $id, input: $i) { id tags title } }`;

describe('documents: tags and the tag filter', () => {
  let t: TestApp;
  let podp: string;
  let tim: string;
  let podpMun: string;
  const list = async (token: string, f: Record<string, unknown>) => {
    const r = await t.gql<ListData>(LIST, { f }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.documents;
  };

  beforeAll(async () => {
    t = await startTestApp();
    [podp, tim] = await Promise.all(['methodist.podporozhye', 'methodist.timashevsk'].map((l) => t.login(l)));
    podpMun = ((await t.db.query(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)) as { id: string }[])[0].id;
  });
  afterAll(() => t?.close());

  it('tags the demo documents by the words of their titles and the seed’s list, nothing more', () => {
    const tagged = (tag: string) => DEMO_DOCUMENTS.filter((d) => demoDocumentTags(d).includes(tag)).map((d) => d.title);
    expect(tagged('наставничество')).toEqual(expect.arrayContaining(['О проведении в Российской Федерации Года педагога и наставника']));
    expect(tagged('стажировочные площадки')).toEqual(['Положение о муниципальной стажировочной площадке']);
    expect(tagged('500+')).toEqual([expect.stringContaining('«500+»')]);
    const constitution = DEMO_DOCUMENTS.find((d) => d.key === 'demo:doc:fed-constitution')!;
    expect(demoDocumentTags(constitution)).toEqual([]);
  });

  it('filters the list by one tag inside the caller’s scope; case and spaces do not matter', async () => {
    const all = await list(tim, {});
    const mentoring = await list(tim, { tag: '  Наставничество ' });
    expect(mentoring.totalCount).toBeGreaterThan(0);
    expect(mentoring.nodes.every((d) => d.tags.includes('наставничество'))).toBe(true);
    expect(mentoring.nodes.map((d) => d.id).sort()).toEqual(all.nodes.filter((d) => d.tags.includes('наставничество')).map((d) => d.id).sort());
    // The staging sites' regulation is Timashevsk's: its methodist finds it by the tag, Podporozhye's does not.
    expect((await list(tim, { tag: 'стажировочные площадки' })).nodes.map((d) => d.title)).toEqual(['Положение о муниципальной стажировочной площадке']);
    expect((await list(podp, { tag: 'стажировочные площадки' })).totalCount).toBe(0);
    expect((await list(tim, { tag: 'нет такой метки' })).totalCount).toBe(0);
    // A tag combines with the other filters.
    const federal = await list(tim, { tag: 'наставничество', level: 'FEDERAL' });
    expect(federal.nodes.every((d) => d.level === 'FEDERAL' && d.tags.includes('наставничество'))).toBe(true);
  });

  it('normalises tags on create and replaces them on update; an update without tags keeps them', async () => {
    const created = await t.gql<{ createDocument: { id: string; tags: string[] } }>(
      CREATE,
      { i: { level: 'MUNICIPAL', kind: 'ORDER', title: 'О школьных методических объединениях', municipalityId: podpMun, tags: ['  Сетевое   взаимодействие ', 'сетевое взаимодействие', 'ШМО', ' '] } },
      podp,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createDocument.id;
    expect(created.data!.createDocument.tags).toEqual(['сетевое взаимодействие', 'шмо']);
    expect((await list(podp, { tag: 'ШМО' })).nodes.map((d) => d.id)).toEqual([id]);

    const renamed = await t.gql<{ updateDocument: { tags: string[]; title: string } }>(UPDATE, { id, i: { title: 'О ШМО' } }, podp);
    expect(renamed.data!.updateDocument).toEqual({ id, title: 'О ШМО', tags: ['сетевое взаимодействие', 'шмо'] });
    const retagged = await t.gql<{ updateDocument: { tags: string[] } }>(UPDATE, { id, i: { tags: ['Наставничество'] } }, podp);
    expect(retagged.data!.updateDocument.tags).toEqual(['наставничество']);
    const audit = (await t.db.query(`SELECT after FROM audit_log WHERE entity_type = 'document' AND entity_id = $1 AND action = 'update' ORDER BY at DESC LIMIT 1`, [id])) as { after: { tags: string[] } }[];
    expect(audit[0].after.tags).toEqual(['наставничество']);
  });

  it('refuses too many or too long tags as field errors, in the DTO and in the database, writing nothing', async () => {
    const before = ((await t.db.query(`SELECT count(*)::int AS n FROM document`)) as { n: number }[])[0].n;
    const base = { level: 'MUNICIPAL', kind: 'ORDER', title: 'Приказ', municipalityId: podpMun };
    const tooMany = await t.gql<unknown>(CREATE, { i: { ...base, tags: Array.from({ length: 21 }, (_, i) => `метка ${i}`) } }, podp);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.extensions?.fields).toEqual([{ field: 'tags', message: 'Не больше 20 меток' }]);
    const tooLong = await t.gql<unknown>(CREATE, { i: { ...base, tags: ['я'.repeat(61)] } }, podp);
    expect((tooLong as R<unknown>).errors?.[0]?.extensions?.fields).toEqual([{ field: 'tags', message: 'Метка — не длиннее 60 символов' }]);
    const badFilter = await t.gql<unknown>(LIST, { f: { tag: 'я'.repeat(61) } }, podp);
    expect(badFilter.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(((await t.db.query(`SELECT count(*)::int AS n FROM document`)) as { n: number }[])[0].n).toBe(before);
    await expect(t.db.query(`UPDATE document SET tags = $1 WHERE external_id = 'demo:doc:fed-constitution'`, [Array.from({ length: 21 }, (_, i) => `т${i}`)])).rejects.toThrow(/ck_document_tags/);
  });
});

import JSZip from 'jszip';
import { isoDay, routeDiagnostics } from './support/route-fixtures';
import { GqlResult, startTestApp, TestApp } from './support/test-app';

/**
 * Attached documents (agreements, route evidence) are checked by their real type, not by their name: a PDF
 * header with HTML behind it and a ZIP renamed .docx were accepted, and «../../../../etc/x.pdf» was stored as
 * given. Each refusal is a field error in Russian that writes nothing; a name is stored sanitised.
 */

const ATTACH = `mutation($id: ID!, $input: AgreementFileInput!) { attachAgreementFile(agreementId: $id, input: $input) { id fileName fileType } }`;
const EVIDENCE = `mutation($id: ID!, $input: RouteEvidenceInput!) { attachRouteStepEvidence(stepId: $id, input: $input) { id steps { id evidenceFileName } } }`;

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const PDF_WITH_HTML = Buffer.from('%PDF-1.4\n<!DOCTYPE html><html><body><script>fetch("/graphql")</script></body></html>\n%%EOF\n', 'latin1');

const made = new Map<string, Promise<Buffer>>();
/** A ZIP of these files (made once per set: the zip bomb takes a while to pack). */
function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const key = JSON.stringify(Object.entries(files).map(([n, c]) => [n, c.length]));
  if (!made.has(key)) made.set(key, pack(files));
  return made.get(key)!;
}
async function pack(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
const DOCX_PARTS = { '[Content_Types].xml': '<?xml version="1.0"?><Types/>', 'word/document.xml': '<?xml version="1.0"?><w:document/>' };

const fieldsOf = (r: GqlResult) => r.errors?.[0]?.extensions?.fields;

describe('uploads: attached documents by their real type, names sanitised', () => {
  let t: TestApp;
  let agreement: string;
  let step: string;
  let school12: string;
  let filippov: string;

  beforeAll(async () => {
    t = await startTestApp();
    agreement = ((await t.db.query(`SELECT id FROM agreement WHERE external_id = 'demo:agreement:vorkuta-sosh12-sosh35-2022'`)) as { id: string }[])[0].id;
    [school12, filippov] = await Promise.all([t.login('school12.vorkuta'), t.login('teacher.filippov')]);
    // A route of teacher.filippov with one step, approved and started: its step takes evidence.
    const f = await routeDiagnostics(t.db);
    const ok = async <T>(q: string, v: Record<string, unknown>, token: string): Promise<T> => {
      const r = await t.gql<T>(q, v, token);
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data;
    };
    const input = { personId: f.filippov, title: 'ИОМ: проверка файлов', goal: 'Закрыть дефициты', startsOn: isoDay(-60), endsOn: isoDay(120), campaignId: f.before, competenceIds: [f.sh21] };
    const route = (await ok<{ createLearningRoute: { id: string } }>(`mutation($input: CreateRouteInput!) { createLearningRoute(input: $input) { id } }`, { input }, filippov)).createLearningRoute.id;
    const added = await ok<{ addRouteStep: { steps: { id: string }[] } }>(
      `mutation($id: ID!, $input: RouteStepInput!) { addRouteStep(routeId: $id, input: $input) { steps { id } } }`,
      { id: route, input: { kind: 'SELF_EDUCATION', title: 'Изучить приёмы постановки задачи', competenceIds: [f.sh21] } },
      filippov,
    );
    step = added.addRouteStep.steps[0].id;
    for (const [name, token] of [['submitLearningRoute', filippov], ['approveLearningRoute', school12], ['startLearningRoute', filippov]] as const) {
      await ok(`mutation($id: ID!) { ${name}(id: $id) { id } }`, { id: route }, token);
    }
  });
  afterAll(() => t.close());

  const files = async () =>
    ((await t.db.query(`SELECT (SELECT count(*) FROM agreement_file) AS a, (SELECT count(*) FROM learning_route_step_file) AS s`)) as Record<string, string>[])[0];

  const attachAgreement = (fileName: string, content: Buffer) => t.gql<{ attachAgreementFile: { fileName: string; fileType: string } }>(ATTACH, { id: agreement, input: { fileName, contentBase64: b64(content) } }, school12);
  const attachEvidence = (fileName: string, content: Buffer) =>
    t.gql<{ attachRouteStepEvidence: { steps: { id: string; evidenceFileName: string | null }[] } }>(EVIDENCE, { id: step, input: { fileName, contentBase64: b64(content) } }, filippov);

  describe.each([
    ['agreement files', attachAgreement as (n: string, c: Buffer) => Promise<GqlResult>],
    ['route evidence files', attachEvidence as (n: string, c: Buffer) => Promise<GqlResult>],
  ])('%s', (_label, attach) => {
    it.each([
      ['a PDF header followed by HTML', 'соглашение.pdf', () => Promise.resolve(PDF_WITH_HTML), 'Файл PDF содержит HTML или сценарии: сохраните документ заново как PDF'],
      ['a PDF without its %%EOF trailer', 'соглашение.pdf', () => Promise.resolve(PDF.subarray(0, 40)), 'Файл PDF оборван: нет окончания %%EOF'],
      ['any ZIP renamed .docx', 'соглашение.docx', () => zipOf({ 'index.html': '<html></html>', 'payload.exe': 'MZ' }), 'Содержимое файла не похоже на DOCX'],
      ['a workbook renamed .docx', 'соглашение.docx', () => zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }), 'Содержимое файла не похоже на DOCX'],
      ['a zip bomb dressed as a document', 'соглашение.docx', () => zipOf({ ...DOCX_PARTS, 'word/media/zeros.bin': Buffer.alloc(120 * 1024 * 1024) }), 'Файл в распакованном виде больше 100 МБ'],
    ])('refuses %s on the field, writing nothing', async (_what, fileName, content, message) => {
      const before = await files();
      const r = await attach(fileName, await content());
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toEqual([{ field: 'contentBase64', message }]);
      expect(await files()).toEqual(before);
    });

    it('refuses a name with nothing left after sanitising', async () => {
      const r = await attach('../../..', PDF);
      expect(fieldsOf(r)).toEqual([{ field: 'fileName', message: 'Укажите имя файла' }]);
    });
  });

  it('accepts a real DOCX and stores the agreement file under its sanitised name', async () => {
    const docx = await attachAgreement('C:\\Users\\school12\\Соглашение\u0007 2024.docx', await zipOf(DOCX_PARTS));
    expect(docx.errors).toBeUndefined();
    expect(docx.data!.attachAgreementFile).toMatchObject({ fileName: 'Соглашение 2024.docx' });
    const pdf = await attachAgreement('../../../../etc/x.pdf', PDF);
    expect(pdf.errors).toBeUndefined();
    expect(pdf.data!.attachAgreementFile).toEqual({ id: agreement, fileName: 'x.pdf', fileType: 'application/pdf' });
    const [row] = (await t.db.query(`SELECT file_name FROM agreement WHERE id = $1`, [agreement])) as { file_name: string }[];
    expect(row.file_name).toBe('x.pdf');
  });

  it('stores route evidence under its sanitised name, in the journal too', async () => {
    const r = await attachEvidence(`../../../../etc/${'отчёт'.repeat(40)}\u202E.pdf`, PDF);
    expect(r.errors).toBeUndefined();
    const name = r.data!.attachRouteStepEvidence.steps.find((s) => s.id === step)!.evidenceFileName!;
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name).not.toMatch(/[/\\\u202E]/);
    expect([...name].length).toBeLessThanOrEqual(120);
    const journal = (await t.db.query(`SELECT text FROM learning_route_journal_entry WHERE step_id = $1 ORDER BY created_at DESC LIMIT 1`, [step])) as { text: string }[];
    expect(journal[0].text).toContain(`файл «${name}»`);
  });
});

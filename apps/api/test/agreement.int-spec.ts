import { AGREEMENT_EXPIRY_WARNING_DAYS, AGREEMENT_FILE_MAX_BYTES } from '@metodset/shared';
import { GqlResult, idOf, startTestApp, TestApp } from './support/test-app';

/**
 * Agreements of a network through the API: parties and terms, the attached document (type, content
 * and size checks, download of the same bytes), the expiring list, archive, and who may touch them.
 * Every refusal is checked for its code, its field, and that nothing was written.
 */

const AGREEMENT = 'id networkId number kind signedOn subject startsOn endsOn fileName fileType fileSize archivedAt isExpiring parties { id name }';
const CREATE = `mutation($id: ID!, $input: CreateAgreementInput!) { createAgreement(networkId: $id, input: $input) { ${AGREEMENT} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, input: $input) { ${AGREEMENT} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveAgreement(id: $id) { ${AGREEMENT} } }`;
const RESTORE = `mutation($id: ID!) { restoreAgreement(id: $id) { ${AGREEMENT} } }`;
const ATTACH = `mutation($id: ID!, $input: AgreementFileInput!) { attachAgreementFile(agreementId: $id, input: $input) { ${AGREEMENT} } }`;
const REMOVE_FILE = `mutation($id: ID!) { removeAgreementFile(agreementId: $id) { ${AGREEMENT} } }`;
const FILE = `query($id: ID!) { agreementFile(agreementId: $id) { fileName fileType contentBase64 } }`;
const EXPIRING = `query($days: Int) { expiringAgreements(withinDays: $days) { ${AGREEMENT} } }`;
const EXPIRING_DEFAULT = `query { expiringAgreements { ${AGREEMENT} } }`;
const NETWORK_AGREEMENTS = `query($id: ID!) { network(id: $id) { agreements { id number parties { id } } } }`;

interface Agreement {
  id: string;
  networkId: string;
  number: string;
  kind: string;
  signedOn: string;
  subject: string;
  startsOn: string;
  endsOn: string | null;
  fileName: string | null;
  fileType: string | null;
  fileSize: number | null;
  archivedAt: string | null;
  isExpiring: boolean;
  parties: { id: string; name: string }[];
}

let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;
const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
const fieldsOf = (r: GqlResult) => r.errors?.[0]?.extensions?.fields;
/** The date `days` from now, as the API computes the end of the warning period. */
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const PDF_BYTES = Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1'), Buffer.from([0, 1, 2, 253, 254, 255]), Buffer.from('\n%%EOF\n')]);

describe('agreements', () => {
  let t: TestApp;
  let vorkuta: string;
  let timashevsk: string;
  let org12: string;
  let org35: string;
  let domUchitelya: string;
  let podp1: string;
  let demoVorkutaAgreement: string;
  const tokens = new Map<string, string>();
  const as = async (login: string) => {
    if (!tokens.has(login)) tokens.set(login, await t.login(login));
    return tokens.get(login)!;
  };

  /** Row counts a refused mutation must leave alone. */
  const counts = async () =>
    ((await t.db.query(
      `SELECT (SELECT count(*) FROM agreement) AS agreement, (SELECT count(*) FROM agreement_party) AS party,
              (SELECT count(*) FROM agreement_file) AS file, (SELECT count(*) FROM audit_log WHERE action <> 'login') AS audit`,
    )) as Record<string, string>[])[0];
  /** An agreement with its parties and file, as stored. */
  const stored = async (id: string) =>
    ((await t.db.query(
      `SELECT (SELECT row_to_json(a) FROM agreement a WHERE a.id = $1) AS agreement,
              (SELECT json_agg(p.organization_id ORDER BY p.organization_id) FROM agreement_party p WHERE p.agreement_id = $1) AS parties,
              (SELECT encode(f.content, 'base64') FROM agreement_file f WHERE f.agreement_id = $1) AS file`,
      [id],
    )) as unknown[])[0];
  const expectRefused = async (run: () => Promise<GqlResult>, code: string, fields: { field: string; message: string }[] | undefined, agreementId?: string) => {
    const before = await counts();
    const row = agreementId ? await stored(agreementId) : null;
    const r = await run();
    expect(codeOf(r)).toBe(code);
    expect(fieldsOf(r)).toEqual(fields);
    expect(await counts()).toEqual(before);
    if (agreementId) expect(await stored(agreementId)).toEqual(row);
    return r;
  };

  const input = (patch: Record<string, unknown> = {}) => ({
    number: `ПС-${unique()}`,
    kind: 'PARTNERSHIP',
    signedOn: '2024-08-25',
    subject: 'Партнёрское соглашение о наставничестве «Учитель – учитель» между ШМО двух школ',
    startsOn: '2024-09-01',
    endsOn: '2026-06-30',
    partyOrganizationIds: [org12, org35],
    ...patch,
  });
  const create = async (patch: Record<string, unknown> = {}): Promise<Agreement> => {
    const r = await t.gql<{ createAgreement: Agreement }>(CREATE, { id: vorkuta, input: input(patch) }, await as('school12.vorkuta'));
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.createAgreement;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const net = async (key: string) => ((await t.db.query('SELECT id FROM network WHERE external_id = $1', [key])) as { id: string }[])[0].id;
    vorkuta = await net('demo:network:vorkuta-sosh12-sosh35');
    timashevsk = await net('demo:network:timashevsk-krc');
    org12 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
    org35 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-35');
    domUchitelya = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-dom-uchitelya');
    podp1 = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1');
    demoVorkutaAgreement = ((await t.db.query(`SELECT id FROM agreement WHERE external_id = 'demo:agreement:vorkuta-sosh12-sosh35-2022'`)) as { id: string }[])[0].id;
  });
  afterAll(() => t.close());

  describe('createAgreement', () => {
    it('creates an agreement of the Vorkuta network between the two schools, shows it on the network and audits it', async () => {
      const a = await create();
      expect(a).toMatchObject({ networkId: vorkuta, kind: 'PARTNERSHIP', signedOn: '2024-08-25', startsOn: '2024-09-01', endsOn: '2026-06-30', fileName: null, archivedAt: null });
      expect(a.parties.map((p) => p.id).sort()).toEqual([org12, org35].sort());
      const parties: { organization_id: string }[] = await t.db.query('SELECT organization_id FROM agreement_party WHERE agreement_id = $1 ORDER BY organization_id', [a.id]);
      expect(parties.map((p) => p.organization_id)).toEqual([org12, org35].sort());
      const net = await t.gql<{ network: { agreements: { id: string; parties: { id: string }[] }[] } }>(NETWORK_AGREEMENTS, { id: vorkuta }, await as('teacher.filippov'));
      expect(net.data!.network.agreements.map((x) => x.id)).toContain(a.id);
      const audit: { action: string; entity_type: string }[] = await t.db.query('SELECT action, entity_type FROM audit_log WHERE entity_id = $1', [a.id]);
      expect(audit).toEqual([{ action: 'create', entity_type: 'agreement' }]);
    });

    it.each([
      ['a party that is not a member of the network', () => ({ partyOrganizationIds: [org12, podp1] }), 'partyOrganizationIds.1', 'Сторона соглашения должна быть участником сети'],
      ['fewer than two parties', () => ({ partyOrganizationIds: [org12] }), 'partyOrganizationIds', 'Сторон соглашения — не меньше двух'],
      ['the same party twice', () => ({ partyOrganizationIds: [org12, org12] }), 'partyOrganizationIds', 'Сторона указана дважды'],
      ['a signature after the start of the term', () => ({ signedOn: '2024-09-02' }), 'startsOn', 'Срок не может начаться раньше подписания'],
      ['an end before the start', () => ({ endsOn: '2024-08-31' }), 'endsOn', 'Окончание срока не может быть раньше начала'],
      ['an empty number', () => ({ number: '  ' }), 'number', 'Введите номер соглашения'],
    ])('refuses %s on the field and writes nothing', async (_label, patch, field, message) => {
      const vars = { id: vorkuta, input: input(patch()) };
      await expectRefused(async () => t.gql(CREATE, vars, await as('school12.vorkuta')), 'BAD_USER_INPUT', [{ field, message }]);
    });

    it('accepts a party of the network that is neither school (the Дом Учителя) and an open-ended term', async () => {
      const a = await create({ partyOrganizationIds: [org12, org35, domUchitelya], endsOn: null });
      expect(a.parties).toHaveLength(3);
      expect(a.endsOn).toBeNull();
      expect(a.isExpiring).toBe(false);
    });

    it('gives a teacher FORBIDDEN and writes nothing', async () => {
      await expectRefused(async () => t.gql(CREATE, { id: vorkuta, input: input() }, await as('teacher.filippov')), 'FORBIDDEN', undefined);
    });

    it('gives methodist.podporozhye NOT_FOUND on the Vorkuta network and writes nothing', async () => {
      await expectRefused(async () => t.gql(CREATE, { id: vorkuta, input: input() }, await as('methodist.podporozhye')), 'NOT_FOUND', undefined);
    });
  });

  describe('updateAgreement', () => {
    it('changes the term and the parties, and audits it', async () => {
      const a = await create();
      const r = await t.gql<{ updateAgreement: Agreement }>(
        UPDATE,
        { id: a.id, input: { endsOn: '2027-06-30', partyOrganizationIds: [org12, domUchitelya] } },
        await as('school12.vorkuta'),
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.updateAgreement.endsOn).toBe('2027-06-30');
      expect(r.data!.updateAgreement.parties.map((p) => p.id).sort()).toEqual([org12, domUchitelya].sort());
      const audit: { action: string }[] = await t.db.query('SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at, id', [a.id]);
      expect(audit.map((x) => x.action)).toEqual(['create', 'update']);
    });

    it.each([
      ['a party outside the network', () => ({ partyOrganizationIds: [podp1, org12] }), 'partyOrganizationIds.0', 'Сторона соглашения должна быть участником сети'],
      ['a signature after the stored start', () => ({ signedOn: '2024-09-15' }), 'startsOn', 'Срок не может начаться раньше подписания'],
      ['an end before the stored start', () => ({ endsOn: '2024-01-01' }), 'endsOn', 'Окончание срока не может быть раньше начала'],
    ])('refuses %s and leaves the agreement as it was', async (_label, patch, field, message) => {
      const a = await create();
      await expectRefused(async () => t.gql(UPDATE, { id: a.id, input: patch() }, await as('school12.vorkuta')), 'BAD_USER_INPUT', [{ field, message }], a.id);
    });
  });

  describe('the attached document', () => {
    const b64 = PDF_BYTES.toString('base64');

    it('attaches a PDF and gives back the same bytes; replaces it; audits both', async () => {
      const a = await create();
      const token = await as('school12.vorkuta');
      const r = await t.gql<{ attachAgreementFile: Agreement }>(ATTACH, { id: a.id, input: { fileName: 'Соглашение №1.pdf', contentBase64: b64 } }, token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.attachAgreementFile).toMatchObject({ fileName: 'Соглашение №1.pdf', fileType: 'application/pdf', fileSize: PDF_BYTES.length });

      // A reader of the network (the teacher of school №12) downloads it.
      const file = await t.gql<{ agreementFile: { fileName: string; fileType: string; contentBase64: string } }>(FILE, { id: a.id }, await as('teacher.filippov'));
      expect(file.errors).toBeUndefined();
      expect(file.data!.agreementFile).toEqual({ fileName: 'Соглашение №1.pdf', fileType: 'application/pdf', contentBase64: b64 });
      expect(Buffer.from(file.data!.agreementFile.contentBase64, 'base64').equals(PDF_BYTES)).toBe(true);

      const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR')]);
      const replaced = await t.gql<{ attachAgreementFile: Agreement }>(ATTACH, { id: a.id, input: { fileName: 'скан.PNG', contentBase64: png.toString('base64') } }, token);
      expect(replaced.data!.attachAgreementFile).toMatchObject({ fileName: 'скан.PNG', fileType: 'image/png', fileSize: png.length });
      const files: { content: Buffer }[] = await t.db.query('SELECT content FROM agreement_file WHERE agreement_id = $1', [a.id]);
      expect(files).toHaveLength(1);
      expect(files[0].content.equals(png)).toBe(true);
      const audit: { action: string }[] = await t.db.query('SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at, id', [a.id]);
      expect(audit.map((x) => x.action)).toEqual(['create', 'attach-file', 'attach-file']);
    });

    it.each([
      ['an .exe', () => ({ fileName: 'scan.exe', contentBase64: Buffer.from('MZ\x90\x00').toString('base64') }), 'fileName', 'Допустимы файлы pdf, docx, doc, jpg, jpeg, png'],
      ['a PNG name on PDF bytes', () => ({ fileName: 'scan.png', contentBase64: b64 }), 'contentBase64', 'Содержимое файла не похоже на PNG'],
      [
        'a file over 5 MB',
        () => {
          const big = Buffer.alloc(AGREEMENT_FILE_MAX_BYTES + 1, 0x20);
          big.write('%PDF-1.4');
          return { fileName: 'big.pdf', contentBase64: big.toString('base64') };
        },
        'contentBase64',
        'Файл больше 5 МБ',
      ],
      ['content that is not base64', () => ({ fileName: 'a.pdf', contentBase64: '%PDF не base64 !!' }), 'contentBase64', 'Файл не прочитан: ожидалось содержимое в base64'],
    ])('refuses %s on the field and leaves the agreement and its file as they were', async (_label, fileInput, field, message) => {
      const a = await create();
      const token = await as('school12.vorkuta');
      await t.gql(ATTACH, { id: a.id, input: { fileName: 'old.pdf', contentBase64: b64 } }, token);
      await expectRefused(() => t.gql(ATTACH, { id: a.id, input: fileInput() }, token), 'BAD_USER_INPUT', [{ field, message }], a.id);
    });

    it('removes the file: the fields are cleared and the download is NOT_FOUND', async () => {
      const a = await create();
      const token = await as('school12.vorkuta');
      await t.gql(ATTACH, { id: a.id, input: { fileName: 'a.pdf', contentBase64: b64 } }, token);
      const r = await t.gql<{ removeAgreementFile: Agreement }>(REMOVE_FILE, { id: a.id }, token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.removeAgreementFile).toMatchObject({ fileName: null, fileType: null, fileSize: null });
      expect(await t.db.query('SELECT 1 FROM agreement_file WHERE agreement_id = $1', [a.id])).toEqual([]);
      expect(codeOf(await t.gql(FILE, { id: a.id }, token))).toBe('NOT_FOUND');
    });
  });

  describe('expiringAgreements', () => {
    type Row = { id: string; ends_on: string };
    /** Active agreements ending between today (the database's) and the API's end of the period, any network. */
    const expectedFor = async (days: number): Promise<Row[]> =>
      t.db.query(
        `SELECT id, to_char(ends_on, 'YYYY-MM-DD') AS ends_on FROM agreement
          WHERE archived_at IS NULL AND ends_on BETWEEN CURRENT_DATE AND CAST($1 AS date) ORDER BY ends_on, id`,
        [isoDay(days)],
      );

    it('lists, by default for 90 days, the active agreements ending in the period — the Timashevsk one with «Персонал-Ресурс» among them', async () => {
      const soon = await create({ signedOn: '2024-01-10', startsOn: '2024-01-10', endsOn: isoDay(30) });
      const later = await create({ signedOn: '2024-01-10', startsOn: '2024-01-10', endsOn: isoDay(AGREEMENT_EXPIRY_WARNING_DAYS + 30) });
      const archived = await create({ signedOn: '2024-01-10', startsOn: '2024-01-10', endsOn: isoDay(10) });
      await t.gql(ARCHIVE, { id: archived.id }, await as('school12.vorkuta'));

      const today: { d: string }[] = await t.db.query(`SELECT to_char(CURRENT_DATE, 'YYYY-MM-DD') AS d`);
      const until = isoDay(AGREEMENT_EXPIRY_WARNING_DAYS);
      const r = await t.gql<{ expiringAgreements: Agreement[] }>(EXPIRING_DEFAULT, {}, await as('admin'));
      expect(r.errors).toBeUndefined();
      const got = r.data!.expiringAgreements;
      for (const a of got) {
        expect(a.endsOn! >= today[0].d && a.endsOn! <= until).toBe(true);
        expect(a.archivedAt).toBeNull();
        expect(a.isExpiring).toBe(true);
      }
      expect(got.map((a) => a.endsOn)).toEqual([...got.map((a) => a.endsOn)].sort());
      const expected = await expectedFor(AGREEMENT_EXPIRY_WARNING_DAYS);
      expect(got.map((a) => a.id)).toEqual(expected.map((e) => e.id));
      expect(got.length).toBeGreaterThan(0);
      const ids = got.map((a) => a.id);
      expect(ids).toContain(soon.id);
      expect(ids).not.toContain(later.id);
      expect(ids).not.toContain(archived.id);

      // The (illustrative) demo agreement with «Персонал-Ресурс» ends on 2026-12-31: listed whenever that falls in the period.
      const demo: { id: string }[] = await t.db.query(`SELECT id FROM agreement WHERE external_id = 'demo:agreement:timashevsk-krc-personal-resurs'`);
      const demoInWindow = expected.filter((e) => e.id === demo[0].id);
      expect(ids.includes(demo[0].id)).toBe(demoInWindow.length === 1);
      expect(demoInWindow.length).toBe('2026-12-31' >= today[0].d && '2026-12-31' <= until ? 1 : 0);
      // The branch of КубГУ in Славянск-на-Кубани has no agreement: the seed says its documents «готовятся».
      expect(await t.db.query(`SELECT 1 FROM agreement WHERE external_id = 'demo:agreement:timashevsk-krc-kubsu-slavyansk'`)).toEqual([]);

      const wider = await t.gql<{ expiringAgreements: Agreement[] }>(EXPIRING, { days: AGREEMENT_EXPIRY_WARNING_DAYS + 60 }, await as('admin'));
      expect(wider.data!.expiringAgreements.map((a) => a.id)).toContain(later.id);
    });

    it('lists only the agreements of the networks in the caller’s scope', async () => {
      const own = await create({ signedOn: '2024-01-10', startsOn: '2024-01-10', endsOn: isoDay(20) });
      const podp = await t.gql<{ expiringAgreements: Agreement[] }>(EXPIRING_DEFAULT, {}, await as('methodist.podporozhye'));
      expect(podp.errors).toBeUndefined();
      expect(podp.data!.expiringAgreements.map((a) => a.id)).not.toContain(own.id);
      const tim = await t.gql<{ expiringAgreements: Agreement[] }>(EXPIRING_DEFAULT, {}, await as('methodist.timashevsk'));
      expect(tim.data!.expiringAgreements.every((a) => a.networkId === timashevsk)).toBe(true);
      const teacher = await t.gql<{ expiringAgreements: Agreement[] }>(EXPIRING_DEFAULT, {}, await as('teacher.filippov'));
      expect(teacher.data!.expiringAgreements.map((a) => a.id)).toContain(own.id);
      expect(teacher.data!.expiringAgreements.every((a) => a.networkId === vorkuta)).toBe(true);
    });

    it.each([0, -1, 731])('refuses withinDays %s', async (days) => {
      const r = await t.gql(EXPIRING, { days }, await as('admin'));
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toEqual([{ field: 'withinDays', message: 'Срок — от 1 до 730 дней' }]);
    });
  });

  describe('archive and restore', () => {
    it('archives (edits refused), restores, and audits both', async () => {
      const a = await create();
      const token = await as('school12.vorkuta');
      const arch = await t.gql<{ archiveAgreement: Agreement }>(ARCHIVE, { id: a.id }, token);
      expect(arch.data!.archiveAgreement.archivedAt).not.toBeNull();
      const r = await expectRefused(() => t.gql(UPDATE, { id: a.id, input: { subject: 'Новый предмет' } }, token), 'BAD_USER_INPUT', [], a.id);
      expect(r.errors?.[0].message).toBe('Соглашение в архиве: сначала восстановите его');
      const attach = await expectRefused(
        () => t.gql(ATTACH, { id: a.id, input: { fileName: 'Скан.pdf', contentBase64: PDF_BYTES.toString('base64') } }, token),
        'BAD_USER_INPUT',
        [],
        a.id,
      );
      expect(attach.errors?.[0].message).toBe('Соглашение в архиве: сначала восстановите его');
      const restored = await t.gql<{ restoreAgreement: Agreement }>(RESTORE, { id: a.id }, token);
      expect(restored.data!.restoreAgreement.archivedAt).toBeNull();
      const edit = await t.gql<{ updateAgreement: Agreement }>(UPDATE, { id: a.id, input: { subject: 'Новый предмет' } }, token);
      expect(edit.data!.updateAgreement.subject).toBe('Новый предмет');
      const audit: { action: string; entity_type: string }[] = await t.db.query('SELECT action, entity_type FROM audit_log WHERE entity_id = $1 ORDER BY at, id', [a.id]);
      expect(audit).toEqual(['create', 'archive', 'restore', 'update'].map((action) => ({ action, entity_type: 'agreement' })));
    });
  });

  describe('who may touch the Vorkuta agreement', () => {
    it('gives methodist.podporozhye NOT_FOUND for every change and for the file, and writes nothing', async () => {
      const token = await as('methodist.podporozhye');
      await t.gql(ATTACH, { id: demoVorkutaAgreement, input: { fileName: 'Соглашение.pdf', contentBase64: PDF_BYTES.toString('base64') } }, await as('school12.vorkuta'));
      const attempts: [string, Record<string, unknown>][] = [
        [UPDATE, { id: demoVorkutaAgreement, input: { number: 'Захват' } }],
        [ARCHIVE, { id: demoVorkutaAgreement }],
        [RESTORE, { id: demoVorkutaAgreement }],
        [ATTACH, { id: demoVorkutaAgreement, input: { fileName: 'x.pdf', contentBase64: PDF_BYTES.toString('base64') } }],
        [REMOVE_FILE, { id: demoVorkutaAgreement }],
        [FILE, { id: demoVorkutaAgreement }],
      ];
      for (const [query, vars] of attempts) {
        await expectRefused(() => t.gql(query, vars, token), 'NOT_FOUND', undefined, demoVorkutaAgreement);
      }
    });

    it('gives the teacher (a reader of the network) FORBIDDEN for every change, and writes nothing', async () => {
      const token = await as('teacher.filippov');
      for (const [query, vars] of [
        [UPDATE, { id: demoVorkutaAgreement, input: { number: 'Захват' } }],
        [ARCHIVE, { id: demoVorkutaAgreement }],
        [REMOVE_FILE, { id: demoVorkutaAgreement }],
      ] as const) {
        await expectRefused(() => t.gql(query, vars, token), 'FORBIDDEN', undefined, demoVorkutaAgreement);
      }
    });
  });
});

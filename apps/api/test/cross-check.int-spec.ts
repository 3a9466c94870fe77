import { startTestApp, TestApp } from './support/test-app';

const GET = `query($id: ID!) { eventCrossCheck(eventId: $id) {
  eventId canEdit schoolPairs { fromName checkerName } expertPairs { subject first { fullName } second { fullName } }
  protocol { subject grade paperCount discrepancyCount comment illustrative } } }`;
const SAVE = `mutation($id: ID!, $input: CrossCheckInput!) { saveEventCrossCheck(eventId: $id, input: $input) {
  schoolPairs { fromName checkerName } expertPairs { subject } protocol { subject grade paperCount discrepancyCount } } }`;

interface CrossCheck {
  canEdit: boolean;
  schoolPairs: { fromName: string; checkerName: string }[];
  expertPairs: { subject: string; first: { fullName: string } | null; second: { fullName: string } | null }[];
  protocol: { subject: string; grade: number; paperCount: number; discrepancyCount: number; comment: string; illustrative: boolean }[];
}

describe('cross-check of diagnostic papers', () => {
  let t: TestApp;
  let vorkuta: string;
  let ninth: string;
  const idOf = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;

  beforeAll(async () => {
    t = await startTestApp();
    vorkuta = await t.login('school12.vorkuta');
    ninth = await idOf(`SELECT id FROM event WHERE external_id = 'demo:event:vorkuta-cross-check-9'`);
  });
  afterAll(() => t?.close());

  const fields = (r: { errors?: { extensions?: { fields?: { field: string; message: string }[] } }[] }) => r.errors?.[0]?.extensions?.fields ?? [];

  it('shows Vorkuta’s cross-check as seed 003 states it: the two schools check each other, no invented experts or protocol', async () => {
    const r = await t.gql<{ eventCrossCheck: CrossCheck }>(GET, { id: ninth }, vorkuta);
    expect(r.errors).toBeUndefined();
    expect(r.data!.eventCrossCheck.schoolPairs).toEqual([
      { fromName: 'МОУ «СОШ №12» г. Воркуты', checkerName: 'МОУ «СОШ №35 с УИОП» г. Воркуты' },
      { fromName: 'МОУ «СОШ №35 с УИОП» г. Воркуты', checkerName: 'МОУ «СОШ №12» г. Воркуты' },
    ]);
    expect(r.data!.eventCrossCheck.expertPairs).toEqual([]);
    expect(r.data!.eventCrossCheck.protocol).toEqual([]);
    expect(r.data!.eventCrossCheck.canEdit).toBe(true);
  });

  it('shows the illustrative protocol of the fictional schools, marked illustrative', async () => {
    const id = await idOf(`SELECT id FROM event WHERE external_id = 'demo:event:friends-cross-check-illustrative'`);
    const r = await t.gql<{ eventCrossCheck: CrossCheck }>(GET, { id }, await t.login('admin'));
    expect(r.data!.eventCrossCheck.protocol.map((p) => [p.subject, p.grade, p.paperCount, p.discrepancyCount, p.illustrative])).toEqual([
      ['Русский язык', 9, 24, 3, true],
      ['Русский язык', 11, 18, 1, true],
    ]);
    expect(r.data!.eventCrossCheck.expertPairs[0]).toMatchObject({ subject: 'Русский язык', first: { fullName: 'Виноградова Елена Николаевна' } });
  });

  it('records experts and the protocol; refuses bad lines, a school checking itself and people out of reach, writing nothing', async () => {
    const org12 = await idOf(`SELECT id FROM organization WHERE external_id = 'demo:org:11-vorkuta-sosh-12'`);
    const org35 = await idOf(`SELECT id FROM organization WHERE external_id = 'demo:org:11-vorkuta-sosh-35'`);
    const teacher12 = await idOf(`SELECT id FROM person WHERE external_id = 'demo:person:11-vorkuta-sosh12-teacher-math'`);
    const teacher35 = await idOf(`SELECT id FROM person WHERE external_id = 'demo:person:11-vorkuta-sosh35-math'`);
    const elsewhere = await idOf(`SELECT id FROM person WHERE external_id LIKE 'demo:person:47-%' ORDER BY external_id LIMIT 1`);
    const pairs = [
      { fromOrganizationId: org12, checkerOrganizationId: org35 },
      { fromOrganizationId: org35, checkerOrganizationId: org12 },
    ];
    const input = {
      schoolPairs: pairs,
      expertPairs: [{ firstPersonId: teacher12, secondPersonId: teacher35, subject: 'Математика' }],
      protocol: [{ subject: ' Математика ', grade: 9, paperCount: 25, discrepancyCount: 2, comment: 'Критерий 5' }],
    };
    const bad = await t.gql(
      SAVE,
      {
        id: ninth,
        input: {
          schoolPairs: [...pairs, { fromOrganizationId: org12, checkerOrganizationId: org12 }],
          expertPairs: [{ firstPersonId: teacher12, secondPersonId: elsewhere, subject: '' }],
          protocol: [
            { subject: 'Математика', grade: 9, paperCount: 5, discrepancyCount: 6, comment: '' },
            { subject: 'математика', grade: 9, paperCount: 5, discrepancyCount: 0, comment: '' },
          ],
        },
      },
      vorkuta,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fields(bad).map((f) => f.field).sort()).toEqual(['expertPairs.0.secondPersonId', 'protocol.0.discrepancyCount', 'protocol.1.subject', 'schoolPairs.2.checkerOrganizationId']);
    const dto = await t.gql(SAVE, { id: ninth, input: { ...input, protocol: [{ subject: '', grade: 12, paperCount: -1, discrepancyCount: 0, comment: '' }] } }, vorkuta);
    expect(dto.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql<{ eventCrossCheck: CrossCheck }>(GET, { id: ninth }, vorkuta)).data!.eventCrossCheck.protocol).toEqual([]);

    const ok = await t.gql<{ saveEventCrossCheck: CrossCheck }>(SAVE, { id: ninth, input }, vorkuta);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.saveEventCrossCheck.protocol).toEqual([{ subject: 'Математика', grade: 9, paperCount: 25, discrepancyCount: 2 }]);
    const audit = (await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'update-cross-check'`, [ninth])) as { n: number }[];
    expect(audit[0].n).toBe(1);
  });

  it('refuses a cross-check on an event of another kind as missing, and to a teacher as forbidden', async () => {
    const seminar = await idOf(`SELECT id FROM event WHERE kind <> 'PAPER_CROSS_CHECK' ORDER BY id LIMIT 1`);
    const r = await t.gql(GET, { id: seminar }, await t.login('admin'));
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const teacher = await t.gql(SAVE, { id: ninth, input: { schoolPairs: [], expertPairs: [], protocol: [] } }, await t.login('teacher.filippov'));
    expect(teacher.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

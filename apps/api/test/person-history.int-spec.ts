import { idOf, startTestApp, TestApp } from './support/test-app';

const UPDATE = `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) {
  id positions { organizationId kind startedOn endedOn } qualificationHistory { category assignedOn orderRef validUntil } } }`;

/** The employment history (positions with dates) and the qualification category history on a person's card. */
describe('person: employment and qualification category histories', () => {
  let t: TestApp;
  let person: string;
  let org: string;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    person = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math');
    org = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
    token = await t.login('school12.vorkuta');
  });
  afterAll(() => t.close());

  it('keeps positions with their dates and the category history, latest first, and audits the change', async () => {
    const input = {
      positions: [{ organizationId: org, kind: 'TEACHER', startedOn: '2023-09-01' }],
      qualificationHistory: [
        { category: 'FIRST', assignedOn: '2020-02-10', orderRef: 'Приказ № 12', validUntil: '2025-02-10' },
        { category: 'HIGHEST', assignedOn: '2025-03-01' },
      ],
    };
    const r = await t.gql<{ updatePerson: { positions: { startedOn: string; endedOn: string | null }[]; qualificationHistory: { category: string; assignedOn: string }[] } }>(UPDATE, { id: person, input }, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updatePerson.positions).toEqual([{ organizationId: org, kind: 'TEACHER', startedOn: '2023-09-01', endedOn: null }]);
    expect(r.data!.updatePerson.qualificationHistory.map((q) => [q.category, q.assignedOn])).toEqual([
      ['HIGHEST', '2025-03-01'],
      ['FIRST', '2020-02-10'],
    ]);
    const [audit] = (await t.db.query(`SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'update' ORDER BY at DESC LIMIT 1`, [person])) as { after: { qualificationHistory: unknown[] } }[];
    expect(audit!.after.qualificationHistory).toHaveLength(2);
  });

  it('refuses dates out of order and repeated categories with field errors, writing nothing', async () => {
    const bad = async (input: Record<string, unknown>, field: string) => {
      const r = await t.gql(UPDATE, { id: person, input }, token);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(r.errors?.[0]?.extensions?.['fields'])).toContain(field);
    };
    await bad({ positions: [{ organizationId: org, kind: 'TEACHER', startedOn: '2024-09-01', endedOn: '2024-01-01' }] }, 'positions.0.endedOn');
    await bad({ qualificationHistory: [{ category: 'FIRST', assignedOn: '2024-01-01', validUntil: '2023-01-01' }] }, 'qualificationHistory.0.validUntil');
    await bad({ qualificationHistory: [{ category: 'NONE', assignedOn: '2024-01-01' }] }, 'qualificationHistory.0.category');
    await bad({ qualificationHistory: [{ category: 'FIRST', assignedOn: '2024-01-01' }, { category: 'FIRST', assignedOn: '2024-01-01' }] }, 'qualificationHistory.1.assignedOn');
    await bad({ qualificationHistory: [{ category: 'FIRST', assignedOn: 'вчера' }] }, 'assignedOn');
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM qualification_record WHERE person_id = $1`, [person])) as { n: number }[];
    expect(n).toBe(2);
  });

  it('the database refuses a category history that ends before it starts', async () => {
    await expect(t.db.query(`INSERT INTO qualification_record (person_id, category, assigned_on, valid_until) VALUES ($1, 'FIRST', '2024-01-01', '2023-01-01')`, [person])).rejects.toThrow(
      /ck_qualification_record_period/,
    );
    await expect(t.db.query(`UPDATE position SET started_on = '2024-01-01', ended_on = '2023-01-01' WHERE person_id = $1`, [person])).rejects.toThrow(/ck_position_period/);
  });
});

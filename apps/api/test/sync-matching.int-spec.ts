import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind, withInnCheckDigit, withSnilsCheck } from '@metodset/shared';
import { createTestClient, TestClient } from './support/api-client';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Issue 13: rows a client has no id for yet are found by what the registry already holds — a municipality by its
 * OKTMO, an organisation by ИНН, a person by СНИЛС (then e-mail) — by the stated rule of docs/api-sync.md: a person
 * found by СНИЛС or e-mail is taken only when the first name (and the date of birth, where both know it) agree, keys
 * that point to two people refuse the row, a СНИЛС is never changed by sync, and two people are never merged.
 */
const SYNC_ORGS = `mutation($input: SyncOrganizationsInput!) { syncOrganizations(input: $input) { created updated unchanged refused rows { externalId status id code reason changedFields } } }`;
const SYNC_PEOPLE = `mutation($input: SyncPeopleInput!) { syncPeople(input: $input) { created updated unchanged refused rows { externalId status id code reason changedFields } } }`;
type Row = { externalId: string; status: string; id: string | null; code: string | null; reason: string | null; changedFields: string[] };
type Result = { created: number; updated: number; unchanged: number; refused: number; rows: Row[] };

const PODP = 'Подпорожский муниципальный район';
const innC = withInnCheckDigit('470993001');
const snils = (n: number) => withSnilsCheck(String(500000000 + n));

describe('sync matching by OKTMO, ИНН and СНИЛС', () => {
  let t: TestApp;
  let podp: string;
  let vorkuta: string;
  let client: TestClient;
  let demo: { id: string; first_name: string; last_name: string; birth: string | null }[];
  let stranger: string;

  beforeAll(async () => {
    t = await startTestApp();
    const ids = (await t.db.query(`SELECT id, name FROM municipality WHERE name = $1 OR name = 'городской округ «Воркута»'`, [PODP])) as { id: string; name: string }[];
    podp = ids.find((x) => x.name === PODP)!.id;
    vorkuta = ids.find((x) => x.name !== PODP)!.id;
    await t.db.query(`UPDATE municipality SET oktmo = CASE WHEN id = $1 THEN '41639000' ELSE '87710000' END WHERE id IN ($1, $2)`, [podp, vorkuta]);
    client = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podp }, permissions: [{ domain: ApiClientDomain.SYNC, access: ApiClientAccess.WRITE }] });
    // Illustrative people of Podporozhye the client has no id for, one of them with a СНИЛС; one in Vorkuta.
    demo = (await t.db.query(
      `SELECT p.id, p.first_name, p.last_name, to_char(p.birth_date, 'YYYY-MM-DD') AS birth FROM person p
         JOIN position pos ON pos.person_id = p.id AND pos.is_main JOIN organization o ON o.id = pos.organization_id
        WHERE o.municipality_id = $1 AND p.illustrative AND p.archived_at IS NULL ORDER BY p.id LIMIT 3`,
      [podp],
    )) as typeof demo;
    expect(demo).toHaveLength(3);
    await t.db.query(`UPDATE person SET snils = NULL, email = 'tretiy.pedagog@example.ru' WHERE id = $1`, [demo[2]!.id]);
    await t.db.query(`UPDATE person SET snils = $2, email = NULL WHERE id = $1`, [demo[0]!.id, snils(1)]);
    await t.db.query(`UPDATE person SET snils = $2, email = 'vtoroy.pedagog@example.ru' WHERE id = $1`, [demo[1]!.id, snils(2)]);
    const [v] = (await t.db.query(
      `SELECT p.id FROM person p JOIN position pos ON pos.person_id = p.id AND pos.is_main JOIN organization o ON o.id = pos.organization_id WHERE o.municipality_id = $1 ORDER BY p.id LIMIT 1`,
      [vorkuta],
    )) as { id: string }[];
    stranger = v!.id;
    await t.db.query(`UPDATE person SET snils = $2 WHERE id = $1`, [stranger, snils(3)]);
  });
  afterAll(() => t.close());

  const run = async (q: string, key: 'syncOrganizations' | 'syncPeople', rows: unknown[], token = client.secret): Promise<Result> => {
    const r = await t.gql<Record<string, Result>>(q, { input: { rows } }, token);
    expect(r.errors).toBeUndefined();
    return r.data![key]!;
  };
  const people = async () => Number((await t.db.query('SELECT count(*) AS n FROM person'))[0].n);

  it('takes the municipality by OKTMO (in scope only) and an organisation by ИНН', async () => {
    const [held] = (await t.db.query(
      `SELECT id, name, kind::text AS kind, short_name AS "shortName", address, email, website FROM organization WHERE municipality_id = $1 AND inn IS NULL AND archived_at IS NULL ORDER BY id LIMIT 1`,
      [podp],
    )) as { id: string; name: string; kind: string; shortName: string | null; address: string | null; email: string | null; website: string | null }[];
    const { id: _id, ...fields } = held!;
    await t.db.query(`UPDATE organization SET inn = $2 WHERE id = $1`, [held!.id, innC]);
    const r = await run(SYNC_ORGS, 'syncOrganizations', [
      { externalId: 'OKTMO-1', name: 'МОУ «Школа по ОКТМО»', kind: 'SCHOOL', municipalityOktmo: '41 639 000' },
      { externalId: 'OKTMO-VORKUTA', name: 'Чужая школа', kind: 'SCHOOL', municipalityOktmo: '87710000' },
      { externalId: 'OKTMO-BAD', name: 'Школа', kind: 'SCHOOL', municipalityOktmo: '4163' },
      { externalId: 'OKTMO-MISMATCH', name: 'Школа', kind: 'SCHOOL', municipalityOktmo: '41639000', municipalityId: vorkuta },
      { externalId: 'NO-MUNICIPALITY', name: 'Школа', kind: 'SCHOOL' },
      { externalId: 'BY-INN', ...fields, inn: innC, municipalityOktmo: '41639000' },
    ]);
    expect(r.rows.map((x) => [x.externalId, x.status, x.code])).toEqual([
      ['OKTMO-1', 'CREATED', null],
      ['OKTMO-VORKUTA', 'REFUSED', 'NOT_FOUND'],
      ['OKTMO-BAD', 'REFUSED', 'INVALID'],
      ['OKTMO-MISMATCH', 'REFUSED', 'CONFLICT'],
      ['NO-MUNICIPALITY', 'REFUSED', 'INVALID'],
      ['BY-INN', 'UPDATED', null],
    ]);
    expect(r.rows[1]!.reason).toBe('Муниципалитет с ОКТМО 87710000: Не найдено или вне вашей зоны ответственности');
    expect(r.rows[2]!.reason).toBe('municipalityOktmo: ОКТМО — 8 или 11 цифр');
    expect(r.rows[4]!.reason).toBe('municipalityId: Укажите муниципалитет: его идентификатор или ОКТМО');
    expect(r.rows[5]).toMatchObject({ id: held!.id, changedFields: ['externalId'] });
    expect(await t.db.query(`SELECT municipality_id FROM organization WHERE id = $1`, [r.rows[0]!.id])).toEqual([{ municipality_id: podp }]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM organization WHERE name = 'Чужая школа'`)).toEqual([{ n: 0 }]);
    const again = await run(SYNC_ORGS, 'syncOrganizations', [
      { externalId: 'OKTMO-1', name: 'МОУ «Школа по ОКТМО»', kind: 'SCHOOL', municipalityOktmo: '41639000' },
      { externalId: 'BY-INN', ...fields, inn: innC, municipalityId: podp },
    ]);
    expect(again.rows.map((x) => x.status)).toEqual(['UNCHANGED', 'UNCHANGED']);
  });

  it('finds a person by СНИЛС when the first name agrees (a new surname is written), and never merges two people', async () => {
    const pos = [{ organizationExternalId: 'OKTMO-1', kind: 'TEACHER' }];
    const before = await people();
    const [a, b] = demo as [(typeof demo)[0], (typeof demo)[0]];
    const r = await run(SYNC_PEOPLE, 'syncPeople', [
      // The same person under a new surname, СНИЛС written with dashes.
      { externalId: 'S-1', lastName: `${a.last_name}-Новая`, firstName: a.first_name.toUpperCase(), birthDate: a.birth, snils: `${snils(1).slice(0, 3)}-${snils(1).slice(3, 6)}-${snils(1).slice(6, 9)} ${snils(1).slice(9)}`, positions: pos },
      // Someone else claims b's СНИЛС: another first name.
      { externalId: 'S-2', lastName: b.last_name, firstName: `${b.first_name}ий`, snils: snils(2), positions: pos },
      // A new СНИЛС, but the e-mail of b (another first name): not taken as b, and not created beside b either.
      { externalId: 'S-3', lastName: 'Ключева', firstName: 'Мария', snils: snils(9), email: 'vtoroy.pedagog@example.ru', positions: pos },
      // A СНИЛС held outside the client's zone.
      { externalId: 'S-4', lastName: 'Чужой', firstName: 'Иван', snils: snils(3), positions: pos },
      { externalId: 'S-5', lastName: 'Ошибкина', firstName: 'Вера', snils: '12345678900', positions: pos },
      { externalId: 'S-6', lastName: 'Новикова', firstName: 'Ольга', snils: snils(7), positions: pos },
      { externalId: 'S-7', lastName: 'Новиков', firstName: 'Олег', snils: snils(7), positions: pos },
    ]);
    expect(r.rows.map((x) => [x.externalId, x.status, x.code])).toEqual([
      ['S-1', 'UPDATED', null],
      ['S-2', 'REFUSED', 'CONFLICT'],
      ['S-3', 'REFUSED', 'CONFLICT'],
      ['S-4', 'REFUSED', 'NOT_FOUND'],
      ['S-5', 'REFUSED', 'INVALID'],
      ['S-6', 'CREATED', null],
      ['S-7', 'REFUSED', 'DUPLICATE'],
    ]);
    expect(r.rows[0]).toMatchObject({ id: a.id });
    expect(r.rows[0]!.changedFields).toEqual(expect.arrayContaining(['lastName', 'externalId']));
    expect(r.rows[1]!.reason).toBe('Этот СНИЛС указан у педагога с другим именем: это другой человек? Проверьте данные (записи не объединяются)');
    expect(r.rows[2]!.reason).toBe('Этот адрес почты указан у педагога с другим именем: это другой человек? Проверьте данные (записи не объединяются)');
    expect(r.rows[3]!.reason).toBe('СНИЛС: Не найдено или вне вашей зоны ответственности');
    expect(r.rows[4]!.reason).toBe('snils: СНИЛС: не сходится контрольное число — проверьте цифры');
    expect(r.rows[6]!.reason).toBe('Этот СНИЛС уже есть в строке 6 запроса');
    expect(await people()).toBe(before + 1);
    expect(await t.db.query(`SELECT last_name FROM person WHERE id = $1`, [a.id])).toEqual([{ last_name: `${a.last_name}-Новая` }]);
  });

  it('refuses a row whose СНИЛС and e-mail point to two people, and keeps a СНИЛС sync cannot change', async () => {
    const pos = [{ organizationExternalId: 'OKTMO-1', kind: 'TEACHER' }];
    const [a, b] = demo as [(typeof demo)[0], (typeof demo)[0]];
    const before = await people();
    const r = await run(SYNC_PEOPLE, 'syncPeople', [
      // b by СНИЛС, the third person by e-mail.
      { externalId: 'S-8', lastName: b.last_name, firstName: b.first_name, snils: snils(2), email: 'tretiy.pedagog@example.ru', positions: pos },
      { externalId: 'S-1', lastName: `${a.last_name}-Новая`, firstName: a.first_name, birthDate: a.birth, snils: snils(4), positions: pos },
      { externalId: 'S-9', lastName: b.last_name, firstName: b.first_name, birthDate: b.birth ? '1950-01-01' : null, email: 'vtoroy.pedagog@example.ru', positions: pos },
    ]);
    expect(r.rows.map((x) => [x.externalId, x.status, x.code, x.reason])).toEqual([
      ['S-8', 'REFUSED', 'CONFLICT', 'Этот адрес почты у другого педагога'],
      ['S-1', 'REFUSED', 'CONFLICT', 'У педагога в Методсети другой СНИЛС: синхронизация его не меняет (исправьте СНИЛС в карточке педагога)'],
      b.birth
        ? ['S-9', 'REFUSED', 'CONFLICT', 'Этот адрес почты указан у педагога с другой датой рождения: проверьте данные (записи не объединяются)']
        : ['S-9', 'UPDATED', null, null],
    ]);
    // Linked by the client's id to Ольга, with b's СНИЛС.
    const taken = await run(SYNC_PEOPLE, 'syncPeople', [{ externalId: 'S-6', lastName: 'Новикова', firstName: 'Ольга', snils: snils(2), positions: pos }]);
    expect(taken.rows[0]).toMatchObject({ status: 'REFUSED', code: 'CONFLICT', reason: 'Этот СНИЛС у другого педагога' });
    expect(await people()).toBe(before);
    expect(await t.db.query(`SELECT snils FROM person WHERE id = $1`, [a.id])).toEqual([{ snils: snils(1) }]);
    // A row without СНИЛС leaves the one held: the same row again is UNCHANGED.
    const kept = await run(SYNC_PEOPLE, 'syncPeople', [{ externalId: 'S-6', lastName: 'Новикова', firstName: 'Ольга', positions: pos }]);
    expect(kept.rows[0]).toMatchObject({ status: 'UNCHANGED' });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM person WHERE snils = $1`, [snils(7)])).toEqual([{ n: 1 }]);
  });

  it('two clients syncing the same new СНИЛС at once make one person, never two', async () => {
    const other = await createTestClient(t.db, { scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: podp }, permissions: [{ domain: ApiClientDomain.SYNC, access: ApiClientAccess.WRITE }] });
    const org = await run(SYNC_ORGS, 'syncOrganizations', [{ externalId: 'THEIR-ORG', name: 'МОУ «Школа по ОКТМО»', kind: 'SCHOOL', municipalityOktmo: '41639000' }], other.secret);
    expect(org.rows[0]!.status).not.toBe('REFUSED');
    const row = (externalId: string, orgId: string) => ({ externalId, lastName: 'Параллельная', firstName: 'Дарья', snils: snils(11), positions: [{ organizationExternalId: orgId, kind: 'TEACHER' }] });
    const results = await Promise.all([run(SYNC_PEOPLE, 'syncPeople', [row('MINE-1', 'OKTMO-1')]), run(SYNC_PEOPLE, 'syncPeople', [row('THEIRS-1', 'THEIR-ORG')], other.secret)]);
    const rows = results.map((x) => x.rows[0]!);
    expect(rows.map((x) => x.status)).toContain('CREATED');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM person WHERE snils = $1`, [snils(11)])).toEqual([{ n: 1 }]);
    // Whichever came second either linked its id to the same person or was refused whole (a key taken by the other).
    const accepted = rows.filter((x) => x.status !== 'REFUSED');
    expect(new Set(accepted.map((x) => x.id)).size).toBe(1);
    for (const x of rows.filter((y) => y.status === 'REFUSED')) expect(x.code).toBe('CONFLICT');
  });
});

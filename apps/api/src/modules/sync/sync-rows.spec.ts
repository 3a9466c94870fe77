import { withInnCheckDigit } from '@metodset/shared';
import { decodeCursor, encodeCursor } from './cursor';
import { backoffSeconds, sign, verify } from './signature';
import { checkOrganization, checkPerson, repeatedRows, sameFields } from './sync-rows';

const MU = '7d3a2f4e-1b2c-4d5e-8f90-123456789abc';

describe('sync rows', () => {
  it('normalises a good organisation row and lists every problem of a bad one', () => {
    const inn = withInnCheckDigit('470991005');
    const good = checkOrganization({ externalId: ' ORG-1 ', name: '  МОУ   «СОШ № 1» ', kind: 'SCHOOL', inn: ` ${inn.slice(0, 4)} ${inn.slice(4)} `, municipalityId: MU.toUpperCase(), email: 'A@B.RU' });
    expect(good).toEqual({
      ok: true,
      values: { externalId: 'ORG-1', name: 'МОУ «СОШ № 1»', shortName: null, kind: 'SCHOOL', inn, municipalityId: MU, municipalityOktmo: null, address: null, email: 'a@b.ru', website: null, archived: false },
    });
    const bad = checkOrganization({ externalId: '', name: ' ', kind: 'CASTLE', inn: '1234567890', municipalityId: 'Подпорожье' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => p.field)).toEqual(['externalId', 'name', 'kind', 'inn', 'municipalityId']);
  });

  it('checks people with positions: at least one, each with an organisation, no repeats', () => {
    const ok = checkPerson({ externalId: 'P-1', lastName: 'Иванова', firstName: 'Анна', subjects: ['физика', 'математика', 'физика'], positions: [{ organizationExternalId: 'ORG-1', kind: 'TEACHER' }] });
    expect(ok.ok && ok.values.subjects).toEqual(['математика', 'физика']);
    expect(ok.ok && ok.values.qualificationCategory).toBe('NONE');
    const none = checkPerson({ externalId: 'P-2', lastName: 'Иванова', firstName: 'Анна', positions: [] });
    expect(!none.ok && none.problems).toEqual([{ field: 'positions', message: 'Укажите хотя бы одну должность в организации' }]);
    const bad = checkPerson({
      externalId: 'P-3',
      lastName: 'Иванова',
      firstName: 'Анна',
      birthDate: '31.12.1980',
      experienceYears: 80,
      positions: [{ kind: 'TEACHER' }, { organizationInn: '1', kind: 'KING' }, { organizationExternalId: 'O', kind: 'TEACHER' }, { organizationExternalId: 'O', kind: 'TEACHER' }],
    });
    expect(!bad.ok && bad.problems.map((p) => p.field)).toEqual(['birthDate', 'experienceYears', 'positions[0]', 'positions[1].organizationInn', 'positions[1].kind', 'positions[3]']);
  });

  it('finds rows that repeat a key of an earlier row, and compares fields', () => {
    expect([...repeatedRows(['a', 'b', 'a', null, 'b', null], (x) => x)]).toEqual([[2, 0], [4, 1]]);
    expect(sameFields({ a: ['x'], b: null as string | null }, { a: ['x'], b: undefined as unknown as null }, ['a', 'b'])).toBe(true);
    expect(sameFields({ a: ['x'] }, { a: ['y'] }, ['a'])).toBe(false);
  });
});

describe('change feed cursor', () => {
  it('round-trips and refuses a foreign cursor', () => {
    expect(decodeCursor(encodeCursor({ xid: '12345', seq: '7' }))).toEqual({ xid: '12345', seq: '7' });
    expect(decodeCursor(null)).toEqual({ xid: '0', seq: '0' });
    expect(() => decodeCursor('bm9wZQ')).toThrow('Курсор не распознан');
  });
});

describe('webhook signature', () => {
  it('signs «timestamp.body» with HMAC-SHA256, verifies within the tolerance only', () => {
    const body = '{"event":"ROUTE_APPROVED"}';
    const s = sign('секрет-подписки-1234', 1_800_000_000, body);
    expect(s).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verify('секрет-подписки-1234', 1_800_000_000, body, s, 1_800_000_100)).toBe(true);
    expect(verify('секрет-подписки-1234', 1_800_000_000, body + ' ', s, 1_800_000_100)).toBe(false);
    expect(verify('другой-секрет-12345', 1_800_000_000, body, s, 1_800_000_100)).toBe(false);
    expect(verify('секрет-подписки-1234', 1_800_000_000, body, s, 1_800_001_000)).toBe(false);
    expect([1, 2, 3, 4, 20].map(backoffSeconds)).toEqual([1, 2, 4, 8, 3600]);
  });
});

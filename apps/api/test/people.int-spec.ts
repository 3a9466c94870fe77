import { checkEveryOrder, checkPageRefusals, Page } from './support/list-order';
import { idOf, startTestApp, TestApp } from './support/test-app';

const LIST = `query($first: Int!, $after: String, $offset: Int, $filter: PersonFilter, $orderBy: PersonOrder) {
  people(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id lastName fullName isYoungTeacher experienceYears positions { organizationId organization { name } } }
  }
}`;
type Node = { id: string; lastName: string; fullName: string; isYoungTeacher: boolean; experienceYears: number | null; positions: { organizationId: string; organization: { name: string } | null }[] };
type ListData = { people: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] } };

const CREATE = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id lastName email positions { organizationId kind } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { id lastName email experienceYears } }`;
const ARCHIVE = `mutation($id: ID!) { archivePerson(id: $id) { id archivedAt } }`;
const RESTORE = `mutation($id: ID!) { restorePerson(id: $id) { id archivedAt } }`;
const CARD = `query($id: ID!) { person(id: $id) { id fullName } }`;

let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;

describe('people', () => {
  let t: TestApp;
  let podp1: string;
  let podp3: string;
  let vorkuta12: string;
  beforeAll(async () => {
    t = await startTestApp();
    podp1 = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1');
    podp3 = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-3');
    vorkuta12 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
  });
  afterAll(() => t.close());

  /** Rows that a refused mutation must leave alone. */
  const counts = async () => {
    const rows: { person: string; position: string; audit: string }[] = await t.db.query(
      `SELECT (SELECT count(*) FROM person) AS person, (SELECT count(*) FROM position) AS position,
              (SELECT count(*) FROM audit_log WHERE action <> 'login') AS audit`,
    );
    return rows[0];
  };
  const fieldsOf = (r: { errors?: { extensions?: { fields?: { field: string; message: string }[] } }[] }) => r.errors?.[0]?.extensions?.fields;
  const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

  describe('list filters', () => {
    it('finds by part of the name', async () => {
      const token = await t.login('admin');
      const r = await t.gql<ListData>(LIST, { first: 50, filter: { search: 'филипп' } }, token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.people.nodes.length).toBeGreaterThan(0);
      expect(r.data!.people.nodes.every((n) => n.fullName.toLowerCase().includes('филипп'))).toBe(true);
    });

    it('lists the staff of one organisation', async () => {
      const token = await t.login('admin');
      const r = await t.gql<ListData>(LIST, { first: 100, filter: { organizationId: vorkuta12 } }, token);
      const expected: { n: string }[] = await t.db.query(
        `SELECT count(DISTINCT pe.id) AS n FROM person pe JOIN position p ON p.person_id = pe.id WHERE p.organization_id = $1 AND pe.archived_at IS NULL`,
        [vorkuta12],
      );
      expect(r.data!.people.totalCount).toBe(Number(expected[0].n));
      expect(r.data!.people.nodes.every((n) => n.positions.some((p) => p.organizationId === vorkuta12))).toBe(true);
    });

    it('lists young teachers only (стаж ≤ 3)', async () => {
      const token = await t.login('admin');
      const r = await t.gql<ListData>(LIST, { first: 100, filter: { youngOnly: true } }, token);
      const nodes = r.data!.people.nodes;
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((n) => n.isYoungTeacher && n.experienceYears !== null && n.experienceYears <= 3)).toBe(true);
      const all = await t.gql<ListData>(LIST, { first: 1 }, token);
      expect(all.data!.people.totalCount).toBeGreaterThan(r.data!.people.totalCount);
    });

    it('refuses a malformed organisation id in the filter', async () => {
      const token = await t.login('admin');
      const r = await t.gql(LIST, { first: 10, filter: { organizationId: 'nope' } }, token);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
    });

    it('sorts by every column both ways, stable with ties, by cursor and by offset', async () => {
      const token = await t.login('methodist.podporozhye');
      const list = { gql: t.gql, token, query: LIST, pick: (d: Record<string, unknown>) => d['people'] as Page, pageSize: 9 };
      const asc = await checkEveryOrder(list, ['NAME', 'SUBJECTS', 'EXPERIENCE', 'QUALIFICATION', 'CREATED_AT'], 10);
      const all = await t.gql<ListData>(LIST, { first: 100 }, token);
      const years = new Map(all.data!.people.nodes.map((n) => [n.id, n.experienceYears ?? -1]));
      const sorted = asc['EXPERIENCE'].map((id) => years.get(id)!);
      expect(sorted).toEqual([...sorted].sort((a, b) => a - b));
    });

    it('refuses after with offset and a page over 100', async () => {
      const token = await t.login('admin');
      await checkPageRefusals({ gql: t.gql, token, query: LIST, pick: (d) => d['people'] as Page });
    });

    it('sorts by the full name as person.sql names people, a missing middle name first, one per page', async () => {
      const token = await t.login('methodist.podporozhye');
      const last = `Сортова${unique()}`;
      const make = async (firstName: string, middleName: string | null) => {
        const r = await t.gql<{ createPerson: { id: string } }>(
          CREATE,
          { input: { lastName: last, firstName, middleName, positions: [{ organizationId: podp1, kind: 'TEACHER' }] } },
          token,
        );
        expect(r.errors).toBeUndefined();
        return r.data!.createPerson.id;
      };
      const anna = await make('Анна', null);
      const annaB = await make('Анна', 'Борисовна');
      const boris = await make('Борис', 'Андреевич');
      const names: string[] = [];
      const ids: string[] = [];
      let after: string | null = null;
      do {
        const r: { data?: ListData | null } = await t.gql<ListData>(LIST, { first: 1, after, orderBy: { field: 'NAME', direction: 'ASC' }, filter: { search: last } }, token);
        names.push(...r.data!.people.nodes.map((n) => n.fullName));
        ids.push(...r.data!.people.nodes.map((n) => n.id));
        after = r.data!.people.pageInfo.hasNextPage ? r.data!.people.pageInfo.endCursor : null;
      } while (after);
      expect(ids).toEqual([anna, annaB, boris]);
      expect(names).toEqual([`${last} Анна`, `${last} Анна Борисовна`, `${last} Борис Андреевич`]);
    });
  });

  it('audits the opening of a person card', async () => {
    const token = await t.login('methodist.podporozhye');
    const id = await idOf(t.db, 'person', 'demo:person:47-podp-sosh1-math');
    const account: { id: string }[] = await t.db.query(`SELECT id FROM account WHERE login = 'methodist.podporozhye'`);
    const before: { n: string }[] = await t.db.query(`SELECT count(*) AS n FROM audit_log WHERE action = 'read' AND entity_id = $1`, [id]);
    const r = await t.gql<{ person: { id: string } }>(CARD, { id }, token);
    expect(r.data!.person.id).toBe(id);
    const rows: { account_id: string; entity_type: string }[] = await t.db.query(
      `SELECT account_id, entity_type FROM audit_log WHERE action = 'read' AND entity_id = $1 ORDER BY at DESC`,
      [id],
    );
    expect(rows.length).toBe(Number(before[0].n) + 1);
    expect(rows[0]).toEqual({ account_id: account[0].id, entity_type: 'person' });
  });

  describe('createPerson', () => {
    it('creates a person with positions at organisations in scope and audits it', async () => {
      const token = await t.login('methodist.podporozhye');
      const lastName = `Новикова${unique()}`;
      const r = await t.gql<{ createPerson: { id: string; positions: { organizationId: string; kind: string }[] } }>(
        CREATE,
        { input: { lastName, firstName: 'Вера', experienceYears: 1, positions: [{ organizationId: podp1, kind: 'TEACHER', title: 'учитель' }, { organizationId: podp3, kind: 'METHODIST', isMain: false }] } },
        token,
      );
      expect(r.errors).toBeUndefined();
      const created = r.data!.createPerson;
      expect(created.positions.map((p) => p.organizationId).sort()).toEqual([podp1, podp3].sort());
      const audit: { action: string }[] = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [created.id]);
      expect(audit.map((a) => a.action)).toEqual(['create']);
    });

    it('refuses a position at an organisation outside the methodist’s scope and writes nothing', async () => {
      const token = await t.login('methodist.podporozhye');
      const before = await counts();
      const r = await t.gql(CREATE, { input: { lastName: 'Чужая', firstName: 'Анна', positions: [{ organizationId: vorkuta12, kind: 'TEACHER' }] } }, token);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)?.map((f) => f.field)).toEqual(['positions.0.organizationId']);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['an empty last name', { lastName: '   ' }, 'lastName', 'Введите фамилию'],
      ['a malformed birth date', { birthDate: '31.12.1990' }, 'birthDate', 'Дата рождения — в виде ГГГГ-ММ-ДД'],
      ['an impossible birth date', { birthDate: '1990-02-30' }, 'birthDate', 'Дата рождения — в виде ГГГГ-ММ-ДД'],
      ['negative experience', { experienceYears: -1 }, 'experienceYears', 'Стаж не может быть отрицательным'],
    ])('refuses %s with a field error and writes nothing', async (_label, patch, field, message) => {
      const token = await t.login('methodist.podporozhye');
      const before = await counts();
      const input = { lastName: 'Иванова', firstName: 'Анна', positions: [{ organizationId: podp1, kind: 'TEACHER' }], ...patch };
      const r = await t.gql(CREATE, { input }, token);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toContainEqual({ field, message });
      expect(await counts()).toEqual(before);
    });

    it('reports a duplicate e-mail as CONFLICT on the field and writes nothing', async () => {
      const token = await t.login('methodist.podporozhye');
      const email = `dup.${unique()}@example.ru`;
      const first = await t.gql(CREATE, { input: { lastName: 'Первая', firstName: 'Анна', email, positions: [{ organizationId: podp1, kind: 'TEACHER' }] } }, token);
      expect(first.errors).toBeUndefined();
      const before = await counts();
      const r = await t.gql(CREATE, { input: { lastName: 'Вторая', firstName: 'Анна', email: email.toUpperCase(), positions: [{ organizationId: podp1, kind: 'TEACHER' }] } }, token);
      expect(codeOf(r)).toBe('CONFLICT');
      expect(fieldsOf(r)).toEqual([{ field: 'email', message: 'Педагог с такой почтой уже есть' }]);
      expect(await counts()).toEqual(before);
    });
  });

  describe('updatePerson', () => {
    const fixture = async (token: string, email?: string): Promise<string> => {
      const r = await t.gql<{ createPerson: { id: string } }>(
        CREATE,
        { input: { lastName: `Фикстурова${unique()}`, firstName: 'Ольга', email, positions: [{ organizationId: podp1, kind: 'TEACHER' }] } },
        token,
      );
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.createPerson.id;
    };
    const rowOf = async (id: string) => t.db.query('SELECT * FROM person WHERE id = $1', [id]) as Promise<unknown[]>;

    it('saves a valid edit and audits it', async () => {
      const token = await t.login('methodist.podporozhye');
      const id = await fixture(token);
      const r = await t.gql<{ updatePerson: { lastName: string; experienceYears: number } }>(UPDATE, { id, input: { lastName: 'Исправленная', experienceYears: 12 } }, token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.updatePerson).toMatchObject({ lastName: 'Исправленная', experienceYears: 12 });
      const audit: { action: string }[] = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at`, [id]);
      expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    });

    it.each([
      ['an empty last name', { lastName: '' }, 'lastName', 'Введите фамилию'],
      ['a malformed birth date', { birthDate: '1990/01/01' }, 'birthDate', 'Дата рождения — в виде ГГГГ-ММ-ДД'],
      ['negative experience', { experienceYears: -5 }, 'experienceYears', 'Стаж не может быть отрицательным'],
      ['a position out of scope', { positions: [{ organizationId: 'VORKUTA', kind: 'TEACHER' }] }, 'positions.0.organizationId', 'Организация не найдена или вне вашей зоны ответственности'],
    ])('refuses %s and leaves the row as it was', async (_label, patch, field, message) => {
      const token = await t.login('methodist.podporozhye');
      const id = await fixture(token);
      const input = JSON.parse(JSON.stringify(patch).replace('VORKUTA', vorkuta12)) as Record<string, unknown>;
      const beforeRow = await rowOf(id);
      const before = await counts();
      const r = await t.gql(UPDATE, { id, input }, token);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toContainEqual({ field, message });
      expect(await rowOf(id)).toEqual(beforeRow);
      expect(await counts()).toEqual(before);
    });

    it('reports a duplicate e-mail as CONFLICT and leaves the row as it was', async () => {
      const token = await t.login('methodist.podporozhye');
      const email = `taken.${unique()}@example.ru`;
      await fixture(token, email);
      const id = await fixture(token);
      const beforeRow = await rowOf(id);
      const before = await counts();
      const r = await t.gql(UPDATE, { id, input: { email } }, token);
      expect(codeOf(r)).toBe('CONFLICT');
      expect(fieldsOf(r)).toEqual([{ field: 'email', message: 'Педагог с такой почтой уже есть' }]);
      expect(await rowOf(id)).toEqual(beforeRow);
      expect(await counts()).toEqual(before);
    });
  });

  describe('archive and restore', () => {
    it('archives (hidden from the active list), restores, and audits both', async () => {
      const token = await t.login('methodist.podporozhye');
      const id = await idOf(t.db, 'person', 'demo:person:47-podp-sosh8-young');
      const arch = await t.gql<{ archivePerson: { archivedAt: string | null } }>(ARCHIVE, { id }, token);
      expect(arch.data!.archivePerson.archivedAt).not.toBeNull();
      const active = await t.gql<ListData>(LIST, { first: 100 }, token);
      expect(active.data!.people.nodes.map((n) => n.id)).not.toContain(id);
      const archived = await t.gql<ListData>(LIST, { first: 100, filter: { archived: 'ARCHIVED' } }, token);
      expect(archived.data!.people.nodes.map((n) => n.id)).toContain(id);
      const restored = await t.gql<{ restorePerson: { archivedAt: string | null } }>(RESTORE, { id }, token);
      expect(restored.data!.restorePerson.archivedAt).toBeNull();
      const audit: { action: string }[] = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action IN ('archive', 'restore') ORDER BY at`, [id]);
      expect(audit.map((a) => a.action)).toEqual(['archive', 'restore']);
    });

    it('refuses to edit an archived card', async () => {
      const token = await t.login('methodist.podporozhye');
      const id = await idOf(t.db, 'person', 'demo:person:47-podp-oosh9-young');
      await t.gql(ARCHIVE, { id }, token);
      const r = await t.gql(UPDATE, { id, input: { lastName: 'Новая' } }, token);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      await t.gql(RESTORE, { id }, token);
      const row: { archived_at: Date | null }[] = await t.db.query('SELECT archived_at FROM person WHERE id = $1', [id]);
      expect(row[0].archived_at).toBeNull();
    });

    it.each([
      ['archivePerson', ARCHIVE],
      ['restorePerson', RESTORE],
      ['updatePerson', `mutation($id: ID!) { updatePerson(id: $id, input: { lastName: "Х" }) { id } }`],
    ])('%s refuses a malformed id with a field error and writes nothing', async (_name, query) => {
      const token = await t.login('methodist.podporozhye');
      const before = await counts();
      const r = await t.gql(query, { id: 'not-a-uuid' }, token);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toEqual([{ field: 'id', message: 'Неверный идентификатор' }]);
      expect(await counts()).toEqual(before);
    });
  });

  it('reads the positions of a page and their organisations in the page\'s own statement, the same as loaded one by one', async () => {
    const token = await t.login('methodist.podporozhye');
    const POSITIONS = `positions { id personId organizationId kind title isMain startedOn endedOn
      organization { id municipalityId name shortName kind inn externalId address email website foundedYear illustrative archivedAt createdAt updatedAt } }`;
    const PAGE = `query($filter: PersonFilter) { people(first: 100, filter: $filter) { nodes { id ${POSITIONS} } } }`;
    // One of them also works at an organisation outside the methodist's scope: the position is listed, its organisation is null.
    const staff = await t.gql<{ people: { nodes: { id: string }[] } }>(PAGE, { filter: { organizationId: podp1 } }, token);
    const someone = staff.data!.people.nodes[0]!.id;
    await t.db.query(`INSERT INTO position (person_id, organization_id, kind, title, is_main, started_on) VALUES ($1, $2, 'METHODIST', 'совместитель', false, '2020-09-01')`, [someone, vorkuta12]);
    try {
      t.counter.reset();
      const page = await t.gql<{ people: { nodes: { id: string; positions: { organizationId: string; organization: unknown }[] }[] } }>(PAGE, { filter: { organizationId: podp1 } }, token);
      expect(page.errors).toBeUndefined();
      expect(t.counter.statements).toBe(1); // the page, which also writes the audit row of the personal data read
      const nodes = page.data!.people.nodes;
      expect(nodes.find((n) => n.id === someone)!.positions.find((p) => p.organizationId === vorkuta12)).toMatchObject({ organization: null });
      expect(nodes.some((n) => n.positions.some((p) => p.organization !== null))).toBe(true);
      for (const n of nodes) {
        const one = await t.gql<{ person: unknown }>(`query($id: ID!) { person(id: $id) { id ${POSITIONS} } }`, { id: n.id }, token);
        expect(one.data!.person).toEqual(n);
      }
    } finally {
      await t.db.query(`DELETE FROM position WHERE person_id = $1 AND organization_id = $2`, [someone, vorkuta12]);
    }
  });

  it('costs the same number of SQL statements for 10 people as for 50, organisations included', async () => {
    const token = await t.login('admin');
    const count = async (first: number) => {
      t.counter.reset();
      const r = await t.gql<ListData>(LIST, { first }, token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.people.nodes.length).toBe(first);
      return t.counter.statements;
    };
    const ten = await count(10);
    const fifty = await count(50);
    expect(fifty).toBe(ten);
    expect(ten).toBeLessThanOrEqual(8);
  });
});

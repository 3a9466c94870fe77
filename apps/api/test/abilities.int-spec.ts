import { RoleKind } from '@metodset/shared';
import { Permission, PERMISSION_ROLES } from '../src/common/auth/permissions';
import { DEMO_PASSWORD } from '../src/seed/demo/accounts.data';
import { idOf, startTestApp, TestApp } from './support/test-app';

/** What the API tells the SPA the caller may do: the permissions held, and per row `canEdit`. */
const ME = `query { me { login permissions } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { me { permissions } } }`;
const PEOPLE = `query($first: Int!) { people(first: $first) { nodes { id canEdit } } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id canEdit } }`;
const ORGANIZATIONS = `query($first: Int!) { organizations(first: $first) { nodes { id canEdit } } }`;
const ORGANIZATION = `query($id: ID!) { organization(id: $id) { id canEdit } }`;

/** The permissions a role holds, as the gate decides them. */
const expected = (role: RoleKind) => Object.values(Permission).filter((p) => PERMISSION_ROLES[p].includes(role)).sort();

describe('abilities', () => {
  let t: TestApp;
  let filippov: string;
  let zhdanova: string;
  let vorkuta12: string;
  beforeAll(async () => {
    t = await startTestApp();
    filippov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math');
    zhdanova = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh35-math');
    vorkuta12 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
  });
  afterAll(() => t.close());

  describe('Me.permissions', () => {
    it.each([
      ['teacher.filippov', RoleKind.TEACHER],
      ['mentor.zhdanova', RoleKind.MENTOR],
      ['school12.vorkuta', RoleKind.ORGANIZATION_ADMIN],
      ['methodist.podporozhye', RoleKind.MUNICIPAL_METHODIST],
      ['coordinator.lo', RoleKind.REGIONAL_COORDINATOR],
      ['admin', RoleKind.PLATFORM_ADMIN],
    ])('gives %s exactly the permissions of the role %s', async (login, role) => {
      const r = await t.gql<{ me: { login: string; permissions: Permission[] } }>(ME, {}, await t.login(login));
      expect(r.errors).toBeUndefined();
      expect(r.data!.me.login).toBe(login);
      expect([...r.data!.me.permissions].sort()).toEqual(expected(role));
    });

    it('tells a teacher and a methodist apart where the SPA shows actions', async () => {
      const of = async (login: string) => (await t.gql<{ me: { permissions: Permission[] } }>(ME, {}, await t.login(login))).data!.me.permissions;
      const teacher = await of('teacher.filippov');
      const methodist = await of('methodist.podporozhye');
      for (const p of [Permission.REGISTRY_WRITE, Permission.REGISTRY_IMPORT, Permission.MATCHING, Permission.NETWORK_WRITE, Permission.INSTRUMENT_WRITE]) {
        expect(teacher).not.toContain(p);
        expect(methodist).toContain(p);
      }
      expect(methodist).not.toContain(Permission.COMPETENCE_WRITE);
      expect(await of('admin')).toContain(Permission.COMPETENCE_WRITE);
    });

    it('comes with the login payload too, and a signed-out caller has no Me', async () => {
      const r = await t.gql<{ login: { me: { permissions: Permission[] } } }>(LOGIN, { i: { login: 'school12.vorkuta', password: DEMO_PASSWORD } });
      expect(r.errors).toBeUndefined();
      expect([...r.data!.login.me.permissions].sort()).toEqual(expected(RoleKind.ORGANIZATION_ADMIN));
      const anonymous = await t.gql<{ me: null }>(ME);
      expect(anonymous.errors).toBeUndefined();
      expect(anonymous.data!.me).toBeNull();
    });
  });

  describe('Person.canEdit', () => {
    it('is true for the people a methodist keeps, false for one’s own card as a teacher or mentor', async () => {
      const methodist = await t.gql<{ people: { nodes: { id: string; canEdit: boolean }[] } }>(PEOPLE, { first: 50 }, await t.login('methodist.podporozhye'));
      expect(methodist.errors).toBeUndefined();
      expect(methodist.data!.people.nodes.length).toBeGreaterThan(0);
      expect(methodist.data!.people.nodes.every((n) => n.canEdit)).toBe(true);

      const own = await t.gql<{ person: { canEdit: boolean } }>(PERSON, { id: filippov }, await t.login('teacher.filippov'));
      expect(own.errors).toBeUndefined();
      expect(own.data!.person.canEdit).toBe(false);
      const mentor = await t.gql<{ people: { nodes: { id: string; canEdit: boolean }[] } }>(PEOPLE, { first: 50 }, await t.login('mentor.zhdanova'));
      expect(mentor.data!.people.nodes.map((n) => n.id)).toEqual([zhdanova]);
      expect(mentor.data!.people.nodes[0].canEdit).toBe(false);
    });

    it('follows the organisation admin’s write scope', async () => {
      const admin12 = await t.login('school12.vorkuta');
      const card = await t.gql<{ person: { canEdit: boolean } }>(PERSON, { id: filippov }, admin12);
      expect(card.data!.person.canEdit).toBe(true);
      const list = await t.gql<{ people: { nodes: { id: string; canEdit: boolean }[] } }>(PEOPLE, { first: 100 }, admin12);
      const rows: { id: string }[] = await t.db.query(
        `SELECT DISTINCT po.person_id AS id FROM position po JOIN person pe ON pe.id = po.person_id WHERE po.organization_id = $1 AND pe.archived_at IS NULL`,
        [vorkuta12],
      );
      expect(list.data!.people.nodes.map((n) => n.id).sort()).toEqual(rows.map((r) => r.id).sort());
      expect(list.data!.people.nodes.every((n) => n.canEdit)).toBe(true);
    });

    it('costs the same number of SQL statements for a page of 3 as for a page of 30', async () => {
      const token = await t.login('coordinator.lo');
      const cost = async (first: number) => {
        t.counter.reset();
        const r = await t.gql<{ people: { nodes: { canEdit: boolean }[] } }>(PEOPLE, { first }, token);
        expect(r.errors).toBeUndefined();
        expect(r.data!.people.nodes.length).toBe(first);
        expect(r.data!.people.nodes.every((n) => n.canEdit)).toBe(true);
        return t.counter.statements;
      };
      expect(await cost(30)).toBe(await cost(3));
    });
  });

  describe('Organization.canEdit', () => {
    it('is true in the write scope and false for a teacher’s own workplace', async () => {
      const methodist = await t.gql<{ organizations: { nodes: { canEdit: boolean }[] } }>(ORGANIZATIONS, { first: 50 }, await t.login('methodist.podporozhye'));
      expect(methodist.errors).toBeUndefined();
      expect(methodist.data!.organizations.nodes.length).toBeGreaterThan(0);
      expect(methodist.data!.organizations.nodes.every((n) => n.canEdit)).toBe(true);

      const admin12 = await t.gql<{ organization: { canEdit: boolean } }>(ORGANIZATION, { id: vorkuta12 }, await t.login('school12.vorkuta'));
      expect(admin12.data!.organization.canEdit).toBe(true);
      const teacher = await t.gql<{ organization: { canEdit: boolean } }>(ORGANIZATION, { id: vorkuta12 }, await t.login('teacher.filippov'));
      expect(teacher.errors).toBeUndefined();
      expect(teacher.data!.organization.canEdit).toBe(false);
    });

    it('costs the same number of SQL statements for a page of 3 as for a page of 40', async () => {
      const token = await t.login('admin');
      const cost = async (first: number) => {
        t.counter.reset();
        const r = await t.gql<{ organizations: { nodes: { canEdit: boolean }[] } }>(ORGANIZATIONS, { first }, token);
        expect(r.errors).toBeUndefined();
        expect(r.data!.organizations.nodes.length).toBe(first);
        return t.counter.statements;
      };
      expect(await cost(40)).toBe(await cost(3));
    });
  });
});

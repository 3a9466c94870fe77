import { checkEveryOrder, checkPageRefusals, Page } from './support/list-order';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Every list of the SPA sorts by its columns through `orderBy: { field, direction }` (both directions, ties broken by
 * id, the same by cursor and by offset) and pages by offset; organisations and people have their own specs
 * (registry, people).
 */
describe('list orders', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const list = (token: string, query: string, root: string, variables: Record<string, unknown> = {}, pageSize = 3) => ({
    gql: t.gql,
    token,
    query,
    variables,
    pageSize,
    pick: (d: Record<string, unknown>) => d[root] as Page,
  });

  it('networks', async () => {
    const token = await t.login('admin');
    const q = `query($first: Int!, $after: String, $offset: Int, $orderBy: NetworkOrder) {
      networks(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: { archived: ALL }) { totalCount pageInfo { hasNextPage endCursor } nodes { id memberCount } } }`;
    const l = list(token, q, 'networks');
    const asc = await checkEveryOrder(l, ['NAME', 'MODEL', 'COORDINATOR', 'MEMBER_COUNT', 'STARTS_ON', 'CREATED_AT']);
    const all = await t.gql<{ networks: { nodes: { id: string; memberCount: number }[] } }>(q, { first: 100 }, token);
    const count = new Map(all.data!.networks.nodes.map((n) => [n.id, n.memberCount]));
    const counts = asc['MEMBER_COUNT'].map((id) => count.get(id)!);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    await checkPageRefusals(l);
  });

  it('the audit log (raw SQL through orderedSqlPage): time, actor, action and object in words', async () => {
    const admin = await t.login('admin');
    // Rows of several actors, actions and objects: logins, a card read, a list read.
    const methodist = await t.login('methodist.podporozhye');
    await t.login('mentor.zhdanova');
    const people = await t.gql<{ people: { nodes: { id: string }[] } }>(`query { people(first: 3) { nodes { id } } }`, {}, methodist);
    await t.gql(`query($id: ID!) { person(id: $id) { id } }`, { id: people.data!.people.nodes[0].id }, methodist);
    const filter = { from: new Date().toISOString().slice(0, 10) };
    const q = `query($first: Int!, $after: String, $offset: Int, $orderBy: AuditOrder, $filter: AuditLogFilter) {
      auditLog(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const l = list(admin, q, 'auditLog', { filter }, 4);
    const asc = await checkEveryOrder(l, ['AT', 'ACTOR', 'ACTION', 'ENTITY'], 5);
    // The values behind each order, from the table itself.
    const rows: { id: string; at: string; actor: string; action: string; entity_type: string }[] = await t.db.query(
      `SELECT a.id, a.at::text AS at, coalesce(ac.display_name, '') AS actor, a.action, a.entity_type FROM audit_log a LEFT JOIN account ac ON ac.id = a.account_id
        WHERE a.id = ANY($1::uuid[])`,
      [asc['AT']],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ats = asc['AT'].map((id) => new Date(byId.get(id)!.at).getTime());
    expect(ats).toEqual([...ats].sort((a, b) => a - b));
    // Actions and objects sort by the words the page shows: «вход» before «открыл карточку» before «просмотр».
    const actions = [...new Set(asc['ACTION'].map((id) => byId.get(id)!.action))];
    expect(actions.indexOf('login')).toBeLessThan(actions.indexOf('read'));
    expect(actions.indexOf('read')).toBeLessThan(actions.indexOf('read-list'));
    const entities = [...new Set(asc['ENTITY'].map((id) => byId.get(id)!.entity_type))];
    expect(entities.indexOf('person')).toBeLessThan(entities.indexOf('session'));
    // The default is newest first, the same as AT descending.
    const byDefault = await t.gql<{ auditLog: Page }>(q, { first: 100, filter }, admin);
    expect(byDefault.data!.auditLog.nodes.map((n) => n.id)).toEqual([...asc['AT']].reverse().slice(0, 100));
    await checkPageRefusals(l);
    const badCursor = await t.gql(q, { first: 2, filter, after: Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url') }, admin);
    expect(badCursor.errors?.[0].extensions?.['fields']).toEqual([{ field: 'after', message: 'Неверный курсор страницы' }]);
    const badField = await t.gql(q, { first: 2, filter, orderBy: { field: 'PEOPLE', direction: 'ASC' } }, admin);
    expect(badField.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('«Диалог в сети» (a grouped query through orderedSqlPage): teacher, workplace, routes, done steps, latest change', async () => {
    const admin = await t.login('admin');
    // Every active personal route shared, so the list has teachers with equal counts (ties broken by id).
    await t.db.query('UPDATE learning_route SET shared_in_network = true WHERE archived_at IS NULL AND person_id IS NOT NULL');
    const q = `query($first: Int!, $after: String, $offset: Int, $orderBy: SharedTeacherOrder) {
      sharedAchievements(first: $first, after: $after, offset: $offset, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor }
        nodes { id: personId fullName organizationName sharedRoutes completedSteps latestAt } } }`;
    const l = list(admin, q, 'sharedAchievements', {}, 2);
    const asc = await checkEveryOrder(l, ['NAME', 'ORGANIZATION', 'SHARED_ROUTES', 'COMPLETED_STEPS', 'LATEST_AT'], 3);
    type Node = { id: string; fullName: string; organizationName: string | null; sharedRoutes: number; completedSteps: number; latestAt: string };
    const all = await t.gql<{ sharedAchievements: { nodes: Node[] } }>(q, { first: 100 }, admin);
    const byId = new Map(all.data!.sharedAchievements.nodes.map((n) => [n.id, n]));
    const values = <T>(field: string, pick: (n: Node) => T) => asc[field].map((id) => pick(byId.get(id)!));
    const numbers = (v: number[]) => expect(v).toEqual([...v].sort((a, b) => a - b));
    numbers(values('SHARED_ROUTES', (n) => n.sharedRoutes));
    numbers(values('COMPLETED_STEPS', (n) => n.completedSteps));
    numbers(values('LATEST_AT', (n) => new Date(n.latestAt).getTime()));
    // By name as the row shows it; the same names as the person domain gives.
    const names = values('NAME', (n) => n.fullName);
    const sorted: { n: string }[] = await t.db.query(`SELECT n FROM unnest($1::text[]) n ORDER BY n`, [names]);
    expect(names).toEqual(sorted.map((r) => r.n));
    // The default is the most recently changed first, as LATEST_AT descending.
    expect(all.data!.sharedAchievements.nodes.map((n) => n.id)).toEqual([...asc['LATEST_AT']].reverse());
    await checkPageRefusals(l);
    const badField = await t.gql(q, { first: 2, orderBy: { field: 'ORG', direction: 'ASC' } }, admin);
    expect(badField.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('associations', async () => {
    const token = await t.login('admin');
    const q = `query($first: Int!, $after: String, $offset: Int, $orderBy: AssociationOrder) {
      associations(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: { archived: ALL }) { totalCount pageInfo { hasNextPage endCursor } nodes { id memberCount } } }`;
    const l = list(token, q, 'associations', {}, 5);
    const asc = await checkEveryOrder(l, ['NAME', 'KIND', 'HOST', 'MEMBER_COUNT']);
    const all = await t.gql<{ associations: { nodes: { id: string; memberCount: number }[] } }>(q, { first: 100 }, token);
    const count = new Map(all.data!.associations.nodes.map((n) => [n.id, n.memberCount]));
    const counts = asc['MEMBER_COUNT'].map((id) => count.get(id)!);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    await checkPageRefusals(l);
  });

  it('mentoring programmes', async () => {
    const token = await t.login('admin');
    const q = `query($first: Int!, $after: String, $offset: Int, $orderBy: ProgramOrder) {
      mentoringPrograms(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: { archived: ALL }) { totalCount pageInfo { hasNextPage endCursor } nodes { id mentorshipCount } } }`;
    const l = list(token, q, 'mentoringPrograms', {}, 2);
    const asc = await checkEveryOrder(l, ['NAME', 'MODEL', 'COORDINATOR', 'MENTORSHIP_COUNT', 'STARTS_ON']);
    const all = await t.gql<{ mentoringPrograms: { nodes: { id: string; mentorshipCount: number }[] } }>(q, { first: 100 }, token);
    const count = new Map(all.data!.mentoringPrograms.nodes.map((n) => [n.id, n.mentorshipCount]));
    const counts = asc['MENTORSHIP_COUNT'].map((id) => count.get(id)!);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    await checkPageRefusals(l);
  });

  it('competency frameworks and diagnostic instruments', async () => {
    const token = await t.login('admin');
    const frameworks = `query($first: Int!, $after: String, $offset: Int, $orderBy: FrameworkOrder) {
      competencyFrameworks(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: { archived: ALL }) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const f = list(token, frameworks, 'competencyFrameworks', {}, 1);
    await checkEveryOrder(f, ['CODE', 'NAME', 'STATUS', 'COMPETENCE_COUNT']);
    await checkPageRefusals(f);
    const instruments = `query($first: Int!, $after: String, $offset: Int, $orderBy: InstrumentOrder) {
      diagnosticInstruments(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: { archived: ALL }) { totalCount pageInfo { hasNextPage endCursor } nodes { id itemCount } } }`;
    const i = list(token, instruments, 'diagnosticInstruments', {}, 2);
    const asc = await checkEveryOrder(i, ['CODE', 'NAME', 'FRAMEWORK', 'STATUS', 'ITEM_COUNT']);
    const all = await t.gql<{ diagnosticInstruments: { nodes: { id: string; itemCount: number }[] } }>(instruments, { first: 100 }, token);
    const count = new Map(all.data!.diagnosticInstruments.nodes.map((n) => [n.id, n.itemCount]));
    const counts = asc['ITEM_COUNT'].map((id) => count.get(id)!);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    await checkPageRefusals(i);
  });

  it('learning routes (progress in SQL as routeProgress computes it)', async () => {
    const token = await t.login('admin');
    const q = `query($first: Int!, $after: String, $offset: Int, $orderBy: RouteOrder) {
      learningRoutes(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: { archived: ALL }) { totalCount pageInfo { hasNextPage endCursor } nodes { id progress } } }`;
    const l = list(token, q, 'learningRoutes', {}, 2);
    const asc = await checkEveryOrder(l, ['TITLE', 'OWNER', 'STATUS', 'PROGRESS', 'STARTS_ON', 'CREATED_AT']);
    const all = await t.gql<{ learningRoutes: { nodes: { id: string; progress: number }[] } }>(q, { first: 100 }, token);
    const progress = new Map(all.data!.learningRoutes.nodes.map((n) => [n.id, n.progress]));
    const values = asc['PROGRESS'].map((id) => progress.get(id)!);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await checkPageRefusals(l);
  });

  it('diagnostic campaigns', async () => {
    const token = await t.login('admin');
    const q = `query($first: Int!, $after: String, $offset: Int, $orderBy: CampaignOrder) {
      diagnosticCampaigns(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: { includeArchived: true }) { totalCount pageInfo { hasNextPage endCursor } nodes { id participantsCount } } }`;
    const l = list(token, q, 'diagnosticCampaigns', {}, 2);
    const asc = await checkEveryOrder(l, ['NAME', 'MODE', 'SCOPE', 'OPENS_ON', 'STATUS', 'PARTICIPANTS', 'SUBMITTED']);
    const all = await t.gql<{ diagnosticCampaigns: { nodes: { id: string; participantsCount: number }[] } }>(q, { first: 100 }, token);
    const count = new Map(all.data!.diagnosticCampaigns.nodes.map((n) => [n.id, n.participantsCount]));
    const counts = asc['PARTICIPANTS'].map((id) => count.get(id)!);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    await checkPageRefusals(l);
  });

  it('the mentor base (load in SQL)', async () => {
    const token = await t.login('admin');
    const q = `query($first: Int!, $after: String, $offset: Int, $orderBy: MentorOrder) {
      mentorBase(first: $first, after: $after, offset: $offset, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor } nodes { id load } } }`;
    const l = list(token, q, 'mentorBase', {}, 4);
    const asc = await checkEveryOrder(l, ['NAME', 'SUBJECTS', 'LOAD']);
    const all = await t.gql<{ mentorBase: { nodes: { id: string; load: number }[] } }>(q, { first: 100 }, token);
    const load = new Map(all.data!.mentorBase.nodes.map((n) => [n.id, n.load]));
    const values = asc['LOAD'].map((id) => load.get(id)!);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    await checkPageRefusals(l);
  });
});

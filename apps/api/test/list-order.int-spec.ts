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

  it('events', async () => {
    const token = await t.login('admin');
    const q = `query($first: Int!, $after: String, $offset: Int, $orderBy: EventOrder) {
      events(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: { archived: ALL }) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const l = list(token, q, 'events', {}, 5);
    await checkEveryOrder(l, ['STARTS_ON', 'TITLE', 'KIND', 'HOST', 'STATUS', 'REGISTERED_COUNT']);
    await checkPageRefusals(l);
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
  /** Statements of one page of `first` rows (the same for 3 as for 20 when nothing is loaded row by row). */
  const cost = async (query: string, variables: Record<string, unknown>, token: string) => {
    t.counter.reset();
    const r = await t.gql<Record<string, unknown>>(query, variables, token);
    expect(r.errors).toBeUndefined();
    return t.counter.statements;
  };

  it('mentorships: every column both ways, by cursor and by offset; schools on both sides; bounded SQL', async () => {
    const token = await t.login('admin');
    const q = `query($first: Int!, $after: String, $offset: Int, $orderBy: MentorshipOrder, $filter: MentorshipFilter) {
      mentorships(first: $first, after: $after, offset: $offset, orderBy: $orderBy, filter: $filter) { totalCount pageInfo { hasNextPage endCursor }
        nodes { id startsOn program { id name } mentors { fullName organizationName } mentees { fullName organizationName } sessions { heldOn } } } }`;
    const l = list(token, q, 'mentorships', {}, 4);
    const fields = ['MENTORS', 'MENTEES', 'PROGRAM', 'FORM', 'STATUS', 'STARTS_ON', 'HELD_SESSIONS', 'CREATED_AT'];
    const asc = await checkEveryOrder(l, fields);
    type Node = { id: string; startsOn: string; program: { id: string; name: string }; mentors: { fullName: string; organizationName: string | null }[]; mentees: { fullName: string; organizationName: string | null }[]; sessions: { heldOn: string | null }[] };
    const all = await t.gql<{ mentorships: { nodes: Node[] } }>(q, { first: 100 }, token);
    const byId = new Map(all.data!.mentorships.nodes.map((n) => [n.id, n]));
    const collator = new Intl.Collator('ru');
    const held = asc['HELD_SESSIONS'].map((id) => byId.get(id)!.sessions.filter((s) => s.heldOn).length);
    expect(held).toEqual([...held].sort((a, b) => a - b));
    const starts = asc['STARTS_ON'].map((id) => byId.get(id)!.startsOn);
    expect(starts).toEqual([...starts].sort());
    // The first mentor's surname leads the order (the database's collation decides ties within letters).
    const firstLetters = asc['MENTORS'].map((id) => byId.get(id)!.mentors.map((m) => m.fullName).sort(collator.compare)[0]?.[0] ?? '');
    expect(firstLetters).toEqual([...firstLetters].sort(collator.compare));
    // Pairs show each side's school.
    expect([...byId.values()].some((n) => n.mentors.some((m) => m.organizationName) && n.mentees.some((m) => m.organizationName))).toBe(true);
    // A programme's pairs (the programme card's tab) are the same list, filtered.
    const program = all.data!.mentorships.nodes[0].program;
    const ofProgram = list(token, q, 'mentorships', { filter: { programId: program.id } }, 1);
    await checkEveryOrder(ofProgram, ['MENTORS', 'STATUS', 'HELD_SESSIONS'], 1);
    await checkPageRefusals(l);
    const wrong = await t.gql(q, { first: 5, orderBy: { field: 'SURNAME', direction: 'ASC' } }, token);
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    for (const field of fields) {
      const three = await cost(q, { first: 3, offset: 1, orderBy: { field, direction: 'DESC' } }, token);
      const twenty = await cost(q, { first: 20, offset: 1, orderBy: { field, direction: 'DESC' } }, token);
      expect({ field, twenty }).toEqual({ field, twenty: three });
    }
  });

  it('a campaign’s participants and results: every column both ways, by cursor and by offset; bounded SQL', async () => {
    const token = await t.login('admin');
    const campaigns = await t.gql<{ diagnosticCampaigns: { nodes: { id: string; participantsCount: number; resultsCount: number }[] } }>(
      `query { diagnosticCampaigns(first: 100, filter: { includeArchived: true }) { nodes { id participantsCount resultsCount } } }`,
      {},
      token,
    );
    const nodes = campaigns.data!.diagnosticCampaigns.nodes;
    const withParticipants = [...nodes].sort((a, b) => b.participantsCount - a.participantsCount)[0];
    const withResults = [...nodes].sort((a, b) => b.resultsCount - a.resultsCount)[0];
    expect(withParticipants.participantsCount).toBeGreaterThanOrEqual(3);
    expect(withResults.resultsCount).toBeGreaterThanOrEqual(2);

    const pq = `query($id: ID!, $first: Int!, $after: String, $offset: Int, $orderBy: ParticipantOrder) {
      diagnosticParticipants(campaignId: $id, first: $first, after: $after, offset: $offset, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor }
        nodes { id fullName organizationName selfStatus expertStatus } } }`;
    const p = list(token, pq, 'diagnosticParticipants', { id: withParticipants.id }, 2);
    const pFields = ['NAME', 'ORGANIZATION', 'SELF_STATUS', 'EXPERT_STATUS'];
    const pAsc = await checkEveryOrder(p, pFields, 3);
    type P = { id: string; fullName: string; selfStatus: string | null; expertStatus: string | null };
    const allP = await t.gql<{ diagnosticParticipants: { nodes: P[] } }>(pq, { id: withParticipants.id, first: 100 }, token);
    const pById = new Map(allP.data!.diagnosticParticipants.nodes.map((n) => [n.id, n]));
    const progress = (s: string | null) => (s === 'SUBMITTED' ? 2 : s === 'DRAFT' ? 1 : 0);
    const self = pAsc['SELF_STATUS'].map((id) => progress(pById.get(id)!.selfStatus));
    expect(self).toEqual([...self].sort((a, b) => a - b));
    await checkPageRefusals(p);

    const rq2 = `query($id: ID!, $first: Int!, $after: String, $offset: Int, $orderBy: ResultOrder) {
      diagnosticResults(campaignId: $id, first: $first, after: $after, offset: $offset, orderBy: $orderBy) { totalCount pageInfo { hasNextPage endCursor }
        nodes { participant { id fullName } results { competenceCode score } } } }`;
    const r = {
      ...list(token, rq2, 'diagnosticResults', { id: withResults.id }, 1),
      pick: (d: Record<string, unknown>) => {
        const c = d['diagnosticResults'] as Omit<Page, 'nodes'> & { nodes: { participant: { id: string } }[] };
        return { ...c, nodes: c.nodes.map((n) => ({ id: n.participant.id })) };
      },
    };
    await checkEveryOrder(r, ['NAME', 'ORGANIZATION']);
    await checkPageRefusals(r);

    for (const field of pFields) {
      const one = await cost(pq, { id: withParticipants.id, first: 1, offset: 1, orderBy: { field, direction: 'DESC' } }, token);
      const more = await cost(pq, { id: withParticipants.id, first: 50, offset: 0, orderBy: { field, direction: 'DESC' } }, token);
      expect({ field, more }).toEqual({ field, more: one });
    }
    const rOne = await cost(rq2, { id: withResults.id, first: 1, orderBy: { field: 'ORGANIZATION', direction: 'DESC' } }, token);
    const rMore = await cost(rq2, { id: withResults.id, first: 50, orderBy: { field: 'ORGANIZATION', direction: 'DESC' } }, token);
    expect(rMore).toBe(rOne);
  });
});

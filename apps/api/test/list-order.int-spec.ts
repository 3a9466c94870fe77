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

import { GqlResult, idOf, startTestApp, TestApp } from './support/test-app';

/**
 * Networks by consent (issue 8, the cross-region finding): a coordinator who adds an organisation outside his
 * reach only invites it. Until its own admin (or its municipality's methodist) accepts, it confers nothing: the
 * network stays invisible to its people and they cannot be taken into the network's groups. Accepting, declining
 * and leaving are the invited organisation's to do, audited, and safe under concurrent requests.
 */

const MEMBER = 'id organizationId role level status invitedAt respondedAt invitedByName respondedByName canLeave organization { id name }';
const NETWORK = `id name memberCount members { ${MEMBER} } edges { id }`;
const GET = `query($id: ID!) { network(id: $id) { ${NETWORK} } }`;
const LIST = `query { networks(first: 100) { nodes { id } } }`;
const ADD = `mutation($id: ID!, $input: NetworkMemberInput!) { addNetworkMember(networkId: $id, input: $input) { ${NETWORK} } }`;
const UPDATE_MEMBER = `mutation($id: ID!, $input: UpdateNetworkMemberInput!) { updateNetworkMember(memberId: $id, input: $input) { id } }`;
const ADD_EDGE = `mutation($id: ID!, $input: NetworkEdgeInput!) { addNetworkEdge(networkId: $id, input: $input) { id } }`;
const INVITATIONS = `query { networkInvitations { memberId networkId networkName networkModel role memberCount invitedByName invitedAt shares
  coordinator { id name } organization { id name } } }`;
const ACCEPT = `mutation($id: ID!) { acceptNetworkInvitation(memberId: $id) { ${MEMBER} } }`;
const DECLINE = `mutation($id: ID!) { declineNetworkInvitation(memberId: $id) { ${MEMBER} } }`;
const LEAVE = `mutation($id: ID!) { leaveNetwork(memberId: $id) { ${MEMBER} } }`;
const CREATE_ASSOCIATION = `mutation($input: CreateAssociationInput!) { createAssociation(input: $input) { id } }`;
const ADD_PERSON = `mutation($id: ID!, $p: ID!) { addAssociationMember(associationId: $id, input: { personId: $p }) { id members { person { id } } } }`;

interface Member {
  id: string;
  organizationId: string;
  level: number | null;
  status: string;
  invitedAt: string | null;
  respondedAt: string | null;
  invitedByName: string | null;
  respondedByName: string | null;
  canLeave: boolean;
}
interface Network {
  id: string;
  memberCount: number;
  members: Member[];
}
interface Invitation {
  memberId: string;
  networkId: string;
  networkName: string;
  memberCount: number;
  invitedByName: string | null;
  shares: string[];
  coordinator: { name: string };
  organization: { id: string };
}

const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;

describe('networks by consent', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  const as = async (login: string) => {
    if (!tokens.has(login)) tokens.set(login, await t.login(login));
    return tokens.get(login)!;
  };
  let netPodp: string;
  let org12: string;
  let filippov: string;
  let association: string;
  let memberId: string;

  const network = async (login = 'methodist.podporozhye') => (await t.gql<{ network: Network }>(GET, { id: netPodp }, await as(login))).data!.network;
  const row = async () => ((await t.db.query('SELECT * FROM network_member WHERE id = $1', [memberId])) as Record<string, unknown>[])[0];
  const audit = async () =>
    ((await t.db.query(`SELECT action FROM audit_log WHERE entity_type = 'network' AND entity_id = $1 ORDER BY at, id`, [netPodp])) as { action: string }[]).map(
      (r) => r.action,
    );
  const sees = async (login: string) => {
    const list = await t.gql<{ networks: { nodes: { id: string }[] } }>(LIST, {}, await as(login));
    const one = await t.gql(GET, { id: netPodp }, await as(login));
    return { listed: list.data!.networks.nodes.some((n) => n.id === netPodp), code: codeOf(one) ?? 'OK' };
  };

  beforeAll(async () => {
    t = await startTestApp();
    netPodp = ((await t.db.query(`SELECT id FROM network WHERE external_id = 'demo:network:podporozhye-shkola-shkole'`)) as { id: string }[])[0].id;
    org12 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
    filippov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math');
    const created = await t.gql<{ createAssociation: { id: string } }>(
      CREATE_ASSOCIATION,
      { input: { kind: 'NETWORK_PEDAGOGICAL', name: 'Сетевое сообщество математиков', networkId: netPodp } },
      await as('methodist.podporozhye'),
    );
    expect(created.errors).toBeUndefined();
    association = created.data!.createAssociation.id;
  });
  afterAll(() => t?.close());

  const addPerson = async () => t.gql(ADD_PERSON, { id: association, p: filippov }, await as('methodist.podporozhye'));

  it('adding an organisation of another region invites it: INVITED, with who invited and when', async () => {
    const before = await network();
    const r = await t.gql<{ addNetworkMember: Network }>(ADD, { id: netPodp, input: { organizationId: org12, role: 'PARTICIPANT' } }, await as('methodist.podporozhye'));
    expect(r.errors).toBeUndefined();
    const invited = r.data!.addNetworkMember.members.find((m) => m.organizationId === org12)!;
    expect(invited).toMatchObject({ status: 'INVITED', level: null, invitedByName: 'Методист ИМЦ Подпорожского района', respondedAt: null, canLeave: false });
    expect(invited.invitedAt).not.toBeNull();
    memberId = invited.id;
    // Listed with its status, not counted as taking part.
    expect(r.data!.addNetworkMember.memberCount).toBe(before.memberCount);
    expect(await audit()).toContain('invite-member');
    expect(await row()).toMatchObject({ status: 'INVITED', invited_by_account_id: expect.any(String) });
  });

  it('an invitation with a level is refused on level (levels and links are for accepted members only)', async () => {
    const org35 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-35');
    const withLevel = await t.gql(ADD, { id: netPodp, input: { organizationId: org35, role: 'PARTICIPANT', level: 3 } }, await as('methodist.podporozhye'));
    expect(codeOf(withLevel)).toBe('BAD_USER_INPUT');
    expect(withLevel.errors?.[0].extensions?.fields).toEqual([{ field: 'level', message: 'Уровень задаётся после того, как организация примет приглашение' }]);
    const none = (await t.db.query('SELECT count(*)::int AS n FROM network_member WHERE network_id = $1 AND organization_id = $2', [netPodp, org35])) as { n: number }[];
    expect(none[0].n).toBe(0);
    const twice = await t.gql(ADD, { id: netPodp, input: { organizationId: org12, role: 'PARTICIPANT' } }, await as('methodist.podporozhye'));
    expect(codeOf(twice)).toBe('CONFLICT');
    expect(twice.errors?.[0].extensions?.fields).toEqual([{ field: 'organizationId', message: 'Организация уже приглашена в эту сеть' }]);
    const level = await t.gql(UPDATE_MEMBER, { id: memberId, input: { level: 3 } }, await as('methodist.podporozhye'));
    expect(codeOf(level)).toBe('BAD_USER_INPUT');
    expect(level.errors?.[0].extensions?.fields).toEqual([{ field: 'level', message: 'Уровень задаётся только участнику, принявшему приглашение' }]);
    const n = await network();
    const strong = n.members.find((m) => m.level === 1)!;
    const edge = await t.gql(ADD_EDGE, { id: netPodp, input: { fromMemberId: strong.id, toMemberId: memberId, kind: 'SUPPORT' } }, await as('methodist.podporozhye'));
    expect(codeOf(edge)).toBe('BAD_USER_INPUT');
    expect(edge.errors?.[0].extensions?.fields).toEqual([{ field: 'toMemberId', message: 'Связь возможна только с участником, принявшим приглашение' }]);
    expect(await row()).toMatchObject({ status: 'INVITED', level: null });
  });

  it('until accepted it confers nothing: the network stays invisible to №12 and its teachers cannot be taken into its groups', async () => {
    expect(await sees('school12.vorkuta')).toEqual({ listed: false, code: 'NOT_FOUND' });
    expect(await sees('teacher.filippov')).toEqual({ listed: false, code: 'NOT_FOUND' });
    const r = await addPerson();
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.fields).toEqual([{ field: 'personId', message: 'Педагог не найден или вне вашей зоны ответственности' }]);
  });

  it('№12’s admin sees the invitation (network, coordinator, who invited, what joining shares); nobody else does', async () => {
    const mine = await t.gql<{ networkInvitations: Invitation[] }>(INVITATIONS, {}, await as('school12.vorkuta'));
    expect(mine.errors).toBeUndefined();
    const inv = mine.data!.networkInvitations.find((i) => i.memberId === memberId)!;
    expect(inv).toMatchObject({ networkId: netPodp, invitedByName: 'Методист ИМЦ Подпорожского района', organization: { id: org12 } });
    expect(inv.networkName.length).toBeGreaterThan(0);
    expect(inv.coordinator.name.length).toBeGreaterThan(0);
    expect(inv.memberCount).toBe((await network()).memberCount);
    expect(inv.shares.join(' ')).toContain('Координатор сети видит их результаты');
    for (const login of ['methodist.timashevsk', 'methodist.podporozhye', 'teacher.filippov']) {
      const other = await t.gql<{ networkInvitations: Invitation[] }>(INVITATIONS, {}, await as(login));
      expect(other.errors).toBeUndefined();
      expect(other.data!.networkInvitations.map((i) => i.memberId)).not.toContain(memberId);
    }
  });

  it('nobody but №12’s side may answer: out of reach is NOT_FOUND (even for the coordinator), without permission FORBIDDEN; nothing is written', async () => {
    const before = await audit();
    for (const login of ['methodist.timashevsk', 'methodist.podporozhye']) {
      for (const q of [ACCEPT, DECLINE, LEAVE]) {
        const r = await t.gql(q, { id: memberId }, await as(login));
        expect(codeOf(r)).toBe('NOT_FOUND');
        expect(r.data ?? null).toBeNull();
      }
    }
    expect(codeOf(await t.gql(ACCEPT, { id: memberId }, await as('teacher.filippov')))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(ACCEPT, { id: memberId }))).toBe('UNAUTHENTICATED');
    for (const q of [ACCEPT, DECLINE, LEAVE]) {
      expect(codeOf(await t.gql(q, { id: '00000000-0000-4000-8000-000000000000' }, await as('school12.vorkuta')))).toBe('NOT_FOUND');
      expect(codeOf(await t.gql(q, { id: 'не-uuid' }, await as('school12.vorkuta')))).toBe('BAD_USER_INPUT');
    }
    expect(await audit()).toEqual(before);
    expect(await row()).toMatchObject({ status: 'INVITED', responded_at: null });
  });

  it('two concurrent accepts leave one ACCEPTED row and one audit record', async () => {
    const token = await as('school12.vorkuta');
    const [a, b] = await Promise.all([t.gql<{ acceptNetworkInvitation: Member }>(ACCEPT, { id: memberId }, token), t.gql<{ acceptNetworkInvitation: Member }>(ACCEPT, { id: memberId }, token)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data!.acceptNetworkInvitation.status).toBe('ACCEPTED');
    expect(b.data!.acceptNetworkInvitation.status).toBe('ACCEPTED');
    expect((await audit()).filter((x) => x === 'accept-invitation')).toHaveLength(1);
    expect(await row()).toMatchObject({ status: 'ACCEPTED', responded_by_account_id: expect.any(String) });
    const member = (await network()).members.find((m) => m.id === memberId)!;
    expect(member).toMatchObject({ status: 'ACCEPTED', respondedByName: 'Администратор МОУ «СОШ № 12» г. Воркуты' });
    const invitations = await t.gql<{ networkInvitations: Invitation[] }>(INVITATIONS, {}, token);
    expect(invitations.data!.networkInvitations.map((i) => i.memberId)).not.toContain(memberId);
  });

  it('once accepted №12 takes part: it sees the network, may leave it, and its teachers may join the network’s groups', async () => {
    expect(await sees('school12.vorkuta')).toEqual({ listed: true, code: 'OK' });
    expect(await sees('teacher.filippov')).toEqual({ listed: true, code: 'OK' });
    expect((await network('school12.vorkuta')).members.find((m) => m.id === memberId)!.canLeave).toBe(true);
    expect((await network()).members.find((m) => m.id === memberId)!.canLeave).toBe(false);
    const r = await addPerson();
    expect(r.errors).toBeUndefined();
  });

  it('the coordinator cannot leave; №12 leaves: LEFT, nothing more is shared, existing records stay', async () => {
    const coordinatorRow = ((await t.db.query(`SELECT id FROM network_member WHERE network_id = $1 AND role = 'COORDINATOR'`, [netPodp])) as { id: string }[])[0];
    const refused = await t.gql(LEAVE, { id: coordinatorRow.id }, await as('methodist.podporozhye'));
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toContain('Координатор не может выйти из сети');

    const left = await t.gql<{ leaveNetwork: Member }>(LEAVE, { id: memberId }, await as('school12.vorkuta'));
    expect(left.errors).toBeUndefined();
    expect(left.data!.leaveNetwork).toMatchObject({ status: 'LEFT', canLeave: false });
    expect(await audit()).toContain('leave-network');
    expect(await sees('school12.vorkuta')).toEqual({ listed: false, code: 'NOT_FOUND' });
    // Filippov's membership in the group stays (records stay); the network lists №12 as departed.
    const kept = (await t.db.query('SELECT count(*)::int AS n FROM association_member WHERE association_id = $1 AND person_id = $2', [association, filippov])) as { n: number }[];
    expect(kept[0].n).toBe(1);
    expect((await network()).members.find((m) => m.id === memberId)).toMatchObject({ status: 'LEFT' });
    // Leaving twice changes nothing; accepting what was left is refused.
    const again = await t.gql<{ leaveNetwork: Member }>(LEAVE, { id: memberId }, await as('school12.vorkuta'));
    expect(again.data!.leaveNetwork.status).toBe('LEFT');
    expect(codeOf(await t.gql(ACCEPT, { id: memberId }, await as('school12.vorkuta')))).toBe('BAD_USER_INPUT');
    expect((await audit()).filter((x) => x === 'leave-network')).toHaveLength(1);
  });

  it('re-inviting a departed organisation makes the row INVITED again; №12 declines; re-invited after declining', async () => {
    const reinvite = async () => {
      const r = await t.gql<{ addNetworkMember: Network }>(ADD, { id: netPodp, input: { organizationId: org12, role: 'PARTNER' } }, await as('methodist.podporozhye'));
      expect(r.errors).toBeUndefined();
      return r.data!.addNetworkMember.members.find((m) => m.organizationId === org12)!;
    };
    expect(await reinvite()).toMatchObject({ id: memberId, status: 'INVITED', respondedAt: null });
    const declined = await t.gql<{ declineNetworkInvitation: Member }>(DECLINE, { id: memberId }, await as('school12.vorkuta'));
    expect(declined.errors).toBeUndefined();
    expect(declined.data!.declineNetworkInvitation.status).toBe('DECLINED');
    expect(await audit()).toContain('decline-invitation');
    expect(await sees('school12.vorkuta')).toEqual({ listed: false, code: 'NOT_FOUND' });
    expect(codeOf(await t.gql(ACCEPT, { id: memberId }, await as('school12.vorkuta')))).toBe('BAD_USER_INPUT');
    expect(await reinvite()).toMatchObject({ id: memberId, status: 'INVITED' });
    const rows = (await t.db.query('SELECT count(*)::int AS n FROM network_member WHERE network_id = $1 AND organization_id = $2', [netPodp, org12])) as { n: number }[];
    expect(rows[0].n).toBe(1);
  });

  it('an organisation inside the coordinator’s reach is added ACCEPTED at once', async () => {
    const komitet = ((await t.db.query(
      `SELECT o.id FROM organization o JOIN municipality mu ON mu.id = o.municipality_id
        WHERE mu.name = 'Подпорожский муниципальный район' AND o.id NOT IN (SELECT organization_id FROM network_member WHERE network_id = $1) LIMIT 1`,
      [netPodp],
    )) as { id: string }[])[0].id;
    const r = await t.gql<{ addNetworkMember: Network }>(ADD, { id: netPodp, input: { organizationId: komitet, role: 'PARTNER' } }, await as('methodist.podporozhye'));
    expect(r.errors).toBeUndefined();
    expect(r.data!.addNetworkMember.members.find((m) => m.organizationId === komitet)).toMatchObject({ status: 'ACCEPTED', invitedAt: null });
    const recorded = (await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND after->>'organizationId' = $2`, [netPodp, komitet])) as { action: string }[];
    expect(recorded.map((x) => x.action)).toEqual(['add-member']);
  });

  it('the demo invitation: Podporozhye’s methodist sees the demonstration school invited into the illustrative network and may accept it', async () => {
    const sosh3 = await idOf(t.db, 'organization', 'demo:org:47-podp-illustrative-school');
    const r = await t.gql<{ networkInvitations: Invitation[] }>(INVITATIONS, {}, await as('methodist.podporozhye'));
    const demo = r.data!.networkInvitations.filter((i) => i.organization.id === sosh3);
    expect(demo).toHaveLength(1);
    expect(demo[0]).toMatchObject({ invitedByName: 'Методист ЦРО Тимашевского района', coordinator: { name: expect.stringContaining('иллюстративные данные') } });
    const accepted = await t.gql<{ acceptNetworkInvitation: Member }>(ACCEPT, { id: demo[0].memberId }, await as('methodist.podporozhye'));
    expect(accepted.data!.acceptNetworkInvitation.status).toBe('ACCEPTED');
  });
});

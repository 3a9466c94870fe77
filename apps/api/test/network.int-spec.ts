import { GqlResult, idOf, startTestApp, TestApp } from './support/test-app';

/**
 * Networks through the API: who sees which network, who may change it, the model's rules on
 * members and links (refusals write nothing), creation, archive, the organisation directory, the
 * bounded number of SQL statements of the list, and the audit trail.
 */

const NETWORK = `id name model goals startsOn endsOn archivedAt canEdit coordinatorOrganizationId memberCount
  coordinator { id name }
  members { id organizationId role level organization { id name regionName } }
  edges { id fromMemberId toMemberId kind }`;
const LIST = `query($first: Int!, $filter: NetworkFilter) { networks(first: $first, filter: $filter) { totalCount nodes { ${NETWORK} } } }`;
const GET = `query($id: ID!) { network(id: $id) { ${NETWORK} } }`;
const CREATE = `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { ${NETWORK} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, input: $input) { ${NETWORK} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveNetwork(id: $id) { id archivedAt } }`;
const RESTORE = `mutation($id: ID!) { restoreNetwork(id: $id) { id archivedAt } }`;
const ADD_MEMBER = `mutation($id: ID!, $input: NetworkMemberInput!) { addNetworkMember(networkId: $id, input: $input) { ${NETWORK} } }`;
const UPDATE_MEMBER = `mutation($id: ID!, $input: UpdateNetworkMemberInput!) { updateNetworkMember(memberId: $id, input: $input) { ${NETWORK} } }`;
const REMOVE_MEMBER = `mutation($id: ID!) { removeNetworkMember(memberId: $id) { ${NETWORK} } }`;
const ADD_EDGE = `mutation($id: ID!, $input: NetworkEdgeInput!) { addNetworkEdge(networkId: $id, input: $input) { ${NETWORK} } }`;
const REMOVE_EDGE = `mutation($id: ID!) { removeNetworkEdge(edgeId: $id) { ${NETWORK} } }`;
const DIRECTORY = `query($s: String!, $first: Int) { organizationDirectory(search: $s, first: $first) { id name shortName kind municipalityName regionName } }`;

interface Member {
  id: string;
  organizationId: string;
  role: string;
  level: number | null;
  organization: { id: string; name: string; regionName: string };
}
interface Network {
  id: string;
  name: string;
  model: string;
  goals: string;
  startsOn: string;
  endsOn: string | null;
  archivedAt: string | null;
  canEdit: boolean;
  coordinatorOrganizationId: string;
  memberCount: number;
  coordinator: { id: string; name: string };
  members: Member[];
  edges: { id: string; fromMemberId: string; toMemberId: string; kind: string }[];
}

const KEYS = {
  podp: 'demo:network:podporozhye-shkola-shkole',
  vorkuta: 'demo:network:vorkuta-sosh12-sosh35',
  timashevsk: 'demo:network:timashevsk-krc',
  yaroslavl: 'demo:network:yaroslavl-mip-nastavnichestvo',
  friends: 'demo:network:budem-druzhit-shkolami',
  illustrative: 'demo:network:illustrative-invitations',
};
type NetKey = keyof typeof KEYS;

let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;
const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
const fieldsOf = (r: GqlResult) => r.errors?.[0]?.extensions?.fields;

describe('networks', () => {
  let t: TestApp;
  const nets = {} as Record<NetKey, string>;
  const tokens = new Map<string, string>();
  const as = async (login: string) => {
    if (!tokens.has(login)) tokens.set(login, await t.login(login));
    return tokens.get(login)!;
  };
  const org = (key: string) => idOf(t.db, 'organization', `demo:org:${key}`);
  /** The id of an organisation's membership in a network. */
  const member = async (net: NetKey, orgKey: string): Promise<string> => {
    const rows: { id: string }[] = await t.db.query('SELECT id FROM network_member WHERE network_id = $1 AND organization_id = $2', [nets[net], await org(orgKey)]);
    if (!rows[0]) throw new Error(`${orgKey} is not a member of ${net}`);
    return rows[0].id;
  };

  /** Row counts a refused mutation must leave alone. */
  const counts = async () =>
    ((await t.db.query(
      `SELECT (SELECT count(*) FROM network) AS network, (SELECT count(*) FROM network_member) AS member,
              (SELECT count(*) FROM network_edge) AS edge, (SELECT count(*) FROM agreement) AS agreement,
              (SELECT count(*) FROM agreement_party) AS party, (SELECT count(*) FROM audit_log WHERE action <> 'login') AS audit`,
    )) as Record<string, string>[])[0];
  /** A network with its members and links, as stored. */
  const stored = async (id: string) =>
    ((await t.db.query(
      `SELECT (SELECT row_to_json(n) FROM network n WHERE n.id = $1) AS network,
              (SELECT json_agg(m ORDER BY m.id) FROM network_member m WHERE m.network_id = $1) AS members,
              (SELECT json_agg(e ORDER BY e.id) FROM network_edge e WHERE e.network_id = $1) AS edges`,
      [id],
    )) as unknown[])[0];
  /** A refusal: its code and fields, and nothing written anywhere. */
  const expectRefused = async (run: () => Promise<GqlResult>, code: string, fields: { field: string; message: string }[], networkId?: string) => {
    const before = await counts();
    const row = networkId ? await stored(networkId) : null;
    const r = await run();
    expect(codeOf(r)).toBe(code);
    expect(fieldsOf(r)).toEqual(fields);
    expect(await counts()).toEqual(before);
    if (networkId) expect(await stored(networkId)).toEqual(row);
    return r;
  };
  const auditOf = async (networkId: string): Promise<string[]> =>
    ((await t.db.query(`SELECT action FROM audit_log WHERE entity_type = 'network' AND entity_id = $1 ORDER BY at, id`, [networkId])) as { action: string }[]).map(
      (a) => a.action,
    );

  beforeAll(async () => {
    t = await startTestApp();
    for (const [k, key] of Object.entries(KEYS)) {
      nets[k as NetKey] = ((await t.db.query('SELECT id FROM network WHERE external_id = $1', [key])) as { id: string }[])[0].id;
    }
  });
  afterAll(() => t.close());

  describe('scope', () => {
    it('lists exactly the Podporozhye network to methodist.podporozhye', async () => {
      const r = await t.gql<{ networks: { totalCount: number; nodes: Network[] } }>(LIST, { first: 50 }, await as('methodist.podporozhye'));
      expect(r.errors).toBeUndefined();
      expect(r.data!.networks.nodes.map((n) => n.id)).toEqual([nets.podp]);
      expect(r.data!.networks.totalCount).toBe(1);
    });

    it('lists all the demo networks (the five programmes and the illustrative one) to the platform admin', async () => {
      const r = await t.gql<{ networks: { totalCount: number; nodes: Network[] } }>(LIST, { first: 50 }, await as('admin'));
      expect(r.data!.networks.totalCount).toBe(6);
      expect(new Set(r.data!.networks.nodes.map((n) => n.id))).toEqual(new Set(Object.values(nets)));
    });

    it('shows the admin the Yaroslavl inter-regional network with members from 4+ regions; the Podporozhye methodist gets NOT_FOUND', async () => {
      const r = await t.gql<{ network: Network }>(GET, { id: nets.yaroslavl }, await as('admin'));
      expect(r.errors).toBeUndefined();
      expect(r.data!.network.model).toBe('INTER_REGIONAL');
      const regions = new Set(r.data!.network.members.map((m) => m.organization.regionName));
      expect(regions.size).toBeGreaterThanOrEqual(4);
      expect(regions).toEqual(new Set(['Ярославская область', 'Калужская область', 'Калининградская область', 'Волгоградская область']));
      expect(r.data!.network.memberCount).toBe(r.data!.network.members.length);
      expect(codeOf(await t.gql(GET, { id: nets.yaroslavl }, await as('methodist.podporozhye')))).toBe('NOT_FOUND');
    });

    it('filters by a member organisation', async () => {
      const r = await t.gql<{ networks: { nodes: Network[] } }>(LIST, { first: 50, filter: { organizationId: await org('11-vorkuta-sosh-35') } }, await as('admin'));
      expect(r.data!.networks.nodes.map((n) => n.id)).toEqual([nets.vorkuta]);
    });

    it.each([
      ['methodist.podporozhye', 'podp', true],
      ['school12.vorkuta', 'vorkuta', true],
      ['methodist.timashevsk', 'timashevsk', true],
      ['admin', 'friends', true],
      ['teacher.filippov', 'vorkuta', false],
      ['mentor.zhdanova', 'vorkuta', false],
    ] as const)('canEdit for %s on the %s network is %s', async (login, net, expected) => {
      const r = await t.gql<{ network: Network }>(GET, { id: nets[net] }, await as(login));
      expect(r.errors).toBeUndefined();
      expect(r.data!.network.canEdit).toBe(expected);
    });
  });

  describe('the model’s rules, through the API', () => {
    it('refuses SUPPORT from level 3 to level 1 in the Podporozhye hierarchy on toMemberId and writes nothing', async () => {
      const token = await as('methodist.podporozhye');
      const input = { fromMemberId: await member('podp', '47-podp-sosh-1'), toMemberId: await member('podp', '47-podp-sosh-3'), kind: 'SUPPORT' };
      const message = 'Поддержка идёт от более сильного уровня к более слабому: уровень 3 не может поддерживать уровень 1';
      const edgesBefore: unknown[] = await t.db.query('SELECT count(*) AS n FROM network_edge');
      await expectRefused(() => t.gql(ADD_EDGE, { id: nets.podp, input }, token), 'BAD_USER_INPUT', [{ field: 'toMemberId', message }], nets.podp);
      expect(await t.db.query('SELECT count(*) AS n FROM network_edge')).toEqual(edgesBefore);
    });

    it('accepts a CONSULT link from level 3 to level 1 and audits it', async () => {
      const token = await as('methodist.podporozhye');
      const input = { fromMemberId: await member('podp', '47-podp-voznesenye-oc'), toMemberId: await member('podp', '47-podp-sosh-3'), kind: 'CONSULT' };
      const before: { n: string }[] = await t.db.query('SELECT count(*) AS n FROM network_edge WHERE network_id = $1', [nets.podp]);
      const r = await t.gql<{ addNetworkEdge: Network }>(ADD_EDGE, { id: nets.podp, input }, token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.addNetworkEdge.edges).toContainEqual(expect.objectContaining(input));
      const after: { n: string }[] = await t.db.query('SELECT count(*) AS n FROM network_edge WHERE network_id = $1', [nets.podp]);
      expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
      const audit: { after: Record<string, unknown> }[] = await t.db.query(
        `SELECT after FROM audit_log WHERE entity_type = 'network' AND entity_id = $1 AND action = 'add-edge' ORDER BY at DESC LIMIT 1`,
        [nets.podp],
      );
      expect(audit[0].after).toMatchObject(input);
    });

    it('refuses a SUPPORT link that closes a circle in the Timashevsk resource-centre network', async () => {
      // ИРО → ЦРО → ТМС already: ТМС → ИРО would close the circle.
      const input = { fromMemberId: await member('timashevsk', '23-kalininsky-tms'), toMemberId: await member('timashevsk', '23-krd-iro'), kind: 'SUPPORT' };
      const message = 'Связь замкнула бы круг поддержки: в этой модели сети поддержка не может идти по кругу';
      await expectRefused(async () => t.gql(ADD_EDGE, { id: nets.timashevsk, input }, await as('methodist.timashevsk')), 'BAD_USER_INPUT', [{ field: 'toMemberId', message }], nets.timashevsk);
    });

    it('refuses a link to a member of another network', async () => {
      const token = await as('admin');
      const input = { fromMemberId: await member('podp', '47-podp-sosh-4'), toMemberId: await member('vorkuta', '11-vorkuta-sosh-12'), kind: 'SUPPORT' };
      const message = 'Связь возможна только между участниками этой сети';
      await expectRefused(() => t.gql(ADD_EDGE, { id: nets.podp, input }, token), 'BAD_USER_INPUT', [{ field: 'toMemberId', message }], nets.podp);
    });

    it('refuses a level change that contradicts the member’s links, on level', async () => {
      // СОШ №4 (level 2) supports СОШ №8 (level 3): at level 3 it could not.
      const token = await as('methodist.podporozhye');
      const id = await member('podp', '47-podp-sosh-4');
      const message =
        'Уровень не согласуется со связями участника: Поддержка идёт от более сильного уровня к более слабому: уровень 3 не может поддерживать уровень 3';
      await expectRefused(() => t.gql(UPDATE_MEMBER, { id, input: { level: 3 } }, token), 'BAD_USER_INPUT', [{ field: 'level', message }], nets.podp);
      const ok = await t.gql<{ updateNetworkMember: Network }>(UPDATE_MEMBER, { id, input: { role: 'RESOURCE_CENTER' } }, token);
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.updateNetworkMember.members.find((m) => m.id === id)).toMatchObject({ role: 'RESOURCE_CENTER', level: 2 });
    });

    it('refuses a model whose rules the links break, on model', async () => {
      // The Timashevsk members have no levels: a hierarchy needs them.
      await expectRefused(
        async () => t.gql(UPDATE, { id: nets.timashevsk, input: { model: 'SCHOOL_TO_SCHOOL_HIERARCHY' } }, await as('methodist.timashevsk')),
        'BAD_USER_INPUT',
        [{ field: 'model', message: 'Связи сети не подходят к новой модели: В иерархической сети связь возможна только между участниками с уровнем' }],
        nets.timashevsk,
      );
      // «Будем дружить школами» is DISTRIBUTED: its support goes round in circles, which a resource-centre network forbids.
      await expectRefused(
        async () => t.gql(UPDATE, { id: nets.friends, input: { model: 'RESOURCE_CENTER_SERVICES' } }, await as('admin')),
        'BAD_USER_INPUT',
        [{ field: 'model', message: 'Связи сети не подходят к новой модели: Связь замкнула бы круг поддержки: в этой модели сети поддержка не может идти по кругу' }],
        nets.friends,
      );
    });

    it('refuses a level for a member of a model without levels, on level', async () => {
      await expectRefused(
        async () => t.gql(ADD_MEMBER, { id: nets.vorkuta, input: { organizationId: await org('47-podp-sosh-1'), role: 'PARTNER', level: 2 } }, await as('school12.vorkuta')),
        'BAD_USER_INPUT',
        [{ field: 'level', message: 'В сети этой модели у участников нет уровней' }],
        nets.vorkuta,
      );
    });

    it('reports the same organisation added twice as CONFLICT on organizationId', async () => {
      await expectRefused(
        async () => t.gql(ADD_MEMBER, { id: nets.podp, input: { organizationId: await org('47-podp-sosh-1'), role: 'PARTNER', level: 3 } }, await as('methodist.podporozhye')),
        'CONFLICT',
        [{ field: 'organizationId', message: 'Организация уже участвует в этой сети' }],
        nets.podp,
      );
    });

    it('refuses to remove the coordinator', async () => {
      const r = await expectRefused(
        async () => t.gql(REMOVE_MEMBER, { id: await member('podp', '47-podp-ims') }, await as('methodist.podporozhye')),
        'BAD_USER_INPUT',
        [],
        nets.podp,
      );
      expect(r.errors?.[0].message).toBe('Координатора нельзя исключить: сначала назначьте другого');
    });

    it('refuses to remove a member that is a party to an agreement of the network', async () => {
      const r = await expectRefused(
        async () => t.gql(REMOVE_MEMBER, { id: await member('vorkuta', '11-vorkuta-sosh-35') }, await as('school12.vorkuta')),
        'BAD_USER_INPUT',
        [],
        nets.vorkuta,
      );
      expect(r.errors?.[0].message).toBe('Организация — сторона соглашения этой сети: сначала измените соглашение');
    });

    it('removes a member together with its links, and audits it', async () => {
      // Винницкая школа-интернат: supported by СОШ №4, consults СОШ №3.
      const id = await member('podp', '47-podp-vinnitsy-internat');
      const links: { n: string }[] = await t.db.query('SELECT count(*) AS n FROM network_edge WHERE from_member_id = $1 OR to_member_id = $1', [id]);
      expect(Number(links[0].n)).toBe(2);
      const before = await counts();
      const r = await t.gql<{ removeNetworkMember: Network }>(REMOVE_MEMBER, { id }, await as('methodist.podporozhye'));
      expect(r.errors).toBeUndefined();
      expect(r.data!.removeNetworkMember.members.map((m) => m.id)).not.toContain(id);
      expect(r.data!.removeNetworkMember.edges.filter((e) => e.fromMemberId === id || e.toMemberId === id)).toEqual([]);
      const after = await counts();
      expect(Number(after['member'])).toBe(Number(before['member']) - 1);
      expect(Number(after['edge'])).toBe(Number(before['edge']) - 2);
      expect((await auditOf(nets.podp)).slice(-1)).toEqual(['remove-member']);
    });

    it('removes a link', async () => {
      const token = await as('methodist.podporozhye');
      const edge: { id: string }[] = await t.db.query(`SELECT id FROM network_edge WHERE network_id = $1 AND kind = 'CONSULT' LIMIT 1`, [nets.podp]);
      const r = await t.gql<{ removeNetworkEdge: Network }>(REMOVE_EDGE, { id: edge[0].id }, token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.removeNetworkEdge.edges.map((e) => e.id)).not.toContain(edge[0].id);
      expect(await t.db.query('SELECT id FROM network_edge WHERE id = $1', [edge[0].id])).toEqual([]);
    });
  });

  describe('createNetwork', () => {
    const input = async (patch: Record<string, unknown> = {}) => ({
      name: `Сеть наставничества ${unique()}`,
      model: 'SCHOOL_TO_SCHOOL_HIERARCHY',
      coordinatorOrganizationId: await org('47-podp-sosh-8'),
      startsOn: '2026-09-01',
      endsOn: '2027-05-31',
      goals: 'Поддержка школ с низкими результатами',
      ...patch,
    });

    it('creates a network whose coordinator becomes its member, and audits it', async () => {
      const sosh8 = await org('47-podp-sosh-8');
      const r = await t.gql<{ createNetwork: Network }>(CREATE, { input: await input() }, await as('methodist.podporozhye'));
      expect(r.errors).toBeUndefined();
      const n = r.data!.createNetwork;
      expect(n).toMatchObject({ coordinatorOrganizationId: sosh8, canEdit: true, memberCount: 1, archivedAt: null, coordinator: { id: sosh8 } });
      expect(n.members).toEqual([expect.objectContaining({ organizationId: sosh8, role: 'COORDINATOR', level: null })]);
      expect(await auditOf(n.id)).toEqual(['create']);
      const list = await t.gql<{ networks: { nodes: Network[] } }>(LIST, { first: 50 }, await as('methodist.podporozhye'));
      expect(list.data!.networks.nodes.map((x) => x.id)).toContain(n.id);
    });

    it.each([
      [
        'a coordinator outside the scope',
        async () => ({ coordinatorOrganizationId: await org('11-vorkuta-sosh-12') }),
        'coordinatorOrganizationId',
        'Координатором может быть только организация вашей зоны ответственности',
      ],
      ['an end before the start', () => Promise.resolve({ startsOn: '2026-09-01', endsOn: '2026-08-31' }), 'endsOn', 'Окончание не может быть раньше начала'],
      ['an empty name', () => Promise.resolve({ name: '   ' }), 'name', 'Введите название сети'],
      ['a malformed start', () => Promise.resolve({ startsOn: '01.09.2026' }), 'startsOn', 'Дата начала — в виде ГГГГ-ММ-ДД'],
    ])('refuses %s on the field and writes nothing', async (_label, patch, field, message) => {
      const vars = { input: await input(await patch()) };
      await expectRefused(async () => t.gql(CREATE, vars, await as('methodist.podporozhye')), 'BAD_USER_INPUT', [{ field, message }]);
    });
  });

  describe('updateNetwork', () => {
    const fixture = async () => {
      const r = await t.gql<{ createNetwork: Network }>(
        CREATE,
        { input: { name: `Сеть ${unique()}`, model: 'DISTRIBUTED', coordinatorOrganizationId: await org('47-podp-sosh-1'), startsOn: '2026-01-01', goals: 'Исходные цели' } },
        await as('methodist.podporozhye'),
      );
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.createNetwork;
    };

    it('saves an edit and audits it with before and after', async () => {
      const n = await fixture();
      const r = await t.gql<{ updateNetwork: Network }>(UPDATE, { id: n.id, input: { name: 'Новое название', goals: 'Новые цели', endsOn: '2027-01-01' } }, await as('methodist.podporozhye'));
      expect(r.errors).toBeUndefined();
      expect(r.data!.updateNetwork).toMatchObject({ name: 'Новое название', goals: 'Новые цели', endsOn: '2027-01-01' });
      const audit: { action: string; before: { name: string }; after: { name: string } }[] = await t.db.query(
        `SELECT action, before, after FROM audit_log WHERE entity_type = 'network' AND entity_id = $1 ORDER BY at DESC LIMIT 1`,
        [n.id],
      );
      expect(audit[0]).toMatchObject({ action: 'update', before: { name: n.name }, after: { name: 'Новое название' } });
    });

    it('keeps the goals when only the name changes', async () => {
      const n = await fixture();
      const r = await t.gql<{ updateNetwork: Network }>(UPDATE, { id: n.id, input: { name: 'Только название' } }, await as('methodist.podporozhye'));
      expect(r.errors).toBeUndefined();
      expect(r.data!.updateNetwork.goals).toBe('Исходные цели');
    });

    it('hands coordination over: the new coordinator’s row becomes COORDINATOR, the old one a participant', async () => {
      const n = await fixture();
      const token = await as('methodist.podporozhye');
      const next = await org('47-podp-sosh-3');
      await t.gql(ADD_MEMBER, { id: n.id, input: { organizationId: next, role: 'MENTOR_SCHOOL' } }, token);
      const r = await t.gql<{ updateNetwork: Network }>(UPDATE, { id: n.id, input: { coordinatorOrganizationId: next } }, token);
      expect(r.errors).toBeUndefined();
      const roles = new Map(r.data!.updateNetwork.members.map((m) => [m.organizationId, m.role]));
      expect(roles.get(next)).toBe('COORDINATOR');
      expect(roles.get(n.coordinatorOrganizationId)).toBe('PARTICIPANT');
    });

    it('clears members’ levels when the network moves to a model without levels', async () => {
      const token = await as('methodist.podporozhye');
      const created = await t.gql<{ createNetwork: Network }>(
        CREATE,
        { input: { name: `Иерархия ${unique()}`, model: 'SCHOOL_TO_SCHOOL_HIERARCHY', coordinatorOrganizationId: await org('47-podp-sosh-1'), startsOn: '2026-01-01' } },
        token,
      );
      const id = created.data!.createNetwork.id;
      await t.gql(ADD_MEMBER, { id, input: { organizationId: await org('47-podp-sosh-3'), role: 'RESOURCE_CENTER', level: 1 } }, token);
      const r = await t.gql<{ updateNetwork: Network }>(UPDATE, { id, input: { model: 'DISTRIBUTED' } }, token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.updateNetwork.members.map((m) => m.level)).toEqual(r.data!.updateNetwork.members.map(() => null));
    });

    it('refuses an end before the start and a coordinator that is not a member', async () => {
      const n = await fixture();
      const token = await as('methodist.podporozhye');
      await expectRefused(() => t.gql(UPDATE, { id: n.id, input: { endsOn: '2025-12-31' } }, token), 'BAD_USER_INPUT', [{ field: 'endsOn', message: 'Окончание не может быть раньше начала' }], n.id);
      await expectRefused(
        async () => t.gql(UPDATE, { id: n.id, input: { coordinatorOrganizationId: await org('47-podp-sosh-3') } }, token),
        'BAD_USER_INPUT',
        [{ field: 'coordinatorOrganizationId', message: 'Сначала добавьте организацию в участники сети' }],
        n.id,
      );
      await expectRefused(() => t.gql(UPDATE, { id: n.id, input: { name: '' } }, token), 'BAD_USER_INPUT', [{ field: 'name', message: 'Введите название сети' }], n.id);
    });
  });

  describe('archive and restore', () => {
    it('archives (hidden from the active list, changes refused), restores, and audits both', async () => {
      const token = await as('methodist.podporozhye');
      const created = await t.gql<{ createNetwork: Network }>(
        CREATE,
        { input: { name: `Архивная сеть ${unique()}`, model: 'MIXED', coordinatorOrganizationId: await org('47-podp-sosh-1'), startsOn: '2026-01-01' } },
        token,
      );
      const id = created.data!.createNetwork.id;
      const arch = await t.gql<{ archiveNetwork: { archivedAt: string | null } }>(ARCHIVE, { id }, token);
      expect(arch.data!.archiveNetwork.archivedAt).not.toBeNull();

      const active = await t.gql<{ networks: { nodes: Network[] } }>(LIST, { first: 50 }, token);
      expect(active.data!.networks.nodes.map((n) => n.id)).not.toContain(id);
      const archived = await t.gql<{ networks: { nodes: Network[] } }>(LIST, { first: 50, filter: { archived: 'ARCHIVED' } }, token);
      expect(archived.data!.networks.nodes.map((n) => n.id)).toEqual([id]);

      for (const [query, vars] of [
        [UPDATE, { id, input: { name: 'В архиве' } }],
        [ADD_MEMBER, { id, input: { organizationId: await org('47-podp-sosh-3'), role: 'PARTICIPANT' } }],
      ] as const) {
        const r = await expectRefused(() => t.gql(query, vars, token), 'BAD_USER_INPUT', [], id);
        expect(r.errors?.[0].message).toBe('Сеть в архиве: сначала восстановите её');
      }

      const restored = await t.gql<{ restoreNetwork: { archivedAt: string | null } }>(RESTORE, { id }, token);
      expect(restored.data!.restoreNetwork.archivedAt).toBeNull();
      expect(await auditOf(id)).toEqual(['create', 'archive', 'restore']);
      const edit = await t.gql(UPDATE, { id, input: { name: 'Снова в работе' } }, token);
      expect(edit.errors).toBeUndefined();
    });
  });

  describe('organizationDirectory', () => {
    it('finds organisations of other regions by name, for inter-regional networks', async () => {
      const r = await t.gql<{ organizationDirectory: { id: string; name: string; regionName: string; municipalityName: string }[] }>(
        DIRECTORY,
        { s: 'калуг' },
        await as('methodist.podporozhye'),
      );
      expect(r.errors).toBeUndefined();
      const rows = r.data!.organizationDirectory;
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((x) => x.id)).toContain(await org('40-kaluga-sh-25'));
      expect(new Set(rows.map((x) => x.regionName))).toEqual(new Set(['Калужская область']));
      // The same organisation is outside the caller's registry.
      const card = await t.gql(`query($id: ID!) { organization(id: $id) { id } }`, { id: await org('40-kaluga-sh-25') }, await as('methodist.podporozhye'));
      expect(codeOf(card)).toBe('NOT_FOUND');
    });

    it('and lets the coordinator invite one to the network (outside his reach: an invitation, not a membership)', async () => {
      const kaluga = await org('40-kaluga-kolosok');
      const r = await t.gql<{ addNetworkMember: Network & { members: (Member & { status: string })[] } }>(
        ADD_MEMBER.replace('organization { id name regionName }', 'status organization { id name regionName }'),
        { id: nets.podp, input: { organizationId: kaluga, role: 'PARTNER' } },
        await as('methodist.podporozhye'),
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.addNetworkMember.members.find((m) => m.organizationId === kaluga)).toMatchObject({
        role: 'PARTNER',
        level: null,
        status: 'INVITED',
        organization: { regionName: 'Калужская область' },
      });
      expect((await auditOf(nets.podp)).slice(-1)).toEqual(['invite-member']);
    });

    it('refuses a search shorter than 2 characters', async () => {
      const r = await t.gql(DIRECTORY, { s: 'К' }, await as('methodist.podporozhye'));
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toEqual([{ field: 'search', message: 'Введите хотя бы 2 символа' }]);
    });
  });

  it('costs the same bounded number of SQL statements for 2 networks as for 5, everything nested included', async () => {
    const token = await as('admin');
    const query = `query($first: Int!) { networks(first: $first) { totalCount nodes {
      id name memberCount canEdit coordinator { name }
      members { level organization { name regionName } }
      edges { kind }
      agreements { number parties { name } }
    } } }`;
    const count = async (first: number) => {
      t.counter.reset();
      const r = await t.gql<{ networks: { nodes: unknown[] } }>(query, { first }, token);
      expect(r.errors).toBeUndefined();
      expect(r.data!.networks.nodes).toHaveLength(first);
      return t.counter.statements;
    };
    // The five programmes' networks only: each page then holds a network with agreements, so both pages ask for
    // the same nested rows (the illustrative network has none, and a page without agreements asks one statement less).
    await t.db.query('UPDATE network SET archived_at = now() WHERE id = $1', [nets.illustrative]);
    try {
      // The organisations of coordinators, members and agreement parties are looked up by one loader, in two batches
      // or three depending on which of their parents' statements answers first (9 or 10 statements): so both pages
      // are held to the same fixed bound, which one statement per network would break (2 networks: 11 or more).
      const two = await count(2);
      const five = await count(5);
      expect(two).toBeLessThanOrEqual(10);
      expect(five).toBeLessThanOrEqual(10);
    } finally {
      await t.db.query('UPDATE network SET archived_at = NULL WHERE id = $1', [nets.illustrative]);
    }
  });

  it('leaves an audit row for every change of a network', async () => {
    const token = await as('methodist.podporozhye');
    const created = await t.gql<{ createNetwork: Network }>(
      CREATE,
      { input: { name: `Сеть для журнала ${unique()}`, model: 'CONCENTRIC', coordinatorOrganizationId: await org('47-podp-sosh-3'), startsOn: '2026-01-01' } },
      token,
    );
    const n = created.data!.createNetwork;
    const added = await t.gql<{ addNetworkMember: Network }>(ADD_MEMBER, { id: n.id, input: { organizationId: await org('47-podp-sosh-1'), role: 'SUPPORTED_SCHOOL', level: 2 } }, token);
    const second = added.data!.addNetworkMember.members.find((m) => m.role === 'SUPPORTED_SCHOOL')!;
    const coordinatorMember = added.data!.addNetworkMember.members.find((m) => m.role === 'COORDINATOR')!;
    await t.gql(UPDATE_MEMBER, { id: coordinatorMember.id, input: { level: 1 } }, token);
    const linked = await t.gql<{ addNetworkEdge: Network }>(ADD_EDGE, { id: n.id, input: { fromMemberId: coordinatorMember.id, toMemberId: second.id, kind: 'SUPPORT' } }, token);
    expect(linked.errors).toBeUndefined();
    await t.gql(REMOVE_EDGE, { id: linked.data!.addNetworkEdge.edges[0].id }, token);
    await t.gql(REMOVE_MEMBER, { id: second.id }, token);
    await t.gql(UPDATE, { id: n.id, input: { goals: 'Цели' } }, token);
    await t.gql(ARCHIVE, { id: n.id }, token);
    await t.gql(RESTORE, { id: n.id }, token);
    expect(await auditOf(n.id)).toEqual(['create', 'add-member', 'update-member', 'add-edge', 'remove-edge', 'remove-member', 'update', 'archive', 'restore']);
    const account: { id: string }[] = await t.db.query(`SELECT id FROM account WHERE login = 'methodist.podporozhye'`);
    const by: { account_id: string }[] = await t.db.query(`SELECT DISTINCT account_id FROM audit_log WHERE entity_type = 'network' AND entity_id = $1`, [n.id]);
    expect(by).toEqual([{ account_id: account[0].id }]);
  });
});

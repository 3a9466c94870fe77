import { idOf, startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;

const A = `id name kind canEdit memberCount host { kind name }
  members { id role person { id fullName organizationName } }
  meetings { id heldOn agenda decisions attendeeCount attendees { fullName } }`;
const CREATE = `mutation($input: CreateAssociationInput!) { createAssociation(input: $input) { ${A} } }`;
const ADD_MEMBER = `mutation($id: ID!, $input: AssociationMemberInput!) { addAssociationMember(associationId: $id, input: $input) { ${A} } }`;
const ADD_MEETING = `mutation($id: ID!, $input: AssociationMeetingInput!) { addAssociationMeeting(associationId: $id, input: $input) { ${A} } }`;
type Assoc = { id: string; canEdit: boolean; memberCount: number; members: { id: string; role: string; person: { id: string } }[]; meetings: { id: string; attendeeCount: number }[] };

describe('associations', () => {
  let t: TestApp;
  let methodist: string;
  let podporozhye: string;
  const counts = async () =>
    ((await t.db.query(
      `SELECT (SELECT count(*) FROM association) a, (SELECT count(*) FROM association_member) m, (SELECT count(*) FROM association_meeting) g`,
    )) as unknown[])[0];
  const personAt = async (orgKey: string) =>
    ((await t.db.query(`SELECT p.person_id AS id FROM position p JOIN organization o ON o.id = p.organization_id WHERE o.external_id = $1 LIMIT 1`, [orgKey])) as { id: string }[])[0].id;

  beforeAll(async () => {
    t = await startTestApp();
    methodist = await t.login('methodist.podporozhye');
    podporozhye = ((await t.db.query(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)) as { id: string }[])[0].id;
  });
  afterAll(() => t.close());

  it('a methodist creates a district association (РМО), adds teachers and records a meeting', async () => {
    const created = await t.gql<{ createAssociation: Assoc }>(
      CREATE,
      { input: { kind: 'DISTRICT_SUBJECT', name: 'РМО учителей математики', subject: 'Математика', municipalityId: podporozhye } },
      methodist,
    );
    expect(created.errors).toBeUndefined();
    const a = created.data!.createAssociation;
    expect(a.canEdit).toBe(true);
    const head = await personAt('demo:org:47-podp-sosh-3');
    const member = await personAt('demo:org:47-podp-sosh-1');
    await t.gql(ADD_MEMBER, { id: a.id, input: { personId: head, role: 'HEAD' } }, methodist);
    const added = await t.gql<{ addAssociationMember: Assoc }>(ADD_MEMBER, { id: a.id, input: { personId: member } }, methodist);
    expect(added.data!.addAssociationMember.members.map((m) => m.role)).toEqual(['HEAD', 'MEMBER']);
    const met = await t.gql<{ addAssociationMeeting: Assoc }>(
      ADD_MEETING,
      { id: a.id, input: { heldOn: '2021-09-15', agenda: 'Анализ результатов ВПР по математике', decisions: 'Провести открытые уроки', attendeeIds: [head, member] } },
      methodist,
    );
    expect(met.errors).toBeUndefined();
    expect(met.data!.addAssociationMeeting.meetings[0].attendeeCount).toBe(2);
    const audit: unknown[] = await t.db.query(`SELECT 1 FROM association a JOIN audit_log l ON l.entity_id = a.id WHERE a.id = $1`, [a.id]);
    expect(audit.length).toBe(4);
  });

  it('refuses a host the kind does not allow, a host outside the scope and an empty name, writing nothing', async () => {
    const before = await counts();
    const school = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-3');
    const wrongHost = await t.gql(CREATE, { input: { kind: 'DISTRICT_SUBJECT', name: 'РМО', organizationId: school } }, methodist);
    expect(ext(wrongHost)?.fields?.[0].field).toBe('municipalityId');
    const timashevsk = ((await t.db.query(`SELECT id FROM municipality WHERE name = 'Тимашевский район'`)) as { id: string }[])[0].id;
    const outside = await t.gql(CREATE, { input: { kind: 'DISTRICT_SUBJECT', name: 'РМО', municipalityId: timashevsk } }, methodist);
    expect(ext(outside)?.fields).toEqual([{ field: 'municipalityId', message: 'Не найдено или вне вашей зоны ответственности' }]);
    const empty = await t.gql(CREATE, { input: { kind: 'SCHOOL_SUBJECT', name: ' ', organizationId: school } }, methodist);
    expect(ext(empty)?.fields).toEqual([{ field: 'name', message: 'Введите название объединения' }]);
    expect(await counts()).toEqual(before);
  });

  it('refuses members outside the scope, duplicates and attendees who are not members', async () => {
    const school = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-4');
    const a = (await t.gql<{ createAssociation: Assoc }>(CREATE, { input: { kind: 'SCHOOL_SUBJECT', name: 'ШМО начальных классов', organizationId: school } }, methodist)).data!
      .createAssociation;
    const vorkuta = await personAt('demo:org:11-vorkuta-sosh-12');
    const local = await personAt('demo:org:47-podp-sosh-4');
    await t.gql(ADD_MEMBER, { id: a.id, input: { personId: local, role: 'HEAD' } }, methodist);
    const before = await counts();
    const foreign = await t.gql(ADD_MEMBER, { id: a.id, input: { personId: vorkuta } }, methodist);
    expect(ext(foreign)?.fields?.[0].field).toBe('personId');
    const twice = await t.gql(ADD_MEMBER, { id: a.id, input: { personId: local } }, methodist);
    expect(ext(twice)?.code).toBe('CONFLICT');
    const stranger = await t.gql(ADD_MEETING, { id: a.id, input: { heldOn: '2022-01-20', agenda: 'План', attendeeIds: [vorkuta] } }, methodist);
    expect(ext(stranger)?.fields?.[0].field).toBe('attendeeIds.0');
    const badDate = await t.gql(ADD_MEETING, { id: a.id, input: { heldOn: '20.01.2022', agenda: 'План' } }, methodist);
    expect(ext(badDate)?.fields?.[0].field).toBe('heldOn');
    expect(await counts()).toEqual(before);
  });

  it('hides associations outside the scope and lets a member see their own', async () => {
    const a = (await t.gql<{ createAssociation: Assoc }>(CREATE, { input: { kind: 'LEARNING_COMMUNITY', name: 'ПОС молодых педагогов', municipalityId: podporozhye } }, methodist)).data!
      .createAssociation;
    const timashevsk = await t.login('methodist.timashevsk');
    const hidden = await t.gql(`query($id: ID!) { association(id: $id) { id } }`, { id: a.id }, timashevsk);
    expect(ext(hidden)?.code).toBe('NOT_FOUND');
    const teacher = await t.login('teacher.filippov');
    const notYet = await t.gql(`query($id: ID!) { association(id: $id) { id } }`, { id: a.id }, teacher);
    expect(ext(notYet)?.code).toBe('NOT_FOUND');
    const denied = await t.gql(CREATE, { input: { kind: 'LEARNING_COMMUNITY', name: 'X', municipalityId: podporozhye } }, teacher);
    expect(ext(denied)?.code).toBe('FORBIDDEN');
  });

  it('a network coordinator builds a council of the network across municipalities', async () => {
    const coordinator = await t.login('methodist.timashevsk');
    const network = ((await t.db.query(`SELECT id FROM network WHERE external_id = 'demo:network:timashevsk-krc'`)) as { id: string }[])[0].id;
    const created = await t.gql<{ createAssociation: Assoc }>(CREATE, { input: { kind: 'COORDINATION_COUNCIL', name: 'Координационный совет сети', networkId: network } }, coordinator);
    expect(created.errors).toBeUndefined();
    const outsider: { id: string }[] = await t.db.query(
      `SELECT p.person_id AS id FROM position p JOIN network_member nm ON nm.organization_id = p.organization_id
         JOIN organization o ON o.id = p.organization_id JOIN municipality mu ON mu.id = o.municipality_id
        WHERE nm.network_id = $1 AND nm.status = 'ACCEPTED' AND mu.name <> 'Тимашевский район' LIMIT 1`,
      [network],
    );
    const added = await t.gql<{ addAssociationMember: Assoc }>(ADD_MEMBER, { id: created.data!.createAssociation.id, input: { personId: outsider[0].id, role: 'MEMBER' } }, coordinator);
    expect(added.errors).toBeUndefined();
    expect(added.data!.addAssociationMember.memberCount).toBe(1);
    // An invitation still pending (Podporozhye СОШ №3): its teachers are not the network's to take in.
    await t.db.query(
      `INSERT INTO network_member (network_id, organization_id, role, status)
       SELECT $1, o.id, 'PARTNER', 'INVITED' FROM organization o WHERE o.external_id = 'demo:org:47-podp-sosh-3'`,
      [network],
    );
    const invited: { id: string }[] = await t.db.query(
      `SELECT p.person_id AS id FROM position p JOIN network_member nm ON nm.organization_id = p.organization_id
        WHERE nm.network_id = $1 AND nm.status = 'INVITED' LIMIT 1`,
      [network],
    );
    expect(invited).toHaveLength(1);
    const refused = await t.gql(ADD_MEMBER, { id: created.data!.createAssociation.id, input: { personId: invited[0].id, role: 'MEMBER' } }, coordinator);
    expect(ext(refused)?.code).toBe('BAD_USER_INPUT');
  });

  it('archives and restores; an archived association cannot be changed', async () => {
    const a = (await t.gql<{ createAssociation: Assoc }>(CREATE, { input: { kind: 'WORKING_GROUP', name: 'Рабочая группа', municipalityId: podporozhye } }, methodist)).data!.createAssociation;
    await t.gql(`mutation($id: ID!) { archiveAssociation(id: $id) { id } }`, { id: a.id }, methodist);
    const locked = await t.gql(`mutation($id: ID!) { updateAssociation(id: $id, input: { name: "Новое" }) { id } }`, { id: a.id }, methodist);
    expect(ext(locked)?.code).toBe('BAD_USER_INPUT');
    const restored = await t.gql<{ restoreAssociation: { id: string } }>(`mutation($id: ID!) { restoreAssociation(id: $id) { id } }`, { id: a.id }, methodist);
    expect(restored.errors).toBeUndefined();
  });

  it('lists with members, meetings and hosts at a bounded number of statements', async () => {
    const admin = await t.login('admin');
    const LIST = `query($first: Int!) { associations(first: $first) { totalCount nodes { ${A} } } }`;
    const cost = async (first: number) => {
      t.counter.reset();
      const r = await t.gql<{ associations: { nodes: unknown[] } }>(LIST, { first }, admin);
      expect(r.errors).toBeUndefined();
      return { statements: t.counter.statements, rows: r.data!.associations.nodes.length };
    };
    // A page costs one lookup per host kind it holds (organisation, municipality, network), never one per row: which
    // kinds the first ten rows hold depends on the data, so the check is a bound that does not grow with the rows.
    await cost(10); // the session's first request also loads what it keeps for the next ones
    // The people of members and of meetings are looked up in one batch or two, depending on which of their loaders
    // answers first: so the pages are held to the same fixed bound, not compared with each other.
    const ten = await cost(10);
    const all = await cost(100);
    const two = await cost(2);
    expect(all.rows).toBeGreaterThan(ten.rows);
    for (const page of [two, ten, all]) expect(page.statements).toBeLessThanOrEqual(12);
  });
});

import { runCli } from '../src/cli/main';
import { startTestApp, TestApp } from './support/test-app';

const CLIENT = `id name scopeKind scopeId scopeName ownerName expiresOn permissions { domain access } secrets { id prefix active expiresAt revokedAt }`;
const CREATE = `mutation($i: CreateApiClientInput!) { createApiClient(input: $i) { secret client { ${CLIENT} } } }`;
const ROTATE = `mutation($id: ID!, $h: Int!) { rotateApiClientSecret(id: $id, input: { overlapHours: $h }) { secret client { ${CLIENT} } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiClientSecrets(id: $id) { ${CLIENT} } }`;
const LIST = `query { apiClients(first: 100) { totalCount nodes { id name scopeName } } }`;
const ORGS = `query { organizations(first: 5) { totalCount } }`;

type Issued = { secret: string; client: { id: string; name: string; scopeName: string; ownerName: string; secrets: { id: string; prefix: string; active: boolean }[] } };

describe('API clients: created, rotated and revoked by platform and regional admins', () => {
  let t: TestApp;
  let admin: string;
  let coordinator: string;
  let podporozhye: string;
  let vorkuta: string;
  const issuedSecrets: string[] = [];
  const printed: string[] = [];
  const writes: { stream: NodeJS.WriteStream; original: typeof process.stdout.write }[] = [];

  beforeAll(async () => {
    // Everything the API prints while these tests run is kept, to prove no secret is ever logged.
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream);
      writes.push({ stream, original });
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        printed.push(String(chunk));
        return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
    }
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(' '));
      });
    }
    t = await startTestApp();
    // Print every SQL statement with its parameters, as LOG_SQL=true does.
    Object.assign(t.counter, { print: true, printErrors: true });
    admin = await t.login('admin');
    coordinator = await t.login('coordinator.lo');
    const rows = (await t.db.query(`SELECT id, name FROM municipality WHERE name IN ('Подпорожский муниципальный район', 'городской округ «Воркута»')`)) as { id: string; name: string }[];
    podporozhye = rows.find((r) => r.name.startsWith('Подпорож'))!.id;
    vorkuta = rows.find((r) => r.name.includes('Воркута'))!.id;
  });
  afterAll(async () => {
    for (const w of writes) w.stream.write = w.original;
    jest.restoreAllMocks();
    await t.close();
  });

  const create = async (token: string, scopeId: string, name: string) => {
    const r = await t.gql<{ createApiClient: Issued }>(CREATE, {
      i: { name, scopeKind: 'MUNICIPALITY', scopeId, permissions: [{ domain: 'REGISTRY', access: 'READ' }], expiresOn: '2099-12-31' },
    }, token);
    if (r.data?.createApiClient) issuedSecrets.push(r.data.createApiClient.secret);
    return r;
  };

  it('a regional admin creates a client in the region; the secret is shown once and works at once', async () => {
    const r = await create(coordinator, podporozhye, 'ЭШ Подпорожья');
    expect(r.errors).toBeUndefined();
    const c = r.data!.createApiClient;
    expect(c.secret).toMatch(/^mdsk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect(c.client.scopeName).toBe('Подпорожский муниципальный район');
    expect(c.client.secrets).toEqual([expect.objectContaining({ prefix: c.secret.slice(5, 17), active: true })]);
    const orgs = await t.gql<{ organizations: { totalCount: number } }>(ORGS, {}, c.secret);
    expect(orgs.data!.organizations.totalCount).toBeGreaterThan(5);
    const again = await t.gql(`query($id: ID!) { apiClient(id: $id) { id } }`, { id: c.client.id }, coordinator);
    expect(JSON.stringify(again)).not.toContain(c.secret);
  });

  it('a regional admin cannot reach outside the region: creating is refused on the field, others’ clients are NOT_FOUND', async () => {
    const outside = await create(coordinator, vorkuta, 'ЭШ Воркуты (чужая)');
    expect(outside.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(outside.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('scopeId');
    const komi = await create(admin, vorkuta, 'ЭШ Воркуты');
    expect(komi.errors).toBeUndefined();
    const id = komi.data!.createApiClient.client.id;
    for (const q of [`query($id: ID!) { apiClient(id: $id) { id } }`, REVOKE, `mutation($id: ID!) { archiveApiClient(id: $id) { id } }`]) {
      const r = await t.gql(q, { id }, coordinator);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const list = await t.gql<{ apiClients: { nodes: { name: string }[] } }>(LIST, {}, coordinator);
    expect(list.data!.apiClients.nodes.map((n) => n.name)).toContain('ЭШ Подпорожья');
    expect(list.data!.apiClients.nodes.map((n) => n.name)).not.toContain('ЭШ Воркуты');
    const all = await t.gql<{ apiClients: { nodes: { name: string }[] } }>(LIST, {}, admin);
    expect(all.data!.apiClients.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['ЭШ Подпорожья', 'ЭШ Воркуты']));
    const methodist = await t.gql(LIST, {}, await t.login('methodist.podporozhye'));
    expect(methodist.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A client never manages clients, whatever its permissions.
    const asClient = await t.gql(LIST, {}, komi.data!.createApiClient.secret);
    expect(asClient.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rotation keeps the old secret for the overlap; a rotation without overlap and a revocation take effect at once', async () => {
    const first = (await create(admin, podporozhye, 'Ротация')).data!.createApiClient;
    const id = first.client.id;
    const second = (await t.gql<{ rotateApiClientSecret: Issued }>(ROTATE, { id, h: 24 }, admin)).data!.rotateApiClientSecret;
    issuedSecrets.push(second.secret);
    expect(second.secret).not.toBe(first.secret);
    for (const s of [first.secret, second.secret]) expect((await t.gql(ORGS, {}, s)).errors).toBeUndefined();
    expect(second.client.secrets.filter((s) => s.active)).toHaveLength(2);

    const third = (await t.gql<{ rotateApiClientSecret: Issued }>(ROTATE, { id, h: 0 }, admin)).data!.rotateApiClientSecret;
    issuedSecrets.push(third.secret);
    for (const s of [first.secret, second.secret]) expect((await t.gql(ORGS, {}, s)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(ORGS, {}, third.secret)).errors).toBeUndefined();

    const revoked = await t.gql<{ revokeApiClientSecrets: Issued['client'] }>(REVOKE, { id }, admin);
    expect(revoked.data!.revokeApiClientSecrets.secrets.every((s) => !s.active)).toBe(true);
    expect((await t.gql(ORGS, {}, third.secret)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Over HTTP a secret that no longer works is 401 with a Bearer challenge (the SPA's cookie keeps 200).
    const raw = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${third.secret}` }, body: JSON.stringify({ query: ORGS }) });
    expect(raw.status).toBe(401);
    expect(raw.headers.get('www-authenticate')).toBe('Bearer');
    const body = (await raw.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions['code']).toBe('UNAUTHENTICATED');
    expect(body.errors[0]!.extensions['http']).toBeUndefined();
  });

  it('an archived client is refused at once and works again when restored', async () => {
    const c = (await create(admin, podporozhye, 'Архив')).data!.createApiClient;
    await t.gql(`mutation($id: ID!) { archiveApiClient(id: $id) { id } }`, { id: c.client.id }, admin);
    expect((await t.gql(ORGS, {}, c.secret)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await t.gql(`mutation($id: ID!) { restoreApiClient(id: $id) { id } }`, { id: c.client.id }, admin);
    expect((await t.gql(ORGS, {}, c.secret)).errors).toBeUndefined();
  });

  it('reads by a client are audited under the client’s name', async () => {
    const c = (await create(admin, podporozhye, 'Аудит')).data!.createApiClient;
    const people = await t.gql<{ people: { nodes: { id: string }[] } }>(`query { people(first: 5) { nodes { id } } }`, {}, c.secret);
    expect(people.data!.people.nodes.length).toBeGreaterThan(0);
    const rows = (await t.db.query(
      `SELECT a.display_name, l.action FROM audit_log l JOIN account a ON a.id = l.account_id
        JOIN api_client c ON c.account_id = a.id WHERE c.id = $1`,
      [c.client.id],
    )) as { display_name: string; action: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.display_name).toBe('API-клиент «Аудит»');
  });

  it('bad input is refused on its field', async () => {
    const r = await t.gql(CREATE, { i: { name: ' ', scopeKind: 'MUNICIPALITY', scopeId: podporozhye, permissions: [] } }, admin);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (r.errors?.[0]?.extensions?.fields ?? []).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'permissions']));
    const twice = await t.gql(CREATE, { i: { name: 'Дважды', scopeKind: 'MUNICIPALITY', scopeId: podporozhye, permissions: [{ domain: 'REGISTRY', access: 'READ' }, { domain: 'REGISTRY', access: 'WRITE' }] } }, admin);
    expect(twice.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('permissions');
    const overlap = await t.gql(ROTATE, { id: podporozhye, h: 10_000 }, admin);
    expect(overlap.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the CLI creates, lists, rotates and revokes; the secret it prints once works at once and stops on revocation', async () => {
    const saved = process.env['DATABASE_URL'];
    process.env['DATABASE_URL'] = (t.db.options as { url: string }).url;
    const outputs: string[] = [];
    const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
      outputs.push(a.map(String).join(' '));
    });
    try {
      expect(await runCli(['client', 'create', '--name', 'ЦНППМ портал', '--region', '47', '--permissions', 'REGISTRY:READ,ROUTES:WRITE', '--expires', '2099-01-31'])).toBe(0);
      const secret = outputs.join('\n').match(/mdsk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}/)![0];
      issuedSecrets.push(secret);
      const id = outputs.join('\n').match(/Created API client ([0-9a-f-]{36})/)![1]!;
      expect((await t.gql(ORGS, {}, secret)).errors).toBeUndefined();
      outputs.length = 0;
      expect(await runCli(['client', 'list'])).toBe(0);
      expect(outputs.join('\n')).toContain('ЦНППМ портал');
      expect(outputs.join('\n')).toContain('REGISTRY:READ,ROUTES:WRITE');
      outputs.length = 0;
      expect(await runCli(['client', 'rotate', id, '--overlap-hours', '0'])).toBe(0);
      const next = outputs.join('\n').match(/mdsk_[a-z0-9]{12}_[A-Za-z0-9_-]{43}/)![0];
      issuedSecrets.push(next);
      expect((await t.gql(ORGS, {}, secret)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await t.gql(ORGS, {}, next)).errors).toBeUndefined();
      expect(await runCli(['client', 'revoke', id])).toBe(0);
      expect((await t.gql(ORGS, {}, next)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await runCli(['client', 'create', '--name', 'x', '--permissions', 'REGISTRY:READ'])).not.toBe(0);
    } finally {
      log.mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(' '));
      });
      if (saved === undefined) delete process.env['DATABASE_URL'];
      else process.env['DATABASE_URL'] = saved;
    }
  });

  it('no secret is stored or printed in clear: not in any table, audit row or log line', async () => {
    expect(issuedSecrets.length).toBeGreaterThanOrEqual(5);
    const [dump] = (await t.db.query(
      `SELECT (SELECT string_agg(row_to_json(l)::text, ' ') FROM audit_log l) AS audit,
              (SELECT string_agg(row_to_json(s)::text, ' ') FROM api_client_secret s) AS secrets,
              (SELECT string_agg(row_to_json(c)::text, ' ') FROM api_client c) AS clients,
              (SELECT string_agg(row_to_json(a)::text, ' ') FROM account a) AS accounts`,
    )) as Record<string, string>[];
    const everything = Object.values(dump!).join(' ') + printed.join('');
    expect(printed.join('').length).toBeGreaterThan(1000); // the statements were printed
    for (const s of issuedSecrets) {
      expect(everything).not.toContain(s);
      expect(everything).not.toContain(s.slice(18)); // the random part alone
      expect(dump!['audit']).toContain(s.slice(5, 17)); // named by its public prefix
    }
  });
});

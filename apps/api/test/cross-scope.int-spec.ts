import { randomUUID } from 'node:crypto';
import { RoleKind, withInnCheckDigit } from '@metodset/shared';
import { getNamedType, GraphQLSchema, isNonNullType } from 'graphql';
import { PolicyMeta } from '../src/common/auth/policy.decorator';
import { clientPasses, crossScopeClientSecret } from './support/cross-scope-api-client';
import { CALLER_ROLES, CallerRole, crossScopeFixtures, CrossScopeFixtures, RegionIds } from './support/cross-scope-fixtures';
import {
  documentOf,
  Fill,
  leaves,
  Operation,
  operationsOf,
  permissionsOf,
  RegionKind,
  rolePasses,
  schemaOf,
  selectionOf,
  Unmapped,
  variableSets,
  withLeaf,
} from './support/cross-scope-schema';
import { GqlResult, startTestApp, TestApp } from './support/test-app';

/**
 * The cross-scope suite (issue 8): two regions of their own, each with a methodist, a school admin, a mentor and a
 * teacher and rows in every domain, and a network coordinated by region A with B's second school ACCEPTED and B's
 * first school INVITED. Walking the schema the app serves (so a new operation joins by itself), region A's callers
 *  1. get NOT_FOUND — never FORBIDDEN past the gate (the gate's FORBIDDEN only for a role without the permission),
 *     never data, the same code as for a random id — for every query whose required argument is one of B's ids; a
 *     B id in a query's input, filter or optional argument gets the very answer a random id gets (no oracle);
 *  2. see none of B's ids and names in any query's answer, every field selected recursively (A's own objects by id
 *     included, so nested fields are walked too), except what the accepted membership shares: the member school (and
 *     the invited one, as invited) in the network, and the member school's staff inside the network's campaigns
 *     and programmes for its coordinators (and in the pair for A's mentor);
 *  3. get NOT_FOUND (same rule as 1) for every mutation whose required argument is one of B's ids; a B id in a
 *     mutation's input is refused with the very error a random id gets; nothing is written either way;
 *  4. see the invited school take part in nothing (network campaign enrolment, assignment plans, suggestions);
 *  5. get import dry-run reports for rows naming B's school, teacher or e-mail that are those of rows naming nothing
 *     that exists, say "not found or not yours" if they refuse, and name nothing of B.
 * An operation whose id argument has no mapping fails the suite (add it to `support/cross-scope-schema.ts`).
 */

const ROLE_OF: Record<CallerRole, RoleKind> = {
  methodist: RoleKind.MUNICIPAL_METHODIST,
  schoolAdmin: RoleKind.ORGANIZATION_ADMIN,
  mentor: RoleKind.MENTOR,
  teacher: RoleKind.TEACHER,
  client: RoleKind.MUNICIPAL_METHODIST,
};
const COORDINATORS: readonly CallerRole[] = ['methodist', 'schoolAdmin', 'client'];

/** Argument paths where another region's id is the point of the operation (not a leak): named with the reason. */
const CROSS_REGION_BY_DESIGN: Record<string, string> = {
  'addNetworkMember:input.organizationId': 'inviting an organisation of any region (it joins only when it accepts)',
};

type Vars = Record<string, unknown>;
type Input = Record<string, unknown>;
const inputOf = (v: Vars) => (v['input'] ?? {}) as Input;
const withInput = (v: Vars, input: Input): Vars => ({ ...v, input });

/**
 * What the generated variables lack for an operation to get past its input checks (one host of several, a kind that
 * matches the host, a file): applied to A's variable sets before one id is replaced by B's.
 */
const INPUT_FIXES: Record<string, (v: Vars, f: CrossScopeFixtures, files: Record<string, string>) => Vars | Vars[]> = {
  /** Both roles of a form (SELF: the participant; EXPERT: staff over the participant's school). */
  diagnosticForm: (v) => [v, { ...v, role: v['role'] === 'SELF' ? 'EXPERT' : 'SELF' }],
  saveDiagnosticDraft: (v) => [v, withInput(v, { ...inputOf(v), role: inputOf(v)['role'] === 'SELF' ? 'EXPERT' : 'SELF' })],
  submitDiagnosticResponse: (v) => [v, withInput(v, { ...inputOf(v), role: inputOf(v)['role'] === 'SELF' ? 'EXPERT' : 'SELF' })],
  createAgreement: (v, f) => withInput(v, { ...inputOf(v), partyOrganizationIds: [f.a.ids.organization, f.a.ids.organization2] }),
  updateAgreement: (v, f) => (inputOf(v)['partyOrganizationIds'] ? withInput(v, { ...inputOf(v), partyOrganizationIds: [f.a.ids.organization, f.a.ids.organization2] }) : v),
  createAssociation: (v, f) => {
    const i = inputOf(v);
    if (i['municipalityId']) return withInput(v, { ...i, kind: 'DISTRICT_SUBJECT' });
    if (i['networkId']) return withInput(v, { ...i, kind: 'NETWORK_PEDAGOGICAL' });
    return withInput(v, { organizationId: f.a.ids.organization, ...i, kind: 'SCHOOL_SUBJECT' });
  },
  createDiagnosticCampaign: (v, f) => {
    const i: Input = { ...inputOf(v), mode: 'SELF' };
    if (i['networkId']) return withInput(v, { ...i, scopeKind: 'NETWORK' });
    if (i['municipalityId']) return withInput(v, { ...i, scopeKind: 'MUNICIPALITY' });
    return withInput(v, { organizationIds: [f.a.ids.organization], ...i, scopeKind: 'ORGANIZATIONS' });
  },
  updateDiagnosticCampaign: (v) => {
    const i = inputOf(v);
    if (i['networkId']) return withInput(v, { ...i, scopeKind: 'NETWORK' });
    if (i['municipalityId']) return withInput(v, { ...i, scopeKind: 'MUNICIPALITY' });
    if (i['organizationIds']) return withInput(v, { ...i, scopeKind: 'ORGANIZATIONS' });
    return v;
  },
  createLearningRoute: (v, f) => {
    const i = inputOf(v);
    return i['personId'] || i['associationId'] ? v : withInput(v, { ...i, personId: f.a.ids.person });
  },
  createMentoringProgram: (v, f) => {
    const i = inputOf(v);
    return i['organizationId'] || i['networkId'] ? v : withInput(v, { ...i, organizationId: f.a.ids.organization });
  },
  campaignComparison: (v, f) => withInput(v, { ...inputOf(v), beforeCampaignId: f.a.ids.campaign2 }),
  createPerson: (v, f) => withInput(v, { ...inputOf(v), positions: [{ organizationId: f.a.ids.organization, kind: 'TEACHER' }] }),
  addRouteStep: (v) => withInput(v, { ...inputOf(v), kind: 'MENTORING' }),
  updateRouteStep: (v) => withInput(v, { ...inputOf(v), kind: 'MENTORING' }),
  attachRouteStepEvidence: (v) => withInput(v, { url: 'https://example.org/otchet' }),
  importDiagnosticResults: (v, _f, files) => withInput(v, { ...inputOf(v), fileName: 'results.xlsx', contentBase64: files['results'] }),
};
/** Operations that change a route in its draft state: filled with A's draft route (its state does not answer first). */
const ON_DRAFT_ROUTE = new Set(['addRouteStep', 'updateRouteStep', 'updateLearningRoute', 'moveRouteStep', 'removeRouteStep']);

/**
 * Operations that take ids only of reference data (everyone reads frameworks and instruments; the regional
 * coordinator keeps them): nothing of a region to reach. A new one must be added here on purpose.
 */
const REFERENCE_ONLY = [
  'competencyFramework',
  'competencyFrameworkCase',
  'diagnosticCampaigns',
  'diagnosticInstruments',
  'importDiagnosticInstrument',
  'diagnosticInstrument',
  'diagnosticInstrumentTemplate',
  'addCompetence',
  'addCompetenceArea',
  'addCompetenceIndicator',
  'addDiagnosticItem',
  'archiveCompetencyFramework',
  'archiveDiagnosticInstrument',
  'createCompetencyFrameworkVersion',
  'createDiagnosticInstrument',
  'createDiagnosticInstrumentVersion',
  'moveDiagnosticItem',
  'publishCompetencyFramework',
  'publishDiagnosticInstrument',
  'removeCompetence',
  'removeCompetenceArea',
  'removeCompetenceIndicator',
  'removeDiagnosticItem',
  'removeDiagnosticScoringRule',
  'restoreCompetencyFramework',
  'restoreDiagnosticInstrument',
  'setDiagnosticScoringRule',
  'updateCompetence',
  'updateCompetenceArea',
  'updateCompetenceIndicator',
  'updateCompetencyFramework',
  'updateDiagnosticInstrument',
  'updateDiagnosticItem',
];

/** Depth of the recursive selection (object levels below the operation). */
const DEPTH = 4;
const PARALLEL = 8;
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function inBatches<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += PARALLEL) out.push(...(await Promise.all(items.slice(i, i + PARALLEL).map(fn))));
  return out;
}

/** The answer without `extensions` (the rate-limit budget differs from one request to the next by design). */
const answerOf = (r: GqlResult) => ({ data: r.data, errors: r.errors });
const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code ?? (r.errors ? 'ERROR' : 'DATA');
const short = (r: GqlResult) => {
  if (!r.errors) return 'data';
  const fields = r.errors[0].extensions?.fields;
  return `${codeOf(r)} «${r.errors[0].message}»${fields ? ` ${JSON.stringify(fields)}` : ''}`;
};
const sameError = (a: GqlResult, b: GqlResult) =>
  JSON.stringify([codeOf(a), a.errors?.[0]?.message, a.errors?.[0]?.extensions?.fields]) === JSON.stringify([codeOf(b), b.errors?.[0]?.message, b.errors?.[0]?.extensions?.fields]);

interface Variant {
  label: string;
  /** A required argument of the operation (the row it reads or changes). */
  target: boolean;
  /** B's id is one of its schools that the cross network shows. */
  member: boolean;
  vars: Vars;
  random: Vars;
}

interface Ctx {
  /** Inside the cross network. */
  net: boolean;
  /** Inside one of its campaigns or programmes. */
  act: boolean;
  /** Inside its mentorship (A's mentor with B's member teacher). */
  pair: boolean;
}

describe('cross-scope: region A’s callers never reach region B', () => {
  let t: TestApp;
  let f: CrossScopeFixtures;
  let schema: GraphQLSchema;
  let ops: Operation[];
  let policies: Map<string, PolicyMeta>;
  const tokens = {} as Record<CallerRole, string>;
  let fillA: Fill;
  /** A's id → its kind (to put B's id of the same kind in its place). */
  let kindOfA: Map<string, RegionKind>;
  /** Valid files the import operations need to get past their format checks. */
  const files: Record<string, string> = {};

  beforeAll(async () => {
    // The walk sends thousands of requests per caller: the hourly budgets are not what this suite is about.
    t = await startTestApp({ API_CLIENT_POINTS_PER_HOUR: '100000000', SESSION_POINTS_PER_HOUR: '100000000' });
    f = await crossScopeFixtures(t.db);
    schema = schemaOf(t);
    ops = operationsOf(schema);
    policies = permissionsOf(t);
    for (const c of CALLER_ROLES) tokens[c] = c === 'client' ? await crossScopeClientSecret(t.db, f.a.ids.municipality) : await t.login(f.a.logins[c]);
    fillA = { ids: f.a.ids, ref: f.ref };
    kindOfA = new Map(Object.entries(f.a.ids).map(([k, v]) => [v, k as RegionKind]));
    const template = await t.gql<{ diagnosticResultsTemplate: { contentBase64: string } }>('{ diagnosticResultsTemplate { contentBase64 } }', {}, tokens.methodist);
    files['results'] = template.data!.diagnosticResultsTemplate.contentBase64;
  });
  afterAll(() => t.close());

  /**
   * A's variable sets of an operation, and the variants with one of A's ids replaced by B's (or by a random id).
   * `target`: the id is a required argument of the operation (the row it reads or changes); otherwise it sits in the
   * input or is an optional argument (a filter, a row the operation would refer to).
   */
  const variantsOf = (op: Operation, unmapped: Unmapped[] = []) => {
    const fill = ON_DRAFT_ROUTE.has(op.name) ? { ids: { ...f.a.ids, route: f.a.ids.draftRoute, step: f.a.ids.draftStep }, ref: f.ref } : fillA;
    const fix = INPUT_FIXES[op.name];
    const sets = variableSets(op, fill, unmapped).flatMap((v): Vars[] => (fix ? [fix(v, f, files)].flat() : [v]));
    const required = new Set(op.field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name));
    const variants: Variant[] = [];
    const seen = new Set<string>();
    for (const vars of sets) {
      for (const leaf of leaves(vars)) {
        const kind = kindOfA.get(leaf.value);
        if (!kind) continue;
        const argPath = leaf.path.filter((p) => typeof p === 'string').join('.');
        if (CROSS_REGION_BY_DESIGN[`${op.name}:${argPath}`]) continue;
        const b = withLeaf(vars, leaf.path, f.b.ids[kind]) as Vars;
        const key = JSON.stringify(b);
        if (seen.has(key)) continue;
        seen.add(key);
        variants.push({ label: `${argPath}=B.${kind}`, target: required.has(argPath), member: kind === 'organization' || kind === 'organization2', vars: b, random: withLeaf(vars, leaf.path, randomUUID()) as Vars });
      }
    }
    return { sets, variants };
  };

  /**
   * The rule for one call with one of B's ids. As the operation's required argument: NOT_FOUND past the gate (FORBIDDEN
   * only from the gate, for a role without the permission). In a query's input, filter or optional argument: the very
   * answer a random id gets (no oracle). In a mutation's input or optional argument: refused, with the very error a
   * random id gets. Always: nothing of B in the answer.
   */
  /** Result types of batches that refuse row by row (bulk sync) instead of failing the whole request. */
  const PER_ROW_RESULTS = new Set(['SyncResult']);
  /** The whole answer but the caller's rate-limit budget, which every request spends (so it differs call to call). */
  const withoutBudget = (r: GqlResult) => {
    const { rateLimit: _spent, ...extensions } = (r as { extensions?: Record<string, unknown> }).extensions ?? {};
    return { ...r, extensions };
  };
  const judge = async (op: Operation, v: Variant, caller: CallerRole, selection: string) => {
    const doc = documentOf(op, v.vars, selection);
    const b = await t.gql(doc, v.vars, tokens[caller]);
    const random = await t.gql(doc, v.random, tokens[caller]);
    const want = expectedCode(op, caller);
    const problems: string[] = [];
    if (v.target || want === 'FORBIDDEN') {
      if (codeOf(b) !== want) problems.push(`${short(b)} instead of ${want}`);
      if (codeOf(random) !== codeOf(b)) problems.push(`a random id gives ${short(random)}, B's id ${short(b)}`);
    } else if (op.kind === 'query') {
      // B's schools are members of the cross network (invited, accepted) that A's callers see: a filter by them may find it.
      if (!v.member && JSON.stringify(answerOf(b)) !== JSON.stringify(answerOf(random))) problems.push(`answers B's id (${short(b)}) otherwise than a random id (${short(random)})`);
      if (!v.member && JSON.stringify(withoutBudget(b)) !== JSON.stringify(withoutBudget(random))) problems.push(`answers B's id (${short(b)}) otherwise than a random id (${short(random)})`);
    } else if (!b.errors && PER_ROW_RESULTS.has(getNamedType(op.field.type).name)) {
      // A batch (bulk sync) answers row by row: B's id must be refused in its row exactly as a random id is.
      const rowsDoc = documentOf(op, v.vars, 'rows { status code reason }');
      const [rb, rr] = [await t.gql(rowsDoc, v.vars, tokens[caller]), await t.gql(rowsDoc, v.random, tokens[caller])];
      const rows = (x: typeof rb) => (x.data?.[op.name] as { rows: { status: string }[] } | undefined)?.rows ?? [];
      if (!rows(rb).length || rows(rb).some((r) => r.status !== 'REFUSED')) problems.push(`accepted a row with B’s id: ${short(rb)}`);
      else if (JSON.stringify(rb.data) !== JSON.stringify(rr.data)) problems.push(`B's id gives ${short(rb)}, a random id ${short(rr)}`);
    } else {
      if (!b.errors) problems.push('accepted B’s id (data) instead of refusing it as a random id');
      else if (!sameError(b, random)) problems.push(`B's id gives ${short(b)}, a random id ${short(random)}`);
    }
    const leaked = leaksIn(b, caller, { net: false, act: false, pair: false });
    if (leaked.length > 0) problems.push(`leaks ${leaked.slice(0, 3).join('; ')}`);
    return problems.map((p) => `${op.name}(${v.label}) as A.${caller}: ${p}`);
  };

  const selectionFor = (op: Operation, depth = DEPTH) => selectionOf(getNamedType(op.field.type), depth, fillA);

  /** Everything of B a response carries where the rules do not allow it. */
  const leaksIn = (value: unknown, caller: CallerRole, start: Ctx): string[] => {
    const x = f.x;
    const always = new Map<string, string>();
    for (const [k, v] of Object.entries(f.b.ids) as [keyof RegionIds, string][]) {
      if (k === 'region' || k === 'municipality' || k === 'organization' || k === 'organization2') continue;
      always.set(v, `B.${k} id`);
    }
    for (const n of f.b.names) always.set(n, `B «${n}»`);
    const invited = f.b.orgMarkers[0];
    const accepted = f.b.orgMarkers[1];
    const member = [x.memberPerson, x.memberPersonLastName, x.participant, ...f.b.memberStaff];
    const found: string[] = [];
    const check = (s: string, path: string, ctx: Ctx) => {
      const texts = [s];
      if (/^[A-Za-z0-9+/=_-]{16,}$/.test(s)) texts.push(Buffer.from(s, 'base64').toString('utf8'));
      for (const text of texts) {
        for (const [marker, label] of always) if (text.includes(marker)) found.push(`${path}: ${label}`);
        if (!ctx.net) for (const m of invited) if (text.includes(m)) found.push(`${path}: B's invited school «${m}»`);
        if (!ctx.net && !ctx.act) for (const m of accepted) if (text.includes(m)) found.push(`${path}: B's member school «${m}» outside the network`);
        const memberAllowed = (COORDINATORS.includes(caller) && ctx.act) || (caller === 'mentor' && ctx.pair);
        if (!memberAllowed) for (const m of member) if (text.includes(m)) found.push(`${path}: B's member-school teacher «${m}»`);
      }
    };
    const walk = (v: unknown, path: string, ctx: Ctx) => {
      if (typeof v === 'string') return check(v, path, ctx);
      if (Array.isArray(v)) return v.forEach((e, i) => walk(e, `${path}[${i}]`, ctx));
      if (v && typeof v === 'object') {
        const id = (v as { id?: unknown }).id;
        const next: Ctx = {
          net: ctx.net || id === x.network,
          act: ctx.act || id === x.campaign || id === x.program || id === x.mentorship || id === x.participant,
          pair: ctx.pair || id === x.mentorship,
        };
        for (const [k, e] of Object.entries(v)) walk(e, `${path}.${k}`, next);
      }
    };
    walk(value, '', start);
    return [...new Set(found)];
  };

  const ctxOfVars = (vars: Record<string, unknown>): Ctx => {
    const values = leaves(vars).map((l) => l.value);
    const has = (...ids: string[]) => ids.some((id) => values.includes(id));
    const x = f.x;
    return { net: has(x.network), act: has(x.campaign, x.program, x.mentorship, x.participant), pair: has(x.mentorship) };
  };

  const expectedCode = (op: Operation, caller: CallerRole) =>
    (caller === 'client' ? clientPasses(policies.get(op.name)) : rolePasses(policies.get(op.name), ROLE_OF[caller])) ? 'NOT_FOUND' : 'FORBIDDEN';

  it('maps every id argument of every operation to a kind of row (a new operation joins the suite by itself)', () => {
    const unmapped: Unmapped[] = [];
    for (const op of ops) variantsOf(op, unmapped);
    const messages = [...new Set(unmapped.map((u) => `add a mapping for ${u.operation}(${u.path}) in test/support/cross-scope-schema.ts`))];
    expect(messages).toEqual([]);
    expect(ops.filter((o) => o.kind === 'query').length).toBeGreaterThan(40);
  });

  it('leaves out only the operations whose ids are all reference data (frameworks, instruments: no region owns them)', () => {
    const takesIds = (op: Operation) => /\bID\b/.test(op.field.args.map((a) => String(a.type)).join(' ')) || variableSets(op, fillA, []).some((v) => leaves(v).some((l) => l.value === f.ref.framework || l.value === f.ref.instrument || l.value === f.ref.competence || l.value === f.ref.area || l.value === f.ref.item));
    const referenceOnly = ops.filter((op) => takesIds(op) && variantsOf(op).variants.length === 0).map((op) => op.name).sort();
    expect(referenceOnly).toEqual([...REFERENCE_ONLY].sort());
  });

  it('answers NOT_FOUND (never FORBIDDEN past the gate, never data) to every query given one of B’s ids, and the same as for a random id', async () => {
    const calls = ops
      .filter((o) => o.kind === 'query')
      .flatMap((op) => variantsOf(op).variants.flatMap((v) => CALLER_ROLES.map((caller) => ({ op, v, caller }))));
    expect(calls.length).toBeGreaterThan(100);
    const failures = (
      await inBatches(calls, ({ op, v, caller }) => judge(op, v, caller, selectionFor(op, 2)))
    ).flat();
    expect(failures).toEqual([]);
  });

  it('shows none of B’s rows and names in any query (every field, recursively), except what the accepted membership shares', async () => {
    const x = f.x;
    const viaNetwork: Partial<Record<RegionKind, string>> = { network: x.network, campaign: x.campaign, program: x.program, mentorship: x.mentorship, participant: x.participant };
    const answers: { op: string; caller: CallerRole; vars: Vars; text: string }[] = [];
    const calls = ops
      .filter((o) => o.kind === 'query')
      .flatMap((op) => {
        const { sets } = variantsOf(op);
        const withNetwork = sets.flatMap((vars): Vars[] => {
          let changed = false;
          let out: unknown = vars;
          for (const leaf of leaves(vars)) {
            const kind = kindOfA.get(leaf.value);
            const to = kind ? viaNetwork[kind] : undefined;
            if (to) {
              out = withLeaf(out, leaf.path, to);
              changed = true;
            }
          }
          return changed ? [out as Vars] : [];
        });
        return [...sets, ...withNetwork].flatMap((vars) => CALLER_ROLES.map((caller) => ({ op, vars, caller })));
      });
    const failures = (
      await inBatches(calls, async ({ op, vars, caller }) => {
        const r = await t.gql(documentOf(op, vars, selectionFor(op)), vars, tokens[caller]);
        answers.push({ op: op.name, caller, vars, text: JSON.stringify(r) });
        if (r.errors?.some((e) => ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'INTERNAL_SERVER_ERROR'].includes(String(e.extensions?.code)))) {
          return [`${op.name} as A.${caller}: ${short(r)} (the suite must send a valid request)`];
        }
        const leaked = leaksIn(r, caller, ctxOfVars(vars));
        return leaked.length > 0 ? [`${op.name}(${JSON.stringify(vars)}) as A.${caller}: ${leaked.slice(0, 4).join('; ')}`] : [];
      })
    ).flat();
    // The walk is not empty: A's callers see A's rows, the coordinator the accepted member and its teacher's results in the network's campaign.
    const answer = (op: string, caller: CallerRole, id?: string) =>
      answers.filter((a) => a.op === op && a.caller === caller && (!id || leaves(a.vars).some((l) => l.value === id))).map((a) => a.text).join('\n');
    expect(answer('organizations', 'methodist')).toContain(f.a.orgName);
    expect(answer('people', 'schoolAdmin')).toContain(f.a.teacher.lastName);
    expect(answer('mentorships', 'mentor')).toContain(f.a.teacher.lastName);
    expect(answer('learningRoute', 'teacher', f.a.ids.route)).toContain(`Журнал маршрута Альфа`);
    expect(answer('network', 'methodist', x.network)).toContain(x.acceptedMember);
    expect(answer('diagnosticResults', 'methodist', x.campaign)).toContain(x.memberPersonLastName);
    expect(failures).toEqual([]);
  });

  it('answers NOT_FOUND to every mutation given one of B’s ids, the same as for a random id, and writes nothing', async () => {
    const tables = ((await t.db.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('session', 'audit_log', 'migrations', 'typeorm_metadata', 'api_rate_budget', 'api_client_secret') ORDER BY tablename`,
    )) as { tablename: string }[]).map((r) => r.tablename);
    const fingerprintSql = tables
      .map((tb) => `SELECT '${tb}' AS tb, count(*)::text || ':' || coalesce(sum(hashtext(ctid::text || xmin::text)), 0)::text AS fp FROM "${tb}"`)
      .join(' UNION ALL ');
    const fingerprint = async () => new Map(((await t.db.query(fingerprintSql)) as { tb: string; fp: string }[]).map((r) => [r.tb, r.fp]));
    const failures: string[] = [];
    let tested = 0;
    for (const op of ops.filter((o) => o.kind === 'mutation')) {
      const { variants } = variantsOf(op);
      if (variants.length === 0) continue;
      tested++;
      const before = await fingerprint();
      const selection = isObjectLike(op) ? '__typename' : '';
      const results = await inBatches(
        variants.flatMap((v) => CALLER_ROLES.map((caller) => ({ v, caller }))),
        ({ v, caller }) => judge(op, v, caller, selection),
      );
      failures.push(...results.flat());
      const after = await fingerprint();
      const changed = tables.filter((tb) => before.get(tb) !== after.get(tb));
      if (changed.length > 0) failures.push(`${op.name} with B's (or random) ids wrote to ${changed.join(', ')}`);
    }
    expect(tested).toBeGreaterThan(60);
    expect(failures).toEqual([]);

    function isObjectLike(o: Operation) {
      const n = getNamedType(o.field.type);
      return 'getFields' in n;
    }
  });

  it('answers NOT_FOUND, as for a random id, to a plan item or a route step linked to B’s event, cohort or module, and writes nothing', async () => {
    const LINK = `mutation($id: ID!, $input: PlanItemLinkInput!) { linkPlanItem(itemId: $id, input: $input) { id } }`;
    const STEP = `mutation($id: ID!, $input: RouteStepInput!) { addRouteStep(routeId: $id, input: $input) { id } }`;
    const count = async () => (await t.db.query(`SELECT (SELECT count(*) FROM plan_item_link) + (SELECT count(*) FROM learning_route_step) AS n`))[0].n as string;
    const before = await count();
    const calls: [string, string, Record<string, unknown>, CallerRole][] = [];
    for (const [kind, ofB] of [['EVENT', f.b.ids.event], ['INTERNSHIP_COHORT', f.b.ids.internshipCohort]] as const) {
      for (const targetId of [ofB, randomUUID()]) calls.push([`linkPlanItem(${kind})`, LINK, { id: f.a.ids.planItem, input: { kind, targetId } }, 'methodist']);
    }
    for (const id of [f.b.ids.event, randomUUID()]) calls.push(['addRouteStep(eventId)', STEP, { id: f.a.ids.draftRoute, input: { kind: 'EVENT', title: 'Семинар', eventId: id } }, 'teacher']);
    for (const id of [f.b.ids.internshipModule, randomUUID()]) calls.push(['addRouteStep(internshipModuleId)', STEP, { id: f.a.ids.draftRoute, input: { kind: 'INTERNSHIP_MODULE', title: 'Модуль', internshipModuleId: id } }, 'teacher']);
    for (const id of [f.b.ids.internshipCohort, randomUUID()]) {
      calls.push(['addRouteStep(internshipCohortId)', STEP, { id: f.a.ids.draftRoute, input: { kind: 'INTERNSHIP_MODULE', title: 'Модуль', internshipModuleId: f.a.ids.internshipModule, internshipCohortId: id } }, 'teacher']);
    }
    const answers: string[] = [];
    for (const [label, q, v, caller] of calls) {
      const r = await t.gql(q, v, tokens[caller]);
      answers.push(`${label}: ${codeOf(r)} ${r.errors?.[0]?.message}`);
      expect(leaksIn(r, caller, { net: false, act: false, pair: false })).toEqual([]);
    }
    // B's id and a random id get one and the same answer, NOT_FOUND.
    for (let i = 0; i < answers.length; i += 2) {
      expect(answers[i]).toMatch(/: NOT_FOUND /);
      expect(answers[i]).toBe(answers[i + 1]);
    }
    expect(await count()).toBe(before);
  });

  it('lets the invited school take part in nothing: a network campaign, its assignment plan and mentor suggestions reach only the accepted member', async () => {
    const x = f.x;
    const op = (name: string) => ops.find((o) => o.name === name)!;
    const call = async (name: string, vars: Vars) => {
      const o = op(name);
      const r = await t.gql(documentOf(o, vars, selectionFor(o)), vars, tokens.methodist);
      expect(r.errors).toBeUndefined();
      return r;
    };
    const created = await call('createDiagnosticCampaign', {
      input: { name: 'Сетевая диагностика (проверка)', instrumentId: f.ref.instrument, mode: 'SELF', scopeKind: 'NETWORK', networkId: x.network, opensOn: isoDay(0), closesOn: isoDay(30) },
    });
    const campaign = (created.data as { createDiagnosticCampaign: { id: string } }).createDiagnosticCampaign.id;
    const opened = await call('openDiagnosticCampaign', { id: campaign });
    const participants = await call('diagnosticParticipants', { campaignId: campaign, first: 100 });
    const plan = await call('createAssignmentPlan', { programId: x.program });
    const suggestions = await call('mentorSuggestions', { menteePersonId: f.a.ids.person, programId: x.program });
    const inNetwork: Ctx = { net: true, act: true, pair: false };
    expect({
      opened: leaksIn(opened, 'methodist', inNetwork),
      participants: leaksIn(participants, 'methodist', inNetwork),
      plan: leaksIn(plan, 'methodist', inNetwork),
      suggestions: leaksIn(suggestions, 'methodist', inNetwork),
    }).toEqual({ opened: [], participants: [], plan: [], suggestions: [] });
    // Not vacuous: the accepted member's teacher is enrolled.
    expect(JSON.stringify(participants)).toContain(x.memberPersonLastName);
  });

  describe('registry import dry runs', () => {
    const IMPORT = `mutation($input: ImportRegistryInput!) { importRegistry(input: $input) { dryRun total created updated unchanged errors { line column message } } }`;
    type Report = { total: number; created: number; updated: number; errors: { line: number; column: string | null; message: string }[] };
    const run = async (kind: 'ORGANIZATIONS' | 'PEOPLE', csv: string[]) =>
      t.gql<{ importRegistry: Report }>(IMPORT, { input: { kind, fileName: 'reestr.csv', dryRun: true, contentBase64: Buffer.from(csv.join('\r\n')).toString('base64') } }, tokens.methodist);
    const notOurs = /не найден|не ваш|вне вашей/i;
    /** B's names and ids in an answer, except what the row itself says (a report may repeat the caller's own cell). */
    const nothingOfB = (r: GqlResult, row: string) => {
      const text = JSON.stringify(r);
      const b = f.b;
      return [...b.names, ...b.memberStaff, ...b.orgMarkers[0], ...b.orgMarkers[1], b.municipalityName, b.teacher.email, b.teacher.lastName].filter((m) => !row.includes(m) && text.includes(m));
    };

    /**
     * The report for a row naming B's data must be the one for a row naming nothing that exists (no oracle; the cells
     * that differ are masked where the report repeats them), must say "not found or not yours" if it refuses the row,
     * and must name nothing of B.
     */
    const sameAsNothing = async (kind: 'ORGANIZATIONS' | 'PEOPLE', header: string, ofB: string, ofNobody: string) => {
      const [b, nobody] = [await run(kind, [header, ofB]), await run(kind, [header, ofNobody])];
      expect(b.errors).toBeUndefined();
      expect(nothingOfB(b, ofB)).toEqual([]);
      for (const e of b.data!.importRegistry.errors) expect(e.message).toMatch(notOurs);
      const cellsB = ofB.split(';');
      const cellsNobody = ofNobody.split(';');
      const mask = (report: Report, cells: string[], other: string[]) =>
        cells.reduce((text, cell, i) => (cell && cell !== other[i] ? text.split(cell).join('‹ячейка›') : text), JSON.stringify(report));
      expect(mask(b.data!.importRegistry, cellsB, cellsNobody)).toEqual(mask(nobody.data!.importRegistry, cellsNobody, cellsB));
    };

    /**
     * A key that is unique in the whole registry (ИНН, e-mail, a person's name and birth date) and held outside the
     * caller's scope cannot be created again, so the row is refused — with the one neutral message that also answers
     * a key nobody has in the caller's scope («не найдено или вне вашей зоны ответственности»), naming nothing of B.
     */
    const NEUTRAL = 'Не найдено или вне вашей зоны ответственности';
    const refusedNeutrally = async (kind: 'ORGANIZATIONS' | 'PEOPLE', header: string, ofB: string) => {
      const b = await run(kind, [header, ofB]);
      expect(b.errors).toBeUndefined();
      expect(nothingOfB(b, ofB)).toEqual([]);
      expect(b.data!.importRegistry.errors.map((e) => e.message)).toEqual([NEUTRAL]);
      expect(b.data!.importRegistry.created + b.data!.importRegistry.updated).toBe(0);
    };

    it('refuses a row with B’s school (by ИНН) neutrally, naming nothing of B', async () => {
      await refusedNeutrally('ORGANIZATIONS', 'ИНН;Полное наименование;Вид;Муниципалитет', `${f.b.inn};Школа из файла;СОШ;${f.a.municipalityName}`);
    });

    const PEOPLE = 'Фамилия;Имя;Отчество;Дата рождения;Email;Организация (ИНН или код)';
    it('refuses a row with B’s teacher (name and birth date) neutrally, naming nothing of B', async () => {
      const tb = f.b.teacher;
      await refusedNeutrally('PEOPLE', PEOPLE, `${tb.lastName};${tb.firstName};${tb.middleName};${tb.birthDate};;${f.a.inn}`);
    });

    it('refuses a row with B’s teacher’s e-mail neutrally, naming nothing of B', async () => {
      await refusedNeutrally('PEOPLE', PEOPLE, `Новикова;Алла;Сергеевна;1991-01-01;${f.b.teacher.email};${f.a.inn}`);
    });

    it('answers a row placing a person at B’s school as for a school nobody has, naming nothing of B', async () => {
      await sameAsNothing('PEOPLE', PEOPLE, `Новикова;Алла;Сергеевна;1991-01-01;;${f.b.inn}`, `Новикова;Алла;Сергеевна;1991-01-01;;${withInnCheckDigit('770000555')}`);
    });
  });
});

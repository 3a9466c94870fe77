import { ExecutionContext } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { RoleKind } from '@metodset/shared';
import { GraphQLError } from 'graphql';
import { GateGuard, SessionResolver } from '../src/common/auth/gate.guard';
import { Permission } from '../src/common/auth/permissions';
import { Policy, POLICY_KEY, PolicyMeta, Public } from '../src/common/auth/policy.decorator';
import { startTestApp, TestApp } from './support/test-app';

interface Operation {
  kind: 'Query' | 'Mutation' | 'Subscription';
  name: string;
  owner: string;
  policy: PolicyMeta | undefined;
}

/** Every Query/Mutation/Subscription handler of every resolver the app has registered. */
function operationsOf(t: TestApp): Operation[] {
  const scanner = new MetadataScanner();
  const ops: Operation[] = [];
  const seen = new Set<unknown>();
  for (const mod of t.app.get(ModulesContainer).values()) {
    for (const wrapper of mod.providers.values()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
      seen.add(instance);
      const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
      const cls = proto.constructor as object;
      for (const method of scanner.getAllMethodNames(proto)) {
        const handler = proto[method] as object;
        const kind = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
        if (kind !== 'Query' && kind !== 'Mutation' && kind !== 'Subscription') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
        const policy =
          (Reflect.getMetadata(POLICY_KEY, handler) as PolicyMeta | undefined) ?? (Reflect.getMetadata(POLICY_KEY, cls) as PolicyMeta | undefined);
        ops.push({ kind, name, owner: `${(cls as { name: string }).name}.${method}`, policy });
      }
    }
  }
  return ops.sort((a, b) => a.name.localeCompare(b.name));
}

/** Root fields of Query and Mutation in the schema the running app serves. */
function schemaOperations(t: TestApp): string[] {
  const schema = t.app.get(GraphQLSchemaHost).schema;
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .flatMap((type) => (type ? Object.keys(type.getFields()) : []))
    .sort();
}

describe('policy coverage (every operation goes through the gate)', () => {
  let t: TestApp;
  let ops: Operation[];
  beforeAll(async () => {
    t = await startTestApp();
    ops = operationsOf(t);
  });
  afterAll(() => t.close());

  it('finds the resolvers’ operations through Nest metadata, the same set as the schema', () => {
    expect(ops.length).toBeGreaterThan(10);
    expect(ops.map((o) => o.name).sort()).toEqual(schemaOperations(t));
  });

  it('has a @Policy or @Public on every query and mutation', () => {
    const unguarded = ops.filter((o) => !o.policy).map((o) => `${o.kind} ${o.name} (${o.owner})`);
    expect(unguarded).toEqual([]);
  });

  it('opens only login, me, the sign-in options and certificate verification to anonymous callers', () => {
    expect(ops.filter((o) => o.policy?.kind === 'public').map((o) => o.name).sort()).toEqual(['login', 'me', 'signInOptions', 'verifyInternshipCertificate']);
  });

  it('names a known permission on every non-public operation', () => {
    const known = new Set<string>(Object.values(Permission));
    const bad = ops.filter((o) => o.policy?.kind === 'permission' && !known.has(o.policy.permission)).map((o) => o.name);
    expect(bad).toEqual([]);
  });

  it('serves /health as a public REST endpoint', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });
});

describe('GateGuard (deny by default)', () => {
  const sessions: SessionResolver = {
    resolve: (token) =>
      Promise.resolve(
        token === 'good'
          ? { accountId: 'a1', sessionId: 's1', login: 'x', displayName: 'X', personId: null, roles: [], grants: [{ role: RoleKind.PLATFORM_ADMIN, regionId: null, municipalityId: null, organizationId: null }] }
          : null,
      ),
  };

  class FakeResolver {
    unguarded(): string {
      return 'leak';
    }
    @Public()
    open(): string {
      return 'ok';
    }
    @Policy(Permission.REGISTRY_READ)
    guarded(): string {
      return 'ok';
    }
  }

  const contextFor = (handler: keyof FakeResolver, token?: string): ExecutionContext => {
    const req = { headers: token ? { authorization: `Bearer ${token}` } : {} };
    return {
      getType: () => 'http',
      getHandler: () => FakeResolver.prototype[handler],
      getClass: () => FakeResolver,
      switchToHttp: () => ({ getRequest: () => req, getResponse: () => ({}), getNext: () => undefined }),
      getArgs: () => [req],
      getArgByIndex: () => req,
      switchToRpc: () => { throw new Error('not rpc'); },
      switchToWs: () => { throw new Error('not ws'); },
    } as unknown as ExecutionContext;
  };
  const guard = new GateGuard(new Reflector(), sessions);
  const codeOf = async (p: Promise<boolean>) => {
    try {
      await p;
      return 'PASSED';
    } catch (e) {
      return e instanceof GraphQLError ? String(e.extensions['code']) : 'OTHER';
    }
  };

  it('refuses a handler without metadata even for a signed-in platform admin', async () => {
    expect(Reflect.getMetadata(POLICY_KEY, FakeResolver.prototype.unguarded)).toBeUndefined();
    expect(await codeOf(guard.canActivate(contextFor('unguarded', 'good')))).toBe('FORBIDDEN');
    expect(await codeOf(guard.canActivate(contextFor('unguarded')))).toBe('FORBIDDEN');
  });

  it('lets a @Public handler through anonymously and a @Policy one only with a session', async () => {
    expect(await codeOf(guard.canActivate(contextFor('open')))).toBe('PASSED');
    expect(await codeOf(guard.canActivate(contextFor('guarded')))).toBe('UNAUTHENTICATED');
    expect(await codeOf(guard.canActivate(contextFor('guarded', 'expired')))).toBe('UNAUTHENTICATED');
    expect(await codeOf(guard.canActivate(contextFor('guarded', 'good')))).toBe('PASSED');
  });
});

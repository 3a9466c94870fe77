import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Permission, RoleKind } from '@/gql/graphql';
import { useSessionStore, type Me } from './session.store';

const me = (roles: RoleKind[], permissions: Permission[] = []): Me => ({
  __typename: 'Me',
  id: 'a1',
  login: 'ivanova',
  displayName: 'Иванова Мария Петровна',
  personId: null,
  grants: roles.map((role) => ({ __typename: 'RoleGrant', role, regionId: 'r1', municipalityId: null, organizationId: null })),
  permissions,
});

describe('session store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('starts signed out and not loaded, able to do nothing', () => {
    const session = useSessionStore();
    expect(session.loaded).toBe(false);
    expect(session.isAuthenticated).toBe(false);
    expect(session.primaryRole).toBeNull();
    expect(session.can('REGISTRY_READ')).toBe(false);
  });

  it('remembers the signed-in account and shows the role of the widest reach', () => {
    const session = useSessionStore();
    session.setMe(me(['TEACHER', 'MUNICIPAL_METHODIST', 'TEACHER']));
    expect(session.loaded).toBe(true);
    expect(session.isAuthenticated).toBe(true);
    expect(session.displayName).toBe('Иванова Мария Петровна');
    expect(session.primaryRole).toBe('MUNICIPAL_METHODIST');
  });

  it('decides from the permissions the API sent, not from the roles', () => {
    const session = useSessionStore();
    session.setMe(me(['PLATFORM_ADMIN'], ['REGISTRY_READ']));
    expect(session.can('REGISTRY_READ')).toBe(true);
    expect(session.can('REGISTRY_WRITE')).toBe(false);
    session.setMe(me(['TEACHER'], ['REGISTRY_READ', 'REGISTRY_WRITE', 'REGISTRY_IMPORT']));
    expect(session.can('REGISTRY_WRITE')).toBe(true);
    expect(session.can('REGISTRY_IMPORT')).toBe(true);
    expect(session.can('MATCHING')).toBe(false);
  });

  it('forgets the account and its permissions on clear but stays loaded', () => {
    const session = useSessionStore();
    session.setMe(me(['PLATFORM_ADMIN'], ['REGISTRY_WRITE']));
    session.clear();
    expect(session.me).toBeNull();
    expect(session.isAuthenticated).toBe(false);
    expect(session.can('REGISTRY_WRITE')).toBe(false);
    expect(session.loaded).toBe(true);
  });
});

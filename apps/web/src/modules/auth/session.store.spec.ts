import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RoleKind } from '@/gql/graphql';
import { useSessionStore, type Me } from './session.store';

const me = (...roles: RoleKind[]): Me => ({
  __typename: 'Me',
  id: 'a1',
  login: 'ivanova',
  displayName: 'Иванова Мария Петровна',
  personId: null,
  grants: roles.map((role) => ({ __typename: 'RoleGrant', role, regionId: 'r1', municipalityId: null, organizationId: null })),
});

describe('session store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('starts signed out and not loaded', () => {
    const session = useSessionStore();
    expect(session.loaded).toBe(false);
    expect(session.isAuthenticated).toBe(false);
    expect(session.roles).toEqual([]);
    expect(session.primaryRole).toBeNull();
    expect(session.canImport).toBe(false);
  });

  it('remembers the signed-in account and orders roles by reach', () => {
    const session = useSessionStore();
    session.setMe(me('TEACHER', 'MUNICIPAL_METHODIST', 'TEACHER'));
    expect(session.loaded).toBe(true);
    expect(session.isAuthenticated).toBe(true);
    expect(session.displayName).toBe('Иванова Мария Петровна');
    expect(session.roles).toEqual(['MUNICIPAL_METHODIST', 'TEACHER']);
    expect(session.primaryRole).toBe('MUNICIPAL_METHODIST');
  });

  it('lets only coordinators, methodists and admins import', () => {
    const session = useSessionStore();
    for (const role of ['PLATFORM_ADMIN', 'REGIONAL_COORDINATOR', 'MUNICIPAL_METHODIST'] as const) {
      session.setMe(me(role));
      expect(session.canImport).toBe(true);
      expect(session.canWrite).toBe(true);
    }
    session.setMe(me('ORGANIZATION_ADMIN'));
    expect(session.canImport).toBe(false);
    expect(session.canWrite).toBe(true);
    session.setMe(me('MENTOR', 'TEACHER'));
    expect(session.canImport).toBe(false);
    expect(session.canWrite).toBe(false);
  });

  it('forgets the account on clear but stays loaded', () => {
    const session = useSessionStore();
    session.setMe(me('PLATFORM_ADMIN'));
    session.clear();
    expect(session.me).toBeNull();
    expect(session.isAuthenticated).toBe(false);
    expect(session.loaded).toBe(true);
  });
});

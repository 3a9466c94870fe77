import { describe, expect, it } from 'vitest';
import { RoleKind } from '@metodset/shared';
import { landingFor } from './landing';

const me = (grants: { role: RoleKind; organizationId?: string | null }[], personId: string | null = null) => ({ personId, grants });

describe('landingFor', () => {
  it('sends a teacher and a mentor to «Моя страница»', () => {
    expect(landingFor(me([{ role: RoleKind.TEACHER }], 'p1'))).toEqual({ name: 'home-my' });
    expect(landingFor(me([{ role: RoleKind.MENTOR }], 'p2'))).toEqual({ name: 'home-my' });
  });

  it('sends a school admin to the page of their school', () => {
    expect(landingFor(me([{ role: RoleKind.ORGANIZATION_ADMIN, organizationId: 'o12' }]))).toEqual({ name: 'home-school', params: { organizationId: 'o12' } });
  });

  it('sends a methodist, a regional coordinator and the platform admin to the territory dashboard', () => {
    for (const role of [RoleKind.MUNICIPAL_METHODIST, RoleKind.REGIONAL_COORDINATOR, RoleKind.PLATFORM_ADMIN]) {
      expect(landingFor(me([{ role }]))).toEqual({ name: 'dashboard-territory' });
    }
  });

  it('takes the widest reach when one account holds several grants', () => {
    expect(landingFor(me([{ role: RoleKind.TEACHER }, { role: RoleKind.ORGANIZATION_ADMIN, organizationId: 'o1' }], 'p1'))).toEqual({
      name: 'home-school',
      params: { organizationId: 'o1' },
    });
    expect(landingFor(me([{ role: RoleKind.ORGANIZATION_ADMIN, organizationId: 'o1' }, { role: RoleKind.MUNICIPAL_METHODIST }]))).toEqual({ name: 'dashboard-territory' });
  });

  it('lands an account without grants, or without an answer, on «Моя страница»', () => {
    expect(landingFor(me([]))).toEqual({ name: 'home-my' });
    expect(landingFor(null)).toEqual({ name: 'home-my' });
    expect(landingFor(me([{ role: RoleKind.ORGANIZATION_ADMIN, organizationId: null }]))).toEqual({ name: 'home-my' });
  });
});

import { RoleKind } from '@metodset/shared';
import { AccessScope } from './access-scope';
import { Permission } from './permissions';

const grant = (role: RoleKind, ids: Partial<{ regionId: string; municipalityId: string; organizationId: string }> = {}) => ({
  role,
  regionId: ids.regionId ?? null,
  municipalityId: ids.municipalityId ?? null,
  organizationId: ids.organizationId ?? null,
});

describe('AccessScope.forPermission', () => {
  it('gives the platform admin everything', () => {
    const s = AccessScope.forPermission(Permission.REGISTRY_WRITE, [grant(RoleKind.PLATFORM_ADMIN)], null);
    expect(s.all).toBe(true);
    expect(s.organizationCondition('o').sql).toBe('TRUE');
  });
  it('scopes a methodist to the municipality', () => {
    const s = AccessScope.forPermission(Permission.REGISTRY_WRITE, [grant(RoleKind.MUNICIPAL_METHODIST, { municipalityId: 'm1' })], null);
    expect(s.all).toBe(false);
    expect(s.municipalityIds).toEqual(['m1']);
    expect(s.isEmpty).toBe(false);
  });
  it('unions several grants', () => {
    const s = AccessScope.forPermission(
      Permission.REGISTRY_READ,
      [grant(RoleKind.MUNICIPAL_METHODIST, { municipalityId: 'm1' }), grant(RoleKind.ORGANIZATION_ADMIN, { organizationId: 'o9' })],
      null,
    );
    expect(s.municipalityIds).toEqual(['m1']);
    expect(s.organizationIds).toEqual(['o9']);
  });
  it('gives a teacher nothing to write and only themselves to read', () => {
    const grants = [grant(RoleKind.TEACHER)];
    expect(AccessScope.forPermission(Permission.REGISTRY_WRITE, grants, 'p1').isEmpty).toBe(true);
    const read = AccessScope.forPermission(Permission.REGISTRY_READ, grants, 'p1');
    expect(read.personId).toBe('p1');
    expect(read.municipalityIds).toEqual([]);
  });
  it('ignores grants whose role lacks the permission', () => {
    const s = AccessScope.forPermission(
      Permission.REGISTRY_IMPORT,
      [grant(RoleKind.ORGANIZATION_ADMIN, { organizationId: 'o1' })],
      null,
    );
    expect(s.isEmpty).toBe(true);
  });
});

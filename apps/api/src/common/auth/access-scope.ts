import { RoleKind, ROLE_SCOPE } from '@metodset/shared';
import { Permission, PERMISSION_ROLES } from './permissions';

export interface Grant {
  role: RoleKind;
  regionId: string | null;
  municipalityId: string | null;
  organizationId: string | null;
  /** An API client's grant holds only the permissions the client was given (its role's, intersected with these). */
  permissions?: readonly Permission[];
}

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * The rows a caller may touch with one permission: the union of the scopes of the grants
 * whose role has that permission. Repositories turn it into SQL with the helpers below,
 * so every list and every lookup is filtered the same way.
 */
export class AccessScope {
  constructor(
    readonly all: boolean,
    readonly regionIds: readonly string[],
    readonly municipalityIds: readonly string[],
    readonly organizationIds: readonly string[],
    /** Set for mentor/teacher grants: the caller's own person. */
    readonly personId: string | null,
  ) {}

  static none(): AccessScope {
    return new AccessScope(false, [], [], [], null);
  }

  static forPermission(permission: Permission, grants: readonly Grant[], personId: string | null): AccessScope {
    const roles = PERMISSION_ROLES[permission];
    const usable = grants.filter((g) => roles.includes(g.role) && (!g.permissions || g.permissions.includes(permission)));
    const pick = (f: (g: Grant) => string | null) => [...new Set(usable.map(f).filter((x): x is string => !!x))];
    const self = usable.some((g) => ROLE_SCOPE[g.role] === 'self');
    return new AccessScope(
      usable.some((g) => ROLE_SCOPE[g.role] === 'platform'),
      pick((g) => g.regionId),
      pick((g) => g.municipalityId),
      pick((g) => g.organizationId),
      self ? personId : null,
    );
  }

  /** The territorial and organisational part only: what the caller sees as staff, not as a participant. */
  withoutSelf(): AccessScope {
    return new AccessScope(this.all, this.regionIds, this.municipalityIds, this.organizationIds, null);
  }

  get isEmpty(): boolean {
    return !this.all && !this.regionIds.length && !this.municipalityIds.length && !this.organizationIds.length && !this.personId;
  }

  private params(): Record<string, unknown> {
    return {
      scopeRegionIds: this.regionIds,
      scopeMunicipalityIds: this.municipalityIds,
      scopeOrganizationIds: this.organizationIds,
      scopePersonId: this.personId,
    };
  }

  /** Condition on a municipality id expression (e.g. `o.municipality_id`). */
  municipalityCondition(municipalityIdSql: string): SqlCondition {
    if (this.all) return { sql: 'TRUE', params: {} };
    return {
      sql: `(${municipalityIdSql} = ANY(CAST(:scopeMunicipalityIds AS uuid[]))
        OR ${municipalityIdSql} IN (SELECT sm.id FROM municipality sm WHERE sm.region_id = ANY(CAST(:scopeRegionIds AS uuid[]))))`,
      params: this.params(),
    };
  }

  /** Condition on an organisation row aliased `alias`. */
  organizationCondition(alias: string): SqlCondition {
    if (this.all) return { sql: 'TRUE', params: {} };
    const territory = this.municipalityCondition(`${alias}.municipality_id`);
    return {
      sql: `(${territory.sql}
        OR ${alias}.id = ANY(CAST(:scopeOrganizationIds AS uuid[]))
        OR ${alias}.id IN (SELECT sp.organization_id FROM position sp WHERE sp.person_id = CAST(:scopePersonId AS uuid)))`,
      params: this.params(),
    };
  }

  /**
   * Condition on a person row aliased `alias`: the person works at an organisation in the
   * territorial/organisational scope, or is the caller (mentor/teacher grants see themselves only).
   */
  personCondition(alias: string): SqlCondition {
    if (this.all) return { sql: 'TRUE', params: {} };
    const territory = this.municipalityCondition('so.municipality_id');
    return {
      sql: `(${alias}.id = CAST(:scopePersonId AS uuid)
        OR EXISTS (SELECT 1 FROM position sp JOIN organization so ON so.id = sp.organization_id
                   WHERE sp.person_id = ${alias}.id
                     AND (${territory.sql} OR so.id = ANY(CAST(:scopeOrganizationIds AS uuid[])))))`,
      params: this.params(),
    };
  }
}

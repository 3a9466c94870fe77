import { DataSource } from 'typeorm';
import { AccessScope, Grant } from '../../src/common/auth/access-scope';
import { Actor } from '../../src/common/auth/actor';
import { Permission } from '../../src/common/auth/permissions';
import { RoleKind } from '@metodset/shared';

/** The actor a signed-in demo account would be for a permission (to call services directly in tests). */
export async function actorOf(db: DataSource, login: string, permission: Permission = Permission.AUTHENTICATED): Promise<Actor> {
  const rows: { id: string; display_name: string; person_id: string | null; grants: Grant[] | null }[] = await db.query(
    `SELECT a.id, a.display_name, a.person_id,
            (SELECT json_agg(json_build_object('role', g.role, 'regionId', g.region_id, 'municipalityId', g.municipality_id,
                     'organizationId', g.organization_id)) FROM role_grant g WHERE g.account_id = a.id) AS grants
       FROM account a WHERE a.login = $1`,
    [login],
  );
  const r = rows[0];
  if (!r) throw new Error(`no account ${login}`);
  const grants = r.grants ?? [];
  return {
    scope: AccessScope.forPermission(permission, grants, r.person_id),
    user: {
      accountId: r.id,
      sessionId: 'test',
      login,
      displayName: r.display_name,
      personId: r.person_id,
      grants,
      roles: [...new Set(grants.map((g) => g.role))] as RoleKind[],
    },
  };
}

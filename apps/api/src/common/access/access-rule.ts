import { AccessScope, Grant } from '../auth/access-scope';
import { Permission } from '../auth/permissions';

/** Who asks: the grants and the person of a session (or of an API client later). */
export interface Caller {
  grants: readonly Grant[];
  personId: string | null;
}

/**
 * One kind of per-row decision ("may this caller coordinate these networks?").
 * `permission` gives the scope the rule works in; `select` returns one statement that selects the
 * column `id` among the candidate ids bound as `:ids` (uuid[]); `:callerPersonId` is bound too.
 * All SQL of the rules lives in `rules/*.rules.ts`; nobody else decides rows.
 */
export interface AccessRule {
  permission: Permission;
  /** Use only the territorial/organisational part of the scope: what the caller may do as staff. */
  staff?: boolean;
  select(scope: AccessScope): { sql: string; params: Record<string, unknown> };
}

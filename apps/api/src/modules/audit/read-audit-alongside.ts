import { GraphQLResolveInfo } from 'graphql';
import { GateRequest } from '../../common/auth/actor';
import { PageAlongside } from '../../common/pagination/order';

/**
 * The people of this request whose read is already in the log, written by the statement that read them
 * (`readAuditAlongside`); `AuditReadPlugin` puts the set on the request's context and leaves these people out of its
 * own row.
 */
export const AUDITED_BY_STATEMENT = Symbol('peopleAuditedByStatement');

export interface ReadAuditContext {
  req?: GateRequest;
  [AUDITED_BY_STATEMENT]?: Set<string>;
}

/** The operation and its root fields, as the read audit's row names them (`after`). */
export function operationOf(info: Pick<GraphQLResolveInfo, 'operation'>): { operation: string | null; fields: string[] } {
  const { operation } = info;
  return {
    operation: operation.name?.value ?? null,
    fields: operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : [])),
  };
}

/** The read audit's row of a page of people, as the page's statement writes it: the same columns as the plugin's. */
const ROW_SQL = `INSERT INTO audit_log (account_id, action, entity_type, after, person_ids)
  SELECT CAST(:readAuditAccount AS uuid), 'read-list', 'person',
         jsonb_build_object('operation', CAST(:readAuditOperation AS text), 'fields', CAST(:readAuditFields AS jsonb), 'count', count(*)),
         array_agg(r.id)
    FROM page_rows r
   WHERE r.id IS DISTINCT FROM CAST(:readAuditSelf AS uuid)
  HAVING count(*) > 0`;

/**
 * The read audit's row of a page of people written by the page's own statement (`PageAlongside`), instead of a second
 * statement before the answer leaves: one round trip to PostgreSQL per page instead of two. The row is the one the
 * plugin would write for these people (`read-list`, entity `person`, the operation, its root fields, how many; the
 * caller's own person left out, no row when no one else is on the page), committed with the page's statement, so it is
 * durable before the rows are read. Undefined when the request is not audited by the plugin (no set on its context)
 * or has no signed-in caller: the page is then read as before.
 */
export function readAuditAlongside(context: ReadAuditContext, info: Pick<GraphQLResolveInfo, 'operation'>): PageAlongside | undefined {
  const user = context.req?.user;
  if (!context[AUDITED_BY_STATEMENT] || !user) return undefined;
  const { operation, fields } = operationOf(info);
  return {
    key: 'read-audit',
    sql: ROW_SQL,
    parameters: {
      readAuditAccount: user.accountId,
      readAuditOperation: operation,
      readAuditFields: JSON.stringify(fields),
      readAuditSelf: user.personId ?? null,
    },
  };
}

/** Notes that the page's statement wrote the read audit's row of these people (`readAuditAlongside` ran). */
export function noteAuditedByStatement(context: ReadAuditContext, personIds: readonly string[]): void {
  const audited = context[AUDITED_BY_STATEMENT];
  if (audited) for (const id of personIds) audited.add(id);
}

import { MATCHING_CASES } from './matching.cases';
/**
 * The operations whose authorization rows live in a domain's own table (`test/authorization-<domain>.int-spec.ts`,
 * rows in `test/authorization/<domain>.cases.ts`). `authorization.int-spec.ts` checks that these and its own rows
 * together cover every query and mutation of the schema. Add one line per domain table.
 */
export const DOMAIN_TABLE_OPERATIONS: readonly string[] = [...Object.keys(MATCHING_CASES)];

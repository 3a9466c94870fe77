import { AccessScope, SqlCondition } from '../../auth/access-scope';
import { Permission } from '../../auth/permissions';
import { acceptedMemberOrgsSql } from '../../../modules/network/network-membership.sql';
import { AccessRule } from '../access-rule';
import { idsWhere, orgIn } from './sql';

/** The caller's own workplaces (teachers and mentors reach their schools' published cards through them). */
const workplace = (orgIdSql: string) => `${orgIdSql} IN (SELECT pw.organization_id FROM position pw WHERE pw.person_id = CAST(:callerPersonId AS uuid))`;
const authorOf = (table: 'practice_author' | 'methodological_product_author', key: 'practice_id' | 'product_id', idSql: string) =>
  `EXISTS (SELECT 1 FROM ${table} pau WHERE pau.${key} = ${idSql} AND pau.person_id = CAST(:callerPersonId AS uuid))`;

/**
 * Practice cards the caller reads (`alias` is a `practice` row):
 * - staff (the territorial/organisational part of the scope) read every card of organisations in scope, in any state;
 * - an author reads his cards;
 * - a PUBLISHED card is read by whoever reaches its organisation (staff, or a teacher at that school) and by staff and
 *   teachers of the ACCEPTED members of the network it is published in;
 * - a card ON_REVIEW is read by the staff of the network's coordinating organisation (they may review it).
 */
export function practiceReadCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const staff = scope.withoutSelf();
  const own = orgIn(staff, `${alias}.organization_id`);
  const member = staff.organizationCondition('prn');
  const coord = orgIn(staff, `(SELECT prc.coordinator_organization_id FROM network prc WHERE prc.id = ${alias}.network_id)`);
  return {
    sql: `(${own.sql}
      OR ${authorOf('practice_author', 'practice_id', `${alias}.id`)}
      OR (${alias}.state = 'PUBLISHED' AND (${workplace(`${alias}.organization_id`)}
          OR EXISTS (SELECT 1 FROM organization prn WHERE prn.id IN (${acceptedMemberOrgsSql(`${alias}.network_id`, 'prm')}) AND (${member.sql} OR ${workplace('prn.id')}))))
      OR (${alias}.state = 'ON_REVIEW' AND ${coord.sql}))`,
    params: { ...own.params, ...member.params, ...coord.params },
  };
}

/** Products the caller reads (`alias` is a `methodological_product` row): its organisation is reached, he is an author, or its card is readable. */
export function productReadCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const own = orgIn(scope.withoutSelf(), `${alias}.organization_id`);
  const card = practiceReadCondition(scope, 'ppr');
  return {
    sql: `(${own.sql} OR ${workplace(`${alias}.organization_id`)} OR ${authorOf('methodological_product_author', 'product_id', `${alias}.id`)}
      OR EXISTS (SELECT 1 FROM practice ppr WHERE ppr.id = ${alias}.practice_id AND ${card.sql}))`,
    params: { ...own.params, ...card.params },
  };
}

/**
 * Cards the caller may review (`scope`: the PRACTICE_REVIEW staff scope): territorial staff over the card's organisation,
 * or staff of the network's coordinating organisation; never an author of the card.
 */
export function practiceReviewCondition(scope: AccessScope, alias: string): SqlCondition {
  const territory = scope.municipalityCondition('prv_o.municipality_id');
  const coord = orgIn(scope, `(SELECT prv_n.coordinator_organization_id FROM network prv_n WHERE prv_n.id = ${alias}.network_id)`);
  return {
    sql: `((EXISTS (SELECT 1 FROM organization prv_o WHERE prv_o.id = ${alias}.organization_id AND ${territory.sql}) OR ${coord.sql})
          AND NOT ${authorOf('practice_author', 'practice_id', `${alias}.id`)})`,
    params: { ...territory.params, ...coord.params },
  };
}

/** The staff part decides keeping: the organisation lies in the PRACTICE_WRITE staff scope, or the caller is an author. */
function keeps(scope: AccessScope, table: string, authors: 'practice_author' | 'methodological_product_author', key: 'practice_id' | 'product_id') {
  const org = orgIn(scope.withoutSelf(), 'x.organization_id');
  return idsWhere(table, 'x', { sql: `(${org.sql} OR ${authorOf(authors, key, 'x.id')})`, params: org.params });
}

/** Bank of practices and methodological products. Out of reach is NOT_FOUND; a card one reads but may not change is FORBIDDEN. */
export const PRACTICE_RULES = {
  /** Read a card, its authors, competences, attachments and products. */
  'practice.read': {
    permission: Permission.PRACTICE_READ,
    select: (scope) => idsWhere('practice', 'p', practiceReadCondition(scope, 'p')),
  },
  /** Change a card, attach files, send it to review, archive it: staff over its organisation, or an author. */
  'practice.edit': {
    permission: Permission.PRACTICE_WRITE,
    select: (scope) => keeps(scope, 'practice', 'practice_author', 'practice_id'),
  },
  /**
   * Publish or return a card on review: territorial staff (a methodist of the municipality, a regional coordinator)
   * over the card's organisation, or the staff of the coordinating organisation of the network it is sent to; never
   * one of its authors. A school's own administration does not review its own cards.
   */
  'practice.review': {
    permission: Permission.PRACTICE_REVIEW,
    staff: true,
    select: (scope) => idsWhere('practice', 'p', practiceReviewCondition(scope, 'p')),
  },
  /** The organisation of a new card or product: staff for organisations in scope, a teacher for his own workplaces. */
  'practice.organization': {
    permission: Permission.PRACTICE_WRITE,
    select: (scope) => {
      const org = orgIn(scope.withoutSelf(), 'o.id');
      return idsWhere('organization', 'o', { sql: `(${org.sql} OR ${workplace('o.id')})`, params: org.params });
    },
  },
  /** Read a methodological product. */
  'product.read': {
    permission: Permission.PRACTICE_READ,
    select: (scope) => idsWhere('methodological_product', 'mp', productReadCondition(scope, 'mp')),
  },
  /** Change or archive a product: staff over its organisation, or an author. */
  'product.edit': {
    permission: Permission.PRACTICE_WRITE,
    select: (scope) => keeps(scope, 'methodological_product', 'methodological_product_author', 'product_id'),
  },
} satisfies Record<string, AccessRule>;

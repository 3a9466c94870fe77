import { IndicatorOwnerKind } from '@metodset/shared';
import { IndicatorOwnerRef } from './computed-value-source';

/** The owner column of each kind (exactly one is set on an indicator). */
export const OWNER_COLUMN: Readonly<Record<IndicatorOwnerKind, string>> = {
  MENTORING_PROGRAM: 'mentoring_program_id',
  INTERNSHIP_PROGRAM: 'internship_program_id',
  NETWORK: 'network_id',
  PLAN: 'plan_id',
  MUNICIPALITY: 'municipality_id',
  REGION: 'region_id',
  ORGANIZATION: 'organization_id',
};

/** The owner table of each kind (for existence checks). */
export const OWNER_TABLE: Readonly<Record<IndicatorOwnerKind, string>> = {
  MENTORING_PROGRAM: 'mentoring_program',
  INTERNSHIP_PROGRAM: 'internship_program',
  NETWORK: 'network',
  PLAN: 'plan',
  MUNICIPALITY: 'municipality',
  REGION: 'region',
  ORGANIZATION: 'organization',
};

export interface OwnerColumns {
  mentoringProgramId: string | null;
  internshipProgramId: string | null;
  networkId: string | null;
  planId: string | null;
  municipalityId: string | null;
  regionId: string | null;
  organizationId: string | null;
}

const PROPERTY: Readonly<Record<IndicatorOwnerKind, keyof OwnerColumns>> = {
  MENTORING_PROGRAM: 'mentoringProgramId',
  INTERNSHIP_PROGRAM: 'internshipProgramId',
  NETWORK: 'networkId',
  PLAN: 'planId',
  MUNICIPALITY: 'municipalityId',
  REGION: 'regionId',
  ORGANIZATION: 'organizationId',
};

/** The owner of an indicator row. */
export function ownerOf(row: OwnerColumns): IndicatorOwnerRef {
  for (const kind of Object.values(IndicatorOwnerKind)) {
    const id = row[PROPERTY[kind]];
    if (id) return { kind, id };
  }
  throw new Error('An indicator without an owner');
}

/** The owner columns for one owner (the others null). */
export function ownerColumns(owner: IndicatorOwnerRef): OwnerColumns {
  const cols: OwnerColumns = { mentoringProgramId: null, internshipProgramId: null, networkId: null, planId: null, municipalityId: null, regionId: null, organizationId: null };
  cols[PROPERTY[owner.kind]] = owner.id;
  return cols;
}

/** SQL: the owner's display name of the indicator aliased `a`. */
export const OWNER_NAME_SQL = (a: string) => `COALESCE(
  (SELECT x.name FROM mentoring_program x WHERE x.id = ${a}.mentoring_program_id),
  (SELECT x.title FROM internship_program x WHERE x.id = ${a}.internship_program_id),
  (SELECT x.name FROM network x WHERE x.id = ${a}.network_id),
  (SELECT x.title FROM plan x WHERE x.id = ${a}.plan_id),
  (SELECT x.name FROM municipality x WHERE x.id = ${a}.municipality_id),
  (SELECT x.name FROM region x WHERE x.id = ${a}.region_id),
  (SELECT COALESCE(x.short_name, x.name) FROM organization x WHERE x.id = ${a}.organization_id), '')`;

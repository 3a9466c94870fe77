import type { OrganizationKind } from '@/gql/graphql';

const SCHOOLS: readonly string[] = ['SCHOOL', 'GYMNASIUM', 'LYCEUM', 'BOARDING_SCHOOL', 'EDUCATION_CENTER'];

/** Whose self-diagnosis it is, in words that fit the organisation: «школы», «детского сада», «организации». */
export type SelfDiagnosisOwner = 'school' | 'kindergarten' | 'organization';

export function selfDiagnosisOwner(kind: OrganizationKind | string | null | undefined): SelfDiagnosisOwner {
  if (kind === 'KINDERGARTEN') return 'kindergarten';
  return kind && SCHOOLS.includes(kind) ? 'school' : 'organization';
}

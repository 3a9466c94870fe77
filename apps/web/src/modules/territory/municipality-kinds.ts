import type { MunicipalityKind } from '@/gql/graphql';

export const MUNICIPALITY_KINDS: readonly MunicipalityKind[] = ['DISTRICT', 'URBAN_OKRUG', 'MUNICIPAL_OKRUG', 'CITY'];

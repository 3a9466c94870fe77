import { graphql } from '@/gql';

export const RegionsQuery = graphql(`
  query Regions {
    regions {
      id
      code
      name
    }
  }
`);

export const MunicipalitiesQuery = graphql(`
  query Municipalities($regionId: ID) {
    municipalities(regionId: $regionId) {
      id
      regionId
      name
      kind
    }
  }
`);

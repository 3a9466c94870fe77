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

export const MunicipalityListQuery = graphql(`
  query MunicipalityList($first: Int!, $offset: Int, $filter: MunicipalityFilter, $orderBy: MunicipalityOrder) {
    municipalityList(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        regionId
        name
        kind
        oktmo
        archivedAt
        mergedAt
        canManage
        mergedInto {
          id
          name
        }
      }
    }
  }
`);

export const MunicipalityQuery = graphql(`
  query Municipality($id: ID!) {
    municipality(id: $id) {
      id
      regionId
      name
      kind
      oktmo
      archivedAt
      canManage
    }
  }
`);

export const CreateMunicipalityMutation = graphql(`
  mutation CreateMunicipality($input: CreateMunicipalityInput!) {
    createMunicipality(input: $input) {
      id
      name
      oktmo
    }
  }
`);

export const UpdateMunicipalityMutation = graphql(`
  mutation UpdateMunicipality($id: ID!, $input: UpdateMunicipalityInput!) {
    updateMunicipality(id: $id, input: $input) {
      id
      name
      kind
      oktmo
    }
  }
`);

export const ArchiveMunicipalityMutation = graphql(`
  mutation ArchiveMunicipality($id: ID!) {
    archiveMunicipality(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreMunicipalityMutation = graphql(`
  mutation RestoreMunicipality($id: ID!) {
    restoreMunicipality(id: $id) {
      id
      archivedAt
    }
  }
`);

export const MergeMunicipalitiesMutation = graphql(`
  mutation MergeMunicipalities($sourceId: ID!, $targetId: ID!) {
    mergeMunicipalities(sourceId: $sourceId, targetId: $targetId) {
      organizations
      otherRows
      source {
        id
        archivedAt
        mergedIntoId
      }
      target {
        id
        name
      }
    }
  }
`);

import { graphql } from '@/gql';

export const OrganizationListQuery = graphql(`
  query OrganizationList($first: Int!, $offset: Int, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {
    organizations(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        shortName
        kind
        inn
        archivedAt
        createdAt
        staffCount
        municipality {
          id
          name
        }
        currentStatuses {
          id
          kind
          year
        }
      }
    }
  }
`);

export const OrganizationOptionsQuery = graphql(`
  query OrganizationOptions($search: String, $first: Int!) {
    organizations(first: $first, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
        shortName
        inn
        municipality {
          id
          name
        }
      }
    }
  }
`);

export const OrganizationLabelQuery = graphql(`
  query OrganizationLabel($id: ID!) {
    organization(id: $id) {
      id
      name
      shortName
      kind
      inn
      municipality {
        id
        name
      }
    }
  }
`);

export const OrganizationQuery = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      id
      canEdit
      name
      shortName
      kind
      inn
      externalId
      address
      email
      website
      foundedYear
      illustrative
      archivedAt
      createdAt
      municipality {
        id
        name
        regionId
      }
      municipalityHistory {
        id
        municipalityName
        movedToName
        validFrom
        validUntil
      }
      statuses {
        id
        kind
        year
        source
        siteId
      }
      staffCount
      staff {
        id
        kind
        title
        isMain
        personId
        person {
          id
          fullName
        }
      }
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      id
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      id
      name
      shortName
      kind
      inn
      externalId
      address
      email
      website
      foundedYear
      municipality {
        id
        name
        regionId
      }
      statuses {
        id
        kind
        year
        source
        siteId
      }
    }
  }
`);

export const ArchiveOrganizationMutation = graphql(`
  mutation ArchiveOrganization($id: ID!) {
    archiveOrganization(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreOrganizationMutation = graphql(`
  mutation RestoreOrganization($id: ID!) {
    restoreOrganization(id: $id) {
      id
      archivedAt
    }
  }
`);

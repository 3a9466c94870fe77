import { graphql } from '@/gql';

export const IndicatorListQuery = graphql(`
  query IndicatorList($first: Int!, $offset: Int, $filter: IndicatorFilter, $orderBy: IndicatorOrder) {
    indicators(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        section
        unit
        kind
        measuresChange
        status
        trend
        illustrative
        archivedAt
        baseline {
          year
          value
          text
        }
        latest {
          periodEnd
          value
          illustrative
        }
        latestTarget {
          year
          value
          text
        }
        owner {
          kind
          id
          name
        }
      }
    }
  }
`);

export const IndicatorPageQuery = graphql(`
  query IndicatorPage($id: ID!) {
    indicator(id: $id) {
      id
      name
      section
      position
      description
      unit
      direction
      kind
      computedKey
      formula
      measuresChange
      status
      statusRule
      trend
      sourceNote
      illustrative
      archivedAt
      canEdit
      recalculatedAt
      owner {
        kind
        id
        name
      }
      baseline {
        year
        value
        text
      }
      targets {
        year
        value
        text
      }
      actuals {
        periodStart
        periodEnd
        value
        source
        sourceText
        computed
        illustrative
        recordedAt
      }
      latest {
        periodEnd
        value
      }
      latestTarget {
        year
        value
        text
      }
    }
  }
`);

export const IndicatorValuesQuery = graphql(`
  query IndicatorValues($id: ID!, $archived: ArchiveFilter) {
    indicatorValues(indicatorId: $id, archived: $archived) {
      id
      indicatorId
      periodStart
      periodEnd
      organizationId
      organizationName
      value
      source
      sourceText
      enteredAt
      illustrative
      archivedAt
    }
  }
`);

export const CreateIndicatorMutation = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      id
    }
  }
`);

export const UpdateIndicatorMutation = graphql(`
  mutation UpdateIndicator($id: ID!, $input: UpdateIndicatorInput!) {
    updateIndicator(id: $id, input: $input) {
      id
      updatedAt
    }
  }
`);

export const ArchiveIndicatorMutation = graphql(`
  mutation ArchiveIndicator($id: ID!) {
    archiveIndicator(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreIndicatorMutation = graphql(`
  mutation RestoreIndicator($id: ID!) {
    restoreIndicator(id: $id) {
      id
      archivedAt
    }
  }
`);

export const CreateIndicatorValueMutation = graphql(`
  mutation CreateIndicatorValue($indicatorId: ID!, $input: IndicatorValueInput!) {
    createIndicatorValue(indicatorId: $indicatorId, input: $input) {
      id
    }
  }
`);

export const UpdateIndicatorValueMutation = graphql(`
  mutation UpdateIndicatorValue($id: ID!, $input: IndicatorValueInput!) {
    updateIndicatorValue(id: $id, input: $input) {
      id
    }
  }
`);

export const ArchiveIndicatorValueMutation = graphql(`
  mutation ArchiveIndicatorValue($id: ID!) {
    archiveIndicatorValue(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreIndicatorValueMutation = graphql(`
  mutation RestoreIndicatorValue($id: ID!) {
    restoreIndicatorValue(id: $id) {
      id
      archivedAt
    }
  }
`);

export const ImportIndicatorValuesMutation = graphql(`
  mutation ImportIndicatorValues($indicatorId: ID!, $input: ImportIndicatorValuesInput!) {
    importIndicatorValues(indicatorId: $indicatorId, input: $input) {
      dryRun
      applied
      rows {
        line
        periodStart
        periodEnd
        organizationName
        value
        source
        sourceText
        replaces
      }
      errors {
        line
        message
      }
    }
  }
`);

export const IndicatorImportTemplateQuery = graphql(`
  query IndicatorImportTemplate {
    indicatorImportTemplate {
      fileName
      contentBase64
    }
  }
`);

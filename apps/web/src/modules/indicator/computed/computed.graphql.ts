import { graphql } from '@/gql';

/** The rows behind one value of a computed indicator (people, schools or products), on the list shell. */
export const IndicatorDrillDownQuery = graphql(`
  query IndicatorDrillDown($indicatorId: ID!, $periodStart: String!, $periodEnd: String!, $rows: DrillDownRows, $first: Int!, $offset: Int, $orderBy: DrillDownOrder) {
    indicatorDrillDown(indicatorId: $indicatorId, periodStart: $periodStart, periodEnd: $periodEnd, rows: $rows, first: $first, offset: $offset, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        personId
        organizationId
        name
        organizationName
        counted
      }
    }
  }
`);

export const RecalculateIndicatorMutation = graphql(`
  mutation RecalculateIndicator($indicatorId: ID!) {
    recalculateIndicator(indicatorId: $indicatorId) {
      ...JobFields
    }
  }
`);

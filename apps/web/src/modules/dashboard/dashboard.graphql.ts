import { graphql } from '@/gql';

export const DashboardQuery = graphql(`
  query Dashboard($input: DashboardInput) {
    dashboard(input: $input) {
      kind
      subjectId
      title
      schoolYear
      periodLabel
      from
      to
      indicators {
        id
        name
        unit
        direction
        kind
        status
        trend
        measuresChange
        canEdit
        recalculatedAt
        baseline {
          year
          value
        }
        latest {
          periodStart
          periodEnd
          value
          source
          sourceText
          recordedAt
        }
        latestTarget {
          year
          value
        }
        actuals {
          periodEnd
          value
        }
      }
      teachers
      mentoring {
        inMentoring
        mentors
        mentees
        coverageShare
        pairs
        pairsActive
      }
      internships {
        cohorts
        interns
        completed
      }
      events {
        events
        participants
        visits
      }
      months {
        month
        events
        participants
        visits
        internshipsCompleted
      }
      deficits {
        level
        framework {
          id
          name
        }
        campaign {
          id
        }
        areas {
          id
          code
          name
          competences {
            id
            code
            name
          }
        }
        rows {
          id
          name
          assessed
        }
        grid {
          columns
          assessed
          deficits
          proficits
          deficitShare
          proficitShare
          meanScore
        }
      }
    }
  }
`);

export const DashboardExportQuery = graphql(`
  query DashboardExport($input: DashboardInput, $format: DashboardExportFormat!) {
    dashboardExport(input: $input, format: $format) {
      fileName
      fileType
      contentBase64
      size
    }
  }
`);

export const DashboardRowsQuery = graphql(`
  query DashboardRows($input: DashboardInput, $metric: DashboardMetric!, $first: Int!, $offset: Int, $orderBy: DashboardRowOrder) {
    dashboardRows(input: $input, metric: $metric, first: $first, offset: $offset, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        personId
        name
        context
        day
        canOpen
      }
    }
  }
`);

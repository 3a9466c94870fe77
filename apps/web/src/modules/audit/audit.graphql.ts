import { graphql } from '@/gql';

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $after: String, $filter: AuditLogFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        at
        actorAccountId
        actorLogin
        actorName
        action
        entityType
        entityId
        people {
          id
          fullName
        }
      }
    }
  }
`);

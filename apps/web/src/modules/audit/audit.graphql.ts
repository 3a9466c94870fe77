import { graphql } from '@/gql';

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $offset: Int, $filter: AuditLogFilter, $orderBy: AuditOrder) {
    auditLog(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
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

import { graphql } from '@/gql';

export const CalendarQuery = graphql(`
  query Calendar($from: String!, $to: String!, $filter: CalendarFilter) {
    calendar(from: $from, to: $to, filter: $filter) {
      id
      eventId
      title
      kind
      startsAt
      endsAt
      allDay
      cancelled
    }
  }
`);

export const CalendarFilterOptionsQuery = graphql(`
  query CalendarFilterOptions {
    calendarFilterOptions {
      networks {
        id
        name
      }
      municipalities {
        id
        name
      }
      competences {
        id
        name
      }
    }
  }
`);

export const CalendarSubscriptionsQuery = graphql(`
  query CalendarSubscriptions {
    calendarSubscriptions {
      id
      name
      createdAt
      lastUsedAt
      filterLabel
    }
  }
`);

export const CreateCalendarSubscriptionMutation = graphql(`
  mutation CreateCalendarSubscription($input: CreateCalendarSubscriptionInput!) {
    createCalendarSubscription(input: $input) {
      path
      subscription {
        id
        name
        createdAt
        lastUsedAt
        filterLabel
      }
    }
  }
`);

export const RevokeCalendarSubscriptionMutation = graphql(`
  mutation RevokeCalendarSubscription($id: ID!) {
    revokeCalendarSubscription(id: $id) {
      id
      revokedAt
    }
  }
`);

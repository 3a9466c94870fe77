import { graphql } from '@/gql';

export const EventCrossCheckQuery = graphql(`
  query EventCrossCheck($eventId: ID!) {
    eventCrossCheck(eventId: $eventId) {
      eventId
      canEdit
      schoolPairs {
        id
        fromOrganizationId
        fromName
        checkerOrganizationId
        checkerName
      }
      expertPairs {
        id
        subject
        first {
          personId
          fullName
          organizationName
        }
        second {
          personId
          fullName
          organizationName
        }
      }
      protocol {
        id
        subject
        grade
        paperCount
        discrepancyCount
        comment
        illustrative
      }
    }
  }
`);

export const SaveEventCrossCheckMutation = graphql(`
  mutation SaveEventCrossCheck($eventId: ID!, $input: CrossCheckInput!) {
    saveEventCrossCheck(eventId: $eventId, input: $input) {
      eventId
      protocol {
        id
        subject
        grade
        paperCount
        discrepancyCount
        comment
        illustrative
      }
    }
  }
`);

import { graphql } from '@/gql';

export const EventListQuery = graphql(`
  query EventList($first: Int!, $offset: Int, $filter: EventFilter, $orderBy: EventOrder) {
    events(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        kind
        status
        timing
        startsOn
        endsOn
        startsAt
        periodLabel
        archivedAt
        registeredCount
        capacity
        series {
          frequency
        }
        host {
          id
          kind
          name
        }
      }
    }
  }
`);

export const EventQuery = graphql(`
  query Event($id: ID!) {
    event(id: $id) {
      id
      title
      kind
      description
      status
      timing
      startsOn
      endsOn
      startsAt
      endsAt
      periodLabel
      place
      onlineUrl
      audience
      audienceTarget
      competenceIds
      responsibleNote
      plannedResult
      actualResult
      capacity
      hours
      registrationOpen
      revision
      source
      illustrative
      archivedAt
      organizationId
      municipalityId
      networkId
      canEdit
      canMarkAttendance
      registeredCount
      seatsLeft
      registrationProblem
      attended
      series {
        frequency
        interval
        count
        until
      }
      host {
        id
        kind
        name
      }
      organizers {
        id
        name
      }
      responsible {
        personId
        person {
          id
          fullName
          organizationName
        }
      }
      competences {
        id
        code
        name
      }
      occurrences {
        occurrenceDate
        startsOn
        endsOn
        cancelled
        moved
        note
      }
      myRegistration {
        id
        status
      }
      registrations {
        id
        personId
        status
        person {
          id
          fullName
          organizationName
        }
      }
      attendance {
        id
        personId
        occurrenceDate
      }
      feedback {
        id
        personId
        rating
        comment
      }
      feedbackSummary {
        count
        average
      }
      materials {
        id
        kind
        title
        url
        fileName
        fileSize
      }
    }
  }
`);

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      id
    }
  }
`);

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($id: ID!, $input: EventInput!) {
    updateEvent(id: $id, input: $input) {
      id
      title
      revision
    }
  }
`);

export const ArchiveEventMutation = graphql(`
  mutation ArchiveEvent($id: ID!) {
    archiveEvent(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreEventMutation = graphql(`
  mutation RestoreEvent($id: ID!) {
    restoreEvent(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RegisterForEventMutation = graphql(`
  mutation RegisterForEvent($eventId: ID!) {
    registerForEvent(eventId: $eventId) {
      id
      registeredCount
      seatsLeft
      registrationProblem
      myRegistration {
        id
        status
      }
    }
  }
`);

export const CancelEventRegistrationMutation = graphql(`
  mutation CancelEventRegistration($eventId: ID!) {
    cancelEventRegistration(eventId: $eventId) {
      id
      registeredCount
      seatsLeft
      registrationProblem
      myRegistration {
        id
        status
      }
    }
  }
`);

export const MarkEventAttendanceMutation = graphql(`
  mutation MarkEventAttendance($eventId: ID!, $input: EventAttendanceInput!) {
    markEventAttendance(eventId: $eventId, input: $input) {
      id
      attendance {
        id
        personId
        occurrenceDate
      }
    }
  }
`);

export const LeaveEventFeedbackMutation = graphql(`
  mutation LeaveEventFeedback($eventId: ID!, $input: EventFeedbackInput!) {
    leaveEventFeedback(eventId: $eventId, input: $input) {
      id
      feedback {
        id
        personId
        rating
        comment
      }
      feedbackSummary {
        count
        average
      }
    }
  }
`);

export const AddEventMaterialMutation = graphql(`
  mutation AddEventMaterial($eventId: ID!, $input: EventMaterialInput!) {
    addEventMaterial(eventId: $eventId, input: $input) {
      id
      materials {
        id
        kind
        title
        url
        fileName
        fileSize
      }
    }
  }
`);

export const RemoveEventMaterialMutation = graphql(`
  mutation RemoveEventMaterial($materialId: ID!) {
    removeEventMaterial(materialId: $materialId) {
      id
      materials {
        id
        kind
        title
        url
        fileName
        fileSize
      }
    }
  }
`);

export const EventMaterialFileQuery = graphql(`
  query EventMaterialFile($materialId: ID!) {
    eventMaterialFile(materialId: $materialId) {
      fileName
      fileType
      contentBase64
    }
  }
`);

import { graphql } from '@/gql';

export const MyAgendaQuery = graphql(`
  query MyAgenda {
    myAgenda {
      today
      canApprove
      diagnostics {
        participantId
        campaignId
        campaignName
        instrumentName
        closesOn
        status
      }
      routeSteps {
        stepId
        routeId
        routeTitle
        title
        endsOn
        due
      }
      approvals {
        routeId
        title
        personId
        fullName
        startsOn
      }
      events {
        eventId
        title
        startsOn
        endsOn
        place
      }
      documentTasks {
        taskId
        documentId
        documentTitle
        documentNumber
        number
        text
        dueOn
        state
      }
      internshipApplications {
        applicationId
        cohortId
        cohortTitle
        personId
        fullName
        source
        submittedAt
      }
      internshipSessions {
        sessionId
        cohortId
        cohortTitle
        topic
        startsAt
        place
      }
      meetings {
        sessionId
        mentorshipId
        plannedOn
        topic
        format
        side
        others {
          personId
          fullName
        }
      }
      surveys {
        surveyId
        mentorshipId
        title
        programName
      }
    }
  }
`);

export const SchoolHomeQuery = graphql(`
  query SchoolHome($organizationId: ID!) {
    schoolHome(organizationId: $organizationId) {
      organizationId
      organizationName
      today
      approvals {
        routeId
        title
        personId
        fullName
        startsOn
      }
      events {
        eventId
        title
        startsOn
        endsOn
        place
      }
      indicators {
        id
        name
        unit
        status
        measuresChange
        latest {
          periodEnd
          value
        }
        latestTarget {
          year
          value
        }
      }
    }
  }
`);

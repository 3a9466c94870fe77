import { graphql } from '@/gql';

export const RouteListQuery = graphql(`
  query RouteList($first: Int!, $offset: Int, $filter: RoutesFilter, $orderBy: RouteOrder) {
    learningRoutes(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        status
        startsOn
        endsOn
        progress
        archivedAt
        canApprove
        person {
          id
          fullName
          organizationName
        }
        association {
          id
          name
        }
      }
    }
  }
`);

export const MyRoutesQuery = graphql(`
  query MyRoutes {
    myLearningRoutes {
      id
      title
      status
      startsOn
      endsOn
      progress
      sharedInNetwork
      personId
    }
  }
`);

export const RouteQuery = graphql(`
  query Route($id: ID!) {
    learningRoute(id: $id) {
      id
      personId
      associationId
      title
      goal
      startsOn
      endsOn
      status
      campaignId
      returnComment
      approvedAt
      completedAt
      sharedInNetwork
      archivedAt
      progress
      isOwner
      canEdit
      canSubmit
      canApprove
      canStart
      canComplete
      canMark
      canJournal
      person {
        id
        fullName
        organizationName
      }
      association {
        id
        name
      }
      competences {
        competenceId
        code
        name
        baselineScore
      }
      steps {
        id
        position
        kind
        title
        description
        competenceIds
        startsOn
        endsOn
        status
        mentorPersonId
        mentor {
          id
          fullName
          organizationName
        }
        mentorshipId
        mentorship {
          id
          programName
          mentorNames
        }
        evidenceUrl
        evidenceFileName
        evidenceFileSize
        reflection
        completedOn
        evidenceSource
        eventOccurrenceDate
        event {
          id
          title
          startsOn
          endsOn
        }
        internshipModule {
          id
          title
          hours
          programId
          programTitle
          siteTitle
          cohortId
        }
      }
      journal {
        id
        occurredOn
        kind
        text
        authorName
      }
      effectiveness {
        competenceId
        code
        name
        beforeScore
        beforeLevel
        afterScore
        afterLevel
        afterMeasuredOn
        afterCampaignName
        delta
        deficitClosed
      }
    }
  }
`);

export const RouteCompetenceOptionsQuery = graphql(`
  query RouteCompetenceOptions($frameworkCode: String) {
    routeCompetenceOptions(frameworkCode: $frameworkCode) {
      id
      code
      name
      frameworkCode
      areaName
    }
  }
`);

export const RouteDeficitOptionsQuery = graphql(`
  query RouteDeficitOptions($personId: ID!) {
    routeDeficitOptions(personId: $personId) {
      competenceId
      code
      name
      frameworkCode
      level
      score
      source
      measuredOn
      campaignId
      campaignName
    }
  }
`);

export const ProposeRouteStepsQuery = graphql(`
  query ProposeRouteSteps($personId: ID!, $competenceIds: [ID!]!, $campaignId: ID) {
    proposeRouteSteps(personId: $personId, competenceIds: $competenceIds, campaignId: $campaignId) {
      kind
      title
      competenceIds
      mentor {
        personId
        name
        score
        reasons
      }
      reason
      startsOn
      endsOn
      eventId
      internshipModuleId
      internshipCohortId
    }
  }
`);

export const RouteAchievementsQuery = graphql(`
  query RouteAchievements($personId: ID!) {
    routeAchievements(personId: $personId) {
      personId
      fullName
      organizationName
      routes {
        id
        title
        status
        startsOn
        endsOn
        progress
        sharedInNetwork
        products {
          stepId
          kind
          title
          completedOn
          result
          evidenceUrl
          evidenceFileName
        }
      }
    }
  }
`);

export const RouteEvidenceFileQuery = graphql(`
  query RouteEvidenceFile($stepId: ID!) {
    routeStepEvidenceFile(stepId: $stepId) {
      fileName
      fileType
      contentBase64
    }
  }
`);


export const CreateRouteMutation = graphql(`
  mutation CreateRoute($input: CreateRouteInput!) {
    createLearningRoute(input: $input) {
      id
    }
  }
`);

export const UpdateRouteMutation = graphql(`
  mutation UpdateRoute($id: ID!, $input: UpdateRouteInput!) {
    updateLearningRoute(id: $id, input: $input) {
      id
      title
      goal
      startsOn
      endsOn
      campaignId
    }
  }
`);

export const AddRouteStepMutation = graphql(`
  mutation AddRouteStep($routeId: ID!, $input: RouteStepInput!) {
    addRouteStep(routeId: $routeId, input: $input) {
      id
      canSubmit
      steps {
        id
      }
    }
  }
`);

export const UpdateRouteStepMutation = graphql(`
  mutation UpdateRouteStep($stepId: ID!, $input: UpdateRouteStepInput!) {
    updateRouteStep(stepId: $stepId, input: $input) {
      id
    }
  }
`);

export const MoveRouteStepMutation = graphql(`
  mutation MoveRouteStep($stepId: ID!, $position: Int!) {
    moveRouteStep(stepId: $stepId, input: { position: $position }) {
      id
    }
  }
`);

export const RemoveRouteStepMutation = graphql(`
  mutation RemoveRouteStep($stepId: ID!) {
    removeRouteStep(stepId: $stepId) {
      id
    }
  }
`);

export const SubmitRouteMutation = graphql(`
  mutation SubmitRoute($id: ID!) {
    submitLearningRoute(id: $id) {
      id
      status
    }
  }
`);

export const ApproveRouteMutation = graphql(`
  mutation ApproveRoute($id: ID!) {
    approveLearningRoute(id: $id) {
      id
      status
    }
  }
`);

export const ReturnRouteMutation = graphql(`
  mutation ReturnRoute($id: ID!, $comment: String!) {
    returnLearningRoute(id: $id, input: { comment: $comment }) {
      id
      status
      returnComment
    }
  }
`);

export const StartRouteMutation = graphql(`
  mutation StartRoute($id: ID!) {
    startLearningRoute(id: $id) {
      id
      status
    }
  }
`);

export const CompleteRouteMutation = graphql(`
  mutation CompleteRoute($id: ID!) {
    completeLearningRoute(id: $id) {
      id
      status
    }
  }
`);

export const SetRouteStepStatusMutation = graphql(`
  mutation SetRouteStepStatus($stepId: ID!, $input: RouteStepStatusInput!) {
    setRouteStepStatus(stepId: $stepId, input: $input) {
      id
    }
  }
`);

export const AttachRouteStepEvidenceMutation = graphql(`
  mutation AttachRouteStepEvidence($stepId: ID!, $input: RouteEvidenceInput!) {
    attachRouteStepEvidence(stepId: $stepId, input: $input) {
      id
    }
  }
`);

export const SetRouteStepReflectionMutation = graphql(`
  mutation SetRouteStepReflection($stepId: ID!, $reflection: String!) {
    setRouteStepReflection(stepId: $stepId, input: { reflection: $reflection }) {
      id
    }
  }
`);

export const AddRouteJournalEntryMutation = graphql(`
  mutation AddRouteJournalEntry($routeId: ID!, $input: RouteJournalInput!) {
    addRouteJournalEntry(routeId: $routeId, input: $input) {
      id
    }
  }
`);

export const ArchiveRouteMutation = graphql(`
  mutation ArchiveRoute($id: ID!) {
    archiveLearningRoute(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreRouteMutation = graphql(`
  mutation RestoreRoute($id: ID!) {
    restoreLearningRoute(id: $id) {
      id
      archivedAt
    }
  }
`);

export const SetRouteSharingMutation = graphql(`
  mutation SetRouteSharing($routeId: ID!, $shared: Boolean!) {
    setRouteSharing(routeId: $routeId, shared: $shared) {
      id
      sharedInNetwork
    }
  }
`);

/** The name of the person a route is built for (the default title). */
export const RoutePersonNameQuery = graphql(`
  query RoutePersonName($id: ID!) {
    person(id: $id) {
      id
      fullName
    }
  }
`);

export const SharedAchievementsQuery = graphql(`
  query SharedAchievements($first: Int!, $offset: Int, $search: String, $orderBy: SharedTeacherOrder) {
    sharedAchievements(first: $first, offset: $offset, search: $search, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        personId
        fullName
        organizationName
        sharedRoutes
        completedSteps
        latestAt
      }
    }
  }
`);

export const RouteMentorshipOptionsQuery = graphql(`
  query RouteMentorshipOptions($routeId: ID!) {
    routeMentorshipOptions(routeId: $routeId) {
      id
      status
      startsOn
      programName
      mentorNames
    }
  }
`);

export const RouteGroupOptionsQuery = graphql(`
  query RouteGroupOptions {
    associations(first: 100) {
      nodes {
        id
        name
        memberCount
        canEdit
        host {
          id
          name
        }
      }
    }
  }
`);

export const RouteEventOptionsQuery = graphql(`
  query RouteEventOptions($search: String, $from: String) {
    events(first: 20, filter: { search: $search, from: $from }) {
      nodes {
        id
        title
        startsOn
      }
    }
  }
`);

/** The occurrences of the event an EVENT step names (a series: to pick the one the step means). */
export const RouteEventOccurrencesQuery = graphql(`
  query RouteEventOccurrences($id: ID!) {
    event(id: $id) {
      id
      series {
        frequency
      }
      occurrences {
        occurrenceDate
        cancelled
      }
    }
  }
`);

/** Modules of the staging catalogue's programmes the caller reads, for an INTERNSHIP_MODULE step (filtered in the browser). */
export const RouteModuleOptionsQuery = graphql(`
  query RouteModuleOptions {
    stagingSites(first: 100) {
      nodes {
        id
        theme
        host {
          id
          name
          shortName
        }
        programs {
          id
          title
          modules {
            id
            title
            hours
          }
        }
      }
    }
  }
`);

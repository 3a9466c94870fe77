import { graphql } from '@/gql';

export const MentoringProgramListQuery = graphql(`
  query MentoringProgramList($first: Int!, $offset: Int, $filter: ProgramFilter, $orderBy: ProgramOrder) {
    mentoringPrograms(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        model
        forms
        startsOn
        endsOn
        archivedAt
        mentorshipCount
        coordinator {
          id
          fullName
          organizationName
        }
      }
    }
  }
`);

export const MentoringProgramQuery = graphql(`
  query MentoringProgram($id: ID!) {
    mentoringProgram(id: $id) {
      id
      name
      model
      forms
      organizationId
      networkId
      coordinatorPersonId
      startsOn
      endsOn
      goals
      archivedAt
      canEdit
      mentorshipCount
      coordinator {
        id
        fullName
        organizationName
      }
    }
  }
`);

/** Member organisations of a programme's network: the schools of a «Школа – школе» pair. */
export const ProgramNetworkSchoolsQuery = graphql(`
  query ProgramNetworkSchools($id: ID!) {
    network(id: $id) {
      id
      name
      members {
        id
        organizationId
        organization {
          id
          name
          shortName
        }
      }
    }
  }
`);

export const MentorshipListQuery = graphql(`
  query MentorshipList($first: Int!, $offset: Int, $orderBy: MentorshipOrder, $filter: MentorshipFilter) {
    mentorships(first: $first, offset: $offset, orderBy: $orderBy, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        form
        status
        shape
        startsOn
        endsOn
        program {
          id
          name
        }
        mentors {
          id
          fullName
          organizationName
        }
        mentees {
          id
          fullName
          organizationName
        }
        sessions {
          id
          plannedOn
          heldOn
          topic
        }
      }
    }
  }
`);

export const MentorshipQuery = graphql(`
  query Mentorship($id: ID!) {
    mentorship(id: $id) {
      id
      form
      goals
      startsOn
      endsOn
      status
      stopReason
      outcome
      shape
      canManage
      canLog
      program {
        id
        name
        model
        archivedAt
      }
      mentors {
        id
        fullName
        organizationName
      }
      mentees {
        id
        fullName
        organizationName
      }
      mentorOrganization {
        id
        name
        shortName
      }
      menteeOrganization {
        id
        name
        shortName
      }
      sessions {
        id
        plannedOn
        heldOn
        format
        topic
        durationMinutes
        notes
      }
    }
  }
`);

export const MentorBaseQuery = graphql(`
  query MentorBase($first: Int!, $offset: Int, $filter: MentorBaseFilter, $orderBy: MentorOrder) {
    mentorBase(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        personId
        types
        directions
        subjects
        strengths
        capacity
        available
        load
        freePlaces
        person {
          id
          fullName
          organizationName
        }
      }
    }
  }
`);

export const CreateMentoringProgramMutation = graphql(`
  mutation CreateMentoringProgram($input: CreateProgramInput!) {
    createMentoringProgram(input: $input) {
      id
    }
  }
`);

export const UpdateMentoringProgramMutation = graphql(`
  mutation UpdateMentoringProgram($id: ID!, $input: UpdateProgramInput!) {
    updateMentoringProgram(id: $id, input: $input) {
      id
    }
  }
`);

export const ArchiveMentoringProgramMutation = graphql(`
  mutation ArchiveMentoringProgram($id: ID!) {
    archiveMentoringProgram(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreMentoringProgramMutation = graphql(`
  mutation RestoreMentoringProgram($id: ID!) {
    restoreMentoringProgram(id: $id) {
      id
      archivedAt
    }
  }
`);

// Answers the profile: the mentor base (MentorProfile) refetches.
export const SaveMentorProfileMutation = graphql(`
  mutation SaveMentorProfile($personId: ID!, $input: MentorProfileInput!) {
    saveMentorProfile(personId: $personId, input: $input) {
      id
      personId
      types
      directions
      subjects
      strengths
      capacity
      available
      load
      freePlaces
    }
  }
`);

// Mentorship mutations answer the mentorship: its page and the lists (Mentorship) refetch.
export const CreateMentorshipMutation = graphql(`
  mutation CreateMentorship($programId: ID!, $input: CreateMentorshipInput!) {
    createMentorship(programId: $programId, input: $input) {
      id
    }
  }
`);

export const UpdateMentorshipMutation = graphql(`
  mutation UpdateMentorship($id: ID!, $input: UpdateMentorshipInput!) {
    updateMentorship(id: $id, input: $input) {
      id
      goals
      endsOn
      outcome
    }
  }
`);

export const SetMentorshipStatusMutation = graphql(`
  mutation SetMentorshipStatus($id: ID!, $input: MentorshipStatusInput!) {
    setMentorshipStatus(id: $id, input: $input) {
      id
      status
      stopReason
    }
  }
`);

export const PlanMentorshipSessionMutation = graphql(`
  mutation PlanMentorshipSession($mentorshipId: ID!, $input: PlanSessionInput!) {
    planMentorshipSession(mentorshipId: $mentorshipId, input: $input) {
      id
    }
  }
`);

export const RecordMentorshipSessionMutation = graphql(`
  mutation RecordMentorshipSession($sessionId: ID!, $input: RecordSessionInput!) {
    recordMentorshipSession(sessionId: $sessionId, input: $input) {
      id
    }
  }
`);

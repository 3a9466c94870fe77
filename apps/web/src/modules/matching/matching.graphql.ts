import { graphql } from '@/gql';

export const MentorSuggestionsQuery = graphql(`
  query MentorSuggestions($menteePersonId: ID!, $programId: ID, $preferences: MatchPreferencesInput) {
    mentorSuggestions(menteePersonId: $menteePersonId, programId: $programId, preferences: $preferences) {
      mentee {
        id
        fullName
        organizationName
      }
      deficits
      suggestions {
        mentor {
          id
          fullName
          organizationName
        }
        score
        reasons
        capacity
        load
        freePlaces
      }
    }
  }
`);

export const AssignmentPlansQuery = graphql(`
  query AssignmentPlans($programId: ID!) {
    assignmentPlans(programId: $programId) {
      id
      status
      totalScore
      greedyScore
      createdAt
      publishedAt
    }
  }
`);

export const AssignmentPlanQuery = graphql(`
  query AssignmentPlan($id: ID!) {
    assignmentPlan(id: $id) {
      id
      programId
      status
      totalScore
      greedyScore
      menteeCount
      assignedCount
      canEdit
      createdAt
      publishedAt
      program {
        id
        name
      }
      items {
        id
        menteePersonId
        mentorPersonId
        score
        reasons
        isManual
        mentee {
          id
          fullName
          organizationName
        }
        mentor {
          id
          fullName
          organizationName
        }
      }
      mentors {
        person {
          id
          fullName
          organizationName
        }
        capacity
        load
        inPlan
        freePlaces
      }
    }
  }
`);

export const CreateAssignmentPlanMutation = graphql(`
  mutation CreateAssignmentPlan($programId: ID!, $input: CreateAssignmentPlanInput) {
    createAssignmentPlan(programId: $programId, input: $input) {
      id
      status
    }
  }
`);

export const StartAssignmentPlanMutation = graphql(`
  mutation StartAssignmentPlan($programId: ID!, $input: CreateAssignmentPlanInput) {
    startAssignmentPlan(programId: $programId, input: $input) {
      ...JobFields
      params
    }
  }
`);

/** The caller's plan computations (a running one is found again after a page reload by its programme). */
export const AssignmentPlanJobsQuery = graphql(`
  query AssignmentPlanJobs($kinds: [String!], $first: Int!) {
    myJobs(kinds: $kinds, first: $first) {
      ...JobFields
      params
    }
  }
`);

export const ReplanAssignmentPlanMutation = graphql(`
  mutation ReplanAssignmentPlan($id: ID!) {
    replanAssignmentPlan(id: $id) {
      kept
      moved
      added
      dropped
      plan {
        id
        status
        totalScore
        greedyScore
      }
    }
  }
`);

export const SetAssignmentPlanItemMutation = graphql(`
  mutation SetAssignmentPlanItem($itemId: ID!, $mentorPersonId: ID) {
    setAssignmentPlanItem(itemId: $itemId, mentorPersonId: $mentorPersonId) {
      id
      totalScore
      items {
        id
        mentorPersonId
        score
        reasons
        isManual
        mentor {
          id
          fullName
          organizationName
        }
      }
      mentors {
        person {
          id
        }
        inPlan
        freePlaces
      }
    }
  }
`);

export const PublishAssignmentPlanMutation = graphql(`
  mutation PublishAssignmentPlan($id: ID!) {
    publishAssignmentPlan(id: $id) {
      id
      status
      publishedAt
    }
  }
`);

export const DiscardAssignmentPlanMutation = graphql(`
  mutation DiscardAssignmentPlan($id: ID!) {
    discardAssignmentPlan(id: $id) {
      id
      status
    }
  }
`);

export const SchoolPairSuggestionsQuery = graphql(`
  query SchoolPairSuggestions($networkId: ID, $municipalityId: ID) {
    schoolPairSuggestions(networkId: $networkId, municipalityId: $municipalityId) {
      strongOrganizationId
      strongOrganizationName
      weakOrganizationId
      weakOrganizationName
      score
      reasons
    }
  }
`);

/** Choices for the pickers: programmes, people, networks (first page, by search). */
export const MatchingProgramsQuery = graphql(`
  query MatchingPrograms($search: String) {
    mentoringPrograms(first: 50, filter: { search: $search }) {
      nodes {
        id
        name
        model
      }
    }
  }
`);

export const MatchingPeopleQuery = graphql(`
  query MatchingPeople($search: String) {
    people(first: 30, filter: { search: $search }) {
      nodes {
        id
        lastName
        firstName
        middleName
      }
    }
  }
`);

export const MatchingNetworksQuery = graphql(`
  query MatchingNetworks {
    networks(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

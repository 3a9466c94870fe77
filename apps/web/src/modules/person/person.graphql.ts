import { graphql } from '@/gql';

export const PersonListQuery = graphql(`
  query PersonList($first: Int!, $offset: Int, $filter: PersonFilter, $orderBy: PersonOrder) {
    people(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        fullName
        subjects
        experienceYears
        isYoungTeacher
        qualificationCategory
        archivedAt
        positions {
          id
          kind
          isMain
          organization {
            id
            name
            shortName
          }
        }
      }
    }
  }
`);

export const PersonQuery = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      id
      lastName
      firstName
      middleName
      fullName
      externalId
      birthDate
      email
      phone
      subjects
      experienceYears
      isYoungTeacher
      qualificationCategory
      qualificationHistory {
        id
        category
        assignedOn
        orderRef
        validUntil
      }
      isMasterTeacher
      illustrative
      archivedAt
      canEdit
      positions {
        id
        kind
        title
        isMain
        startedOn
        endedOn
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

export const CreatePersonMutation = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
    }
  }
`);

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      id
      lastName
      firstName
      middleName
      fullName
      externalId
      birthDate
      email
      phone
      subjects
      experienceYears
      isYoungTeacher
      qualificationCategory
      qualificationHistory {
        id
        category
        assignedOn
        orderRef
        validUntil
      }
      isMasterTeacher
      positions {
        id
        kind
        title
        isMain
        startedOn
        endedOn
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

export const ArchivePersonMutation = graphql(`
  mutation ArchivePerson($id: ID!) {
    archivePerson(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestorePersonMutation = graphql(`
  mutation RestorePerson($id: ID!) {
    restorePerson(id: $id) {
      id
      archivedAt
    }
  }
`);

/** People found by the typed text, for pickers (associations, mentoring). */
export const PersonOptionsQuery = graphql(`
  query PersonOptions($search: String, $first: Int!) {
    people(first: $first, filter: { search: $search }, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        fullName
        positions {
          id
          isMain
          organization {
            id
            name
            shortName
          }
        }
      }
    }
  }
`);

/** The person card's links: their individual routes (ИОМ), as far as the caller may see them. */
export const PersonRoutesQuery = graphql(`
  query PersonRoutes($personId: ID!, $first: Int!) {
    learningRoutes(first: $first, filter: { personId: $personId }) {
      totalCount
      nodes {
        id
        title
        status
        startsOn
        endsOn
      }
    }
  }
`);

/** The person card's links: the mentorships the person takes part in, as far as the caller may see them. */
export const PersonMentorshipsQuery = graphql(`
  query PersonMentorships($personId: ID!, $first: Int!) {
    mentorships(first: $first, filter: { personId: $personId }) {
      totalCount
      nodes {
        id
        status
        startsOn
        endsOn
        mentors {
          id
          fullName
        }
        mentees {
          id
          fullName
        }
        program {
          id
          name
        }
      }
    }
  }
`);

/** The person card's links: whether the person has diagnostic results the caller may see. */
export const PersonResultsQuery = graphql(`
  query PersonResults($personId: ID!) {
    personCompetenceProfile(personId: $personId) {
      personId
      items {
        campaignId
        measuredOn
        level
        competence {
          id
        }
      }
    }
  }
`);

import { graphql } from '@/gql';

export const StagingSiteListQuery = graphql(`
  query StagingSiteList($first: Int!, $offset: Int, $filter: StagingSiteFilter, $orderBy: StagingSiteOrder) {
    stagingSites(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        level
        theme
        startsOn
        endsOn
        state
        illustrative
        archivedAt
        host {
          id
          name
          shortName
          municipalityName
        }
        competences {
          id
          code
          name
        }
      }
    }
  }
`);

export const StagingSiteQuery = graphql(`
  query StagingSite($id: ID!) {
    stagingSite(id: $id) {
      id
      kind
      level
      organizationId
      theme
      description
      startsOn
      endsOn
      orderNumber
      orderDate
      state
      illustrative
      archivedAt
      canEdit
      canEstablish
      host {
        id
        name
        shortName
        municipalityName
      }
      head {
        personId
        isMasterTeacher
        person {
          id
          fullName
          organizationName
        }
      }
      masters {
        personId
        isMasterTeacher
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
      programs {
        id
        title
        minMonths
        maxMonths
        audience
        totalHours
        illustrative
      }
    }
  }
`);

export const StagingCompetenceOptionsQuery = graphql(`
  query StagingCompetenceOptions {
    routeCompetenceOptions {
      id
      code
      name
      frameworkCode
    }
  }
`);

export const StagingMunicipalitiesQuery = graphql(`
  query StagingMunicipalities {
    municipalities {
      id
      name
    }
  }
`);

export const CreateStagingSiteMutation = graphql(`
  mutation CreateStagingSite($input: CreateStagingSiteInput!) {
    createStagingSite(input: $input) {
      id
    }
  }
`);

export const UpdateStagingSiteMutation = graphql(`
  mutation UpdateStagingSite($id: ID!, $input: StagingSiteInput!) {
    updateStagingSite(id: $id, input: $input) {
      id
      theme
      state
    }
  }
`);

export const ArchiveStagingSiteMutation = graphql(`
  mutation ArchiveStagingSite($id: ID!) {
    archiveStagingSite(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreStagingSiteMutation = graphql(`
  mutation RestoreStagingSite($id: ID!) {
    restoreStagingSite(id: $id) {
      id
      archivedAt
    }
  }
`);

export const InternshipProgramQuery = graphql(`
  query InternshipProgram($id: ID!) {
    internshipProgram(id: $id) {
      id
      siteId
      title
      description
      minMonths
      maxMonths
      audience
      maxExperienceYears
      illustrative
      archivedAt
      totalHours
      canEdit
      site {
        id
        theme
        host {
          id
          name
          shortName
        }
      }
      modules {
        id
        position
        title
        description
        hours
        format
        audience
        competences {
          id
          code
          name
        }
      }
      tracks {
        id
        kind
        name
        description
        hours
        modules {
          id
          title
        }
      }
    }
  }
`);

export const CreateInternshipProgramMutation = graphql(`
  mutation CreateInternshipProgram($siteId: ID!, $input: InternshipProgramInput!) {
    createInternshipProgram(siteId: $siteId, input: $input) {
      id
    }
  }
`);

export const UpdateInternshipProgramMutation = graphql(`
  mutation UpdateInternshipProgram($id: ID!, $input: InternshipProgramInput!) {
    updateInternshipProgram(id: $id, input: $input) {
      id
      title
      description
      minMonths
      maxMonths
      audience
      maxExperienceYears
    }
  }
`);

export const AddInternshipModuleMutation = graphql(`
  mutation AddInternshipModule($programId: ID!, $input: InternshipModuleInput!) {
    addInternshipModule(internshipProgramId: $programId, input: $input) {
      id
      totalHours
    }
  }
`);

export const UpdateInternshipModuleMutation = graphql(`
  mutation UpdateInternshipModule($id: ID!, $input: InternshipModuleInput!) {
    updateInternshipModule(moduleId: $id, input: $input) {
      id
      totalHours
    }
  }
`);

export const MoveInternshipModuleMutation = graphql(`
  mutation MoveInternshipModule($id: ID!, $position: Int!) {
    moveInternshipModule(moduleId: $id, position: $position) {
      id
    }
  }
`);

export const ArchiveInternshipModuleMutation = graphql(`
  mutation ArchiveInternshipModule($id: ID!) {
    archiveInternshipModule(moduleId: $id) {
      id
      totalHours
    }
  }
`);

export const CreateInternshipTrackMutation = graphql(`
  mutation CreateInternshipTrack($programId: ID!, $input: InternshipTrackInput!) {
    createInternshipTrack(internshipProgramId: $programId, input: $input) {
      id
    }
  }
`);

export const UpdateInternshipTrackMutation = graphql(`
  mutation UpdateInternshipTrack($id: ID!, $input: InternshipTrackInput!) {
    updateInternshipTrack(trackId: $id, input: $input) {
      id
    }
  }
`);

export const ArchiveInternshipTrackMutation = graphql(`
  mutation ArchiveInternshipTrack($id: ID!) {
    archiveInternshipTrack(trackId: $id) {
      id
    }
  }
`);


/** The cohorts (группы стажёров) of a programme the caller sees (internship domain), linked from the programme page. */
export const ProgramCohortsQuery = graphql(`
  query ProgramCohorts($programId: ID!) {
    internshipCohorts(programId: $programId) {
      id
      title
      startsOn
      endsOn
      capacity
      seated
      waitlisted
    }
  }
`);

import { graphql } from '@/gql';

export const DiagnosticCampaignListQuery = graphql(`
  query DiagnosticCampaignList($first: Int!, $offset: Int, $filter: CampaignFilter, $orderBy: CampaignOrder) {
    diagnosticCampaigns(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        instrumentName
        mode
        status
        scopeKind
        networkName
        municipalityName
        opensOn
        closesOn
        archivedAt
        participantsCount
        selfSubmittedCount
        expertSubmittedCount
        resultsCount
      }
    }
  }
`);


export const DiagnosticCampaignQuery = graphql(`
  query DiagnosticCampaign($id: ID!) {
    diagnosticCampaign(id: $id) {
      ...DiagnosticCampaignFields
    }
  }
`);

export const DiagnosticCampaignFieldsFragment = graphql(`
  fragment DiagnosticCampaignFields on DiagnosticCampaign {
    id
    name
    description
    instrumentId
    instrumentName
    mode
    combineRule
    selfWeight
    scopeKind
    networkId
    networkName
    municipalityId
    municipalityName
    organizationIds
    organizations {
      id
      name
    }
    maxExperienceYears
    subjects
    opensOn
    closesOn
    status
    archivedAt
    participantsCount
    selfSubmittedCount
    expertSubmittedCount
    resultsCount
    canEdit
  }
`);

export const DiagnosticInstrumentOptionsQuery = graphql(`
  query DiagnosticInstrumentOptions {
    diagnosticInstrumentOptions {
      id
      code
      version
      name
      itemsCount
    }
  }
`);

export const CreateDiagnosticCampaignMutation = graphql(`
  mutation CreateDiagnosticCampaign($input: CreateCampaignInput!) {
    createDiagnosticCampaign(input: $input) {
      ...DiagnosticCampaignFields
    }
  }
`);

export const UpdateDiagnosticCampaignMutation = graphql(`
  mutation UpdateDiagnosticCampaign($id: ID!, $input: UpdateCampaignInput!) {
    updateDiagnosticCampaign(id: $id, input: $input) {
      ...DiagnosticCampaignFields
    }
  }
`);

export const OpenDiagnosticCampaignMutation = graphql(`
  mutation OpenDiagnosticCampaign($id: ID!) {
    openDiagnosticCampaign(id: $id) {
      ...DiagnosticCampaignFields
    }
  }
`);

export const CloseDiagnosticCampaignMutation = graphql(`
  mutation CloseDiagnosticCampaign($id: ID!) {
    closeDiagnosticCampaign(id: $id) {
      ...DiagnosticCampaignFields
    }
  }
`);

export const ArchiveDiagnosticCampaignMutation = graphql(`
  mutation ArchiveDiagnosticCampaign($id: ID!) {
    archiveDiagnosticCampaign(id: $id) {
      ...DiagnosticCampaignFields
    }
  }
`);

export const RestoreDiagnosticCampaignMutation = graphql(`
  mutation RestoreDiagnosticCampaign($id: ID!) {
    restoreDiagnosticCampaign(id: $id) {
      ...DiagnosticCampaignFields
    }
  }
`);

export const DiagnosticParticipantsQuery = graphql(`
  query DiagnosticParticipants($campaignId: ID!, $first: Int!, $offset: Int, $orderBy: ParticipantOrder, $filter: ParticipantFilter) {
    diagnosticParticipants(campaignId: $campaignId, first: $first, offset: $offset, orderBy: $orderBy, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        personId
        fullName
        organizationName
        selfStatus
        selfSubmittedAt
        expertStatus
        expertSubmittedAt
      }
    }
  }
`);

export const DiagnosticResultsQuery = graphql(`
  query DiagnosticResults($campaignId: ID!, $first: Int!, $offset: Int, $orderBy: ResultOrder, $filter: ResultFilter) {
    diagnosticResults(campaignId: $campaignId, first: $first, offset: $offset, orderBy: $orderBy, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        participant {
          id
          personId
          fullName
          organizationName
        }
        results {
          competenceId
          competenceCode
          competenceName
          score
          level
          source
          measuredOn
        }
      }
    }
  }
`);

export const DiagnosticResultsTemplateQuery = graphql(`
  query DiagnosticResultsTemplate {
    diagnosticResultsTemplate {
      fileName
      contentBase64
    }
  }
`);

export const ImportDiagnosticResultsMutation = graphql(`
  mutation ImportDiagnosticResults($input: ImportDiagnosticResultsInput!) {
    importDiagnosticResults(input: $input) {
      dryRun
      total
      created
      updated
      participantsAdded
      errors {
        line
        column
        message
      }
    }
  }
`);

export const MyDiagnosticsQuery = graphql(`
  query MyDiagnostics {
    myDiagnostics {
      participantId
      campaignId
      campaignName
      instrumentName
      mode
      opensOn
      closesOn
      selfAssessment
      status
      submittedAt
    }
  }
`);

export const DiagnosticFormFieldsFragment = graphql(`
  fragment DiagnosticFormFields on DiagnosticForm {
    participantId
    role
    campaignId
    campaignName
    instrumentName
    instructions
    opensOn
    closesOn
    personName
    organizationName
    status
    submittedAt
    savedAt
    blockedReason
    items {
      id
      position
      competenceId
      competenceCode
      competenceName
      kind
      text
      scaleMin
      scaleMax
      required
      options {
        key
        label
      }
    }
    answers {
      itemId
      scale
      option
      options
      text
    }
  }
`);

export const DiagnosticFormQuery = graphql(`
  query DiagnosticForm($participantId: ID!, $role: ResponseRole!) {
    diagnosticForm(participantId: $participantId, role: $role) {
      ...DiagnosticFormFields
    }
  }
`);

export const SaveDiagnosticDraftMutation = graphql(`
  mutation SaveDiagnosticDraft($input: DiagnosticAnswersInput!) {
    saveDiagnosticDraft(input: $input) {
      ...DiagnosticFormFields
    }
  }
`);

export const SubmitDiagnosticResponseMutation = graphql(`
  mutation SubmitDiagnosticResponse($input: DiagnosticAnswersInput!) {
    submitDiagnosticResponse(input: $input) {
      ...DiagnosticFormFields
    }
  }
`);

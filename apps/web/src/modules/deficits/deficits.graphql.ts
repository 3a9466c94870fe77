import { graphql } from '@/gql';

export const DeficitOptionsQuery = graphql(`
  query DeficitOptions {
    deficitOptions {
      frameworks {
        id
        code
        version
        name
        areas {
          id
          code
          name
          competences {
            id
            code
            name
          }
        }
      }
      campaigns {
        id
        name
        frameworkId
        status
        closesOn
      }
      municipalities {
        id
        name
      }
      networks {
        id
        name
      }
    }
  }
`);

export const PersonCompetenceProfileQuery = graphql(`
  query PersonCompetenceProfile($personId: ID!, $frameworkId: ID, $campaignId: ID) {
    personCompetenceProfile(personId: $personId, frameworkId: $frameworkId, campaignId: $campaignId) {
      personId
      fullName
      frameworks {
        id
        code
        version
        name
      }
      items {
        frameworkId
        score
        level
        source
        measuredOn
        campaignId
        campaignName
        competence {
          id
          code
          name
          areaId
          areaCode
          areaName
        }
      }
    }
  }
`);

export const DeficitHeatmapQuery = graphql(`
  query DeficitHeatmap($input: DeficitHeatmapInput!) {
    deficitHeatmap(input: $input) {
      level
      framework {
        id
        name
      }
      campaign {
        id
        name
      }
      areas {
        id
        code
        name
        competences {
          id
          code
          name
        }
      }
      rows {
        id
        name
        assessed
      }
      cells {
        rowId
        competenceId
        assessed
        deficits
        proficits
        deficitShare
        proficitShare
        meanScore
      }
    }
  }
`);

export const DeficitHeatmapCellQuery = graphql(`
  query DeficitHeatmapCell($organizationId: ID!, $competenceId: ID!, $campaignId: ID) {
    deficitHeatmapCell(organizationId: $organizationId, competenceId: $competenceId, campaignId: $campaignId) {
      organization {
        id
        name
      }
      competence {
        id
        code
        name
      }
      people {
        personId
        fullName
        score
        level
        source
        measuredOn
      }
    }
  }
`);

export const CampaignComparisonQuery = graphql(`
  query CampaignComparison($input: CampaignComparisonInput!) {
    campaignComparison(input: $input) {
      before {
        id
        name
      }
      after {
        id
        name
      }
      rows {
        code
        name
        areaName
        assessed
        beforeMean
        afterMean
        beforeDeficitShare
        afterDeficitShare
        delta
        beforeLevel
        afterLevel
      }
    }
  }
`);

export const SelfDiagnosisFieldsFragment = graphql(`
  fragment SelfDiagnosisFields on OrganizationSelfDiagnosis {
    id
    organizationId
    conductedOn
    source
    campaignId
    summary
    archivedAt
    canEdit
    framework {
      id
      code
      version
      name
    }
    entries {
      id
      level
      score
      note
      competence {
        id
        code
        name
        areaId
        areaCode
        areaName
      }
    }
  }
`);

export const OrganizationSelfDiagnosesQuery = graphql(`
  query OrganizationSelfDiagnoses($organizationId: ID!, $archived: Boolean) {
    organizationSelfDiagnoses(organizationId: $organizationId, archived: $archived) {
      ...SelfDiagnosisFields
    }
  }
`);

export const CreateSelfDiagnosisMutation = graphql(`
  mutation CreateOrganizationSelfDiagnosis($input: CreateOrganizationSelfDiagnosisInput!) {
    createOrganizationSelfDiagnosis(input: $input) {
      ...SelfDiagnosisFields
    }
  }
`);

export const UpdateSelfDiagnosisMutation = graphql(`
  mutation UpdateOrganizationSelfDiagnosis($id: ID!, $input: UpdateOrganizationSelfDiagnosisInput!) {
    updateOrganizationSelfDiagnosis(id: $id, input: $input) {
      ...SelfDiagnosisFields
    }
  }
`);

export const AggregateSelfDiagnosisMutation = graphql(`
  mutation AggregateOrganizationSelfDiagnosis($organizationId: ID!, $campaignId: ID!) {
    aggregateOrganizationSelfDiagnosis(organizationId: $organizationId, campaignId: $campaignId) {
      ...SelfDiagnosisFields
    }
  }
`);

export const ArchiveSelfDiagnosisMutation = graphql(`
  mutation ArchiveOrganizationSelfDiagnosis($id: ID!) {
    archiveOrganizationSelfDiagnosis(id: $id) {
      ...SelfDiagnosisFields
    }
  }
`);

export const RestoreSelfDiagnosisMutation = graphql(`
  mutation RestoreOrganizationSelfDiagnosis($id: ID!) {
    restoreOrganizationSelfDiagnosis(id: $id) {
      ...SelfDiagnosisFields
    }
  }
`);

import { graphql } from '@/gql';

export const InstrumentListQuery = graphql(`
  query InstrumentList($first: Int!, $offset: Int, $filter: InstrumentFilter, $orderBy: InstrumentOrder) {
    diagnosticInstruments(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        version
        name
        status
        archivedAt
        itemCount
        canManage
        framework {
          id
          code
          version
          name
        }
      }
    }
  }
`);

/** Published frameworks to build instruments on. */
export const PublishedFrameworksQuery = graphql(`
  query PublishedFrameworks {
    competencyFrameworks(first: 100, filter: { status: PUBLISHED }) {
      nodes {
        id
        code
        version
        name
      }
    }
  }
`);

/** The competences of an instrument's framework (choices for items and rules). */
export const FrameworkCompetencesQuery = graphql(`
  query FrameworkCompetences($id: ID!) {
    competencyFramework(id: $id) {
      id
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
  }
`);

export const InstrumentFieldsFragment = graphql(`
  fragment InstrumentFields on DiagnosticInstrument {
    id
    code
    version
    name
    description
    status
    frameworkId
    previousVersionId
    publishedAt
    archivedAt
    canEdit
    canManage
    itemCount
    framework {
      id
      code
      version
      name
    }
    items {
      id
      position
      kind
      text
      scaleMin
      scaleMax
      weight
      options {
        key
        label
        score
      }
      competence {
        id
        code
        name
      }
    }
    scoringRules {
      id
      aggregation
      deficitBelow
      proficitFrom
      competence {
        id
        code
        name
      }
    }
  }
`);

export const InstrumentQuery = graphql(`
  query Instrument($id: ID!) {
    diagnosticInstrument(id: $id) {
      ...InstrumentFields
    }
  }
`);

export const CreateInstrumentMutation = graphql(`
  mutation CreateInstrument($input: CreateInstrumentInput!) {
    createDiagnosticInstrument(input: $input) {
      ...InstrumentFields
    }
  }
`);

export const UpdateInstrumentMutation = graphql(`
  mutation UpdateInstrument($id: ID!, $input: UpdateInstrumentInput!) {
    updateDiagnosticInstrument(id: $id, input: $input) {
      ...InstrumentFields
    }
  }
`);

export const AddItemMutation = graphql(`
  mutation AddDiagnosticItem($id: ID!, $input: ItemInput!) {
    addDiagnosticItem(instrumentId: $id, input: $input) {
      ...InstrumentFields
    }
  }
`);

export const UpdateItemMutation = graphql(`
  mutation UpdateDiagnosticItem($id: ID!, $input: ItemInput!) {
    updateDiagnosticItem(id: $id, input: $input) {
      ...InstrumentFields
    }
  }
`);

export const MoveItemMutation = graphql(`
  mutation MoveDiagnosticItem($id: ID!, $position: Int!) {
    moveDiagnosticItem(id: $id, position: $position) {
      ...InstrumentFields
    }
  }
`);

export const RemoveItemMutation = graphql(`
  mutation RemoveDiagnosticItem($id: ID!) {
    removeDiagnosticItem(id: $id) {
      ...InstrumentFields
    }
  }
`);

export const SetRuleMutation = graphql(`
  mutation SetDiagnosticScoringRule($id: ID!, $input: ScoringRuleInput!) {
    setDiagnosticScoringRule(instrumentId: $id, input: $input) {
      ...InstrumentFields
    }
  }
`);

export const RemoveRuleMutation = graphql(`
  mutation RemoveDiagnosticScoringRule($id: ID!) {
    removeDiagnosticScoringRule(id: $id) {
      ...InstrumentFields
    }
  }
`);

export const PublishInstrumentMutation = graphql(`
  mutation PublishInstrument($id: ID!) {
    publishDiagnosticInstrument(id: $id) {
      ...InstrumentFields
    }
  }
`);

export const NewInstrumentVersionMutation = graphql(`
  mutation NewInstrumentVersion($id: ID!) {
    createDiagnosticInstrumentVersion(id: $id) {
      ...InstrumentFields
    }
  }
`);

export const ArchiveInstrumentMutation = graphql(`
  mutation ArchiveInstrument($id: ID!) {
    archiveDiagnosticInstrument(id: $id) {
      id
      archivedAt
      canEdit
    }
  }
`);

export const RestoreInstrumentMutation = graphql(`
  mutation RestoreInstrument($id: ID!) {
    restoreDiagnosticInstrument(id: $id) {
      id
      archivedAt
      canEdit
    }
  }
`);

export const InstrumentTemplateQuery = graphql(`
  query InstrumentTemplate($frameworkId: ID) {
    diagnosticInstrumentTemplate(frameworkId: $frameworkId) {
      fileName
      contentBase64
    }
  }
`);

export const ImportInstrumentMutation = graphql(`
  mutation ImportInstrument($input: ImportInstrumentInput!) {
    importDiagnosticInstrument(input: $input) {
      dryRun
      items {
        line
        position
        competenceCode
        kind
        text
        scaleMin
        scaleMax
        weight
        options {
          key
          label
          score
        }
      }
      rules {
        line
        competenceCode
        aggregation
        deficitBelow
        proficitFrom
      }
      errors {
        sheet
        line
        column
        message
      }
      instrument {
        id
        code
        version
        name
        status
        itemCount
      }
    }
  }
`);

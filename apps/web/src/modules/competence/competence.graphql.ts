import { graphql } from '@/gql';

export const FrameworkListQuery = graphql(`
  query FrameworkList($first: Int!, $offset: Int, $filter: FrameworkFilter, $orderBy: FrameworkOrder) {
    competencyFrameworks(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
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
        publishedAt
        archivedAt
        competenceCount
        canManage
      }
    }
  }
`);

export const FrameworkTreeFragment = graphql(`
  fragment FrameworkTree on CompetencyFramework {
    id
    code
    version
    name
    description
    status
    previousVersionId
    publishedAt
    archivedAt
    canEdit
    canManage
    competenceCount
    areas {
      id
      code
      name
      position
      competences {
        id
        areaId
        code
        name
        description
        position
        indicators {
          id
          code
          name
          position
        }
      }
    }
  }
`);

export const FrameworkQuery = graphql(`
  query Framework($id: ID!) {
    competencyFramework(id: $id) {
      ...FrameworkTree
    }
  }
`);

export const CreateFrameworkMutation = graphql(`
  mutation CreateFramework($input: CreateFrameworkInput!) {
    createCompetencyFramework(input: $input) {
      ...FrameworkTree
    }
  }
`);

export const UpdateFrameworkMutation = graphql(`
  mutation UpdateFramework($id: ID!, $input: UpdateFrameworkInput!) {
    updateCompetencyFramework(id: $id, input: $input) {
      ...FrameworkTree
    }
  }
`);

export const PublishFrameworkMutation = graphql(`
  mutation PublishFramework($id: ID!) {
    publishCompetencyFramework(id: $id) {
      ...FrameworkTree
    }
  }
`);

export const NewFrameworkVersionMutation = graphql(`
  mutation NewFrameworkVersion($id: ID!) {
    createCompetencyFrameworkVersion(id: $id) {
      ...FrameworkTree
    }
  }
`);

export const ArchiveFrameworkMutation = graphql(`
  mutation ArchiveFramework($id: ID!) {
    archiveCompetencyFramework(id: $id) {
      id
      archivedAt
      canEdit
    }
  }
`);

export const RestoreFrameworkMutation = graphql(`
  mutation RestoreFramework($id: ID!) {
    restoreCompetencyFramework(id: $id) {
      id
      archivedAt
      canEdit
    }
  }
`);

export const AddAreaMutation = graphql(`
  mutation AddCompetenceArea($id: ID!, $input: AreaInput!) {
    addCompetenceArea(frameworkId: $id, input: $input) {
      ...FrameworkTree
    }
  }
`);

export const UpdateAreaMutation = graphql(`
  mutation UpdateCompetenceArea($id: ID!, $input: AreaInput!) {
    updateCompetenceArea(id: $id, input: $input) {
      ...FrameworkTree
    }
  }
`);

export const RemoveAreaMutation = graphql(`
  mutation RemoveCompetenceArea($id: ID!) {
    removeCompetenceArea(id: $id) {
      ...FrameworkTree
    }
  }
`);

export const AddCompetenceMutation = graphql(`
  mutation AddCompetence($id: ID!, $input: CompetenceInput!) {
    addCompetence(areaId: $id, input: $input) {
      ...FrameworkTree
    }
  }
`);

export const UpdateCompetenceMutation = graphql(`
  mutation UpdateCompetence($id: ID!, $input: CompetenceInput!) {
    updateCompetence(id: $id, input: $input) {
      ...FrameworkTree
    }
  }
`);

export const RemoveCompetenceMutation = graphql(`
  mutation RemoveCompetence($id: ID!) {
    removeCompetence(id: $id) {
      ...FrameworkTree
    }
  }
`);

export const AddIndicatorMutation = graphql(`
  mutation AddCompetenceIndicator($id: ID!, $input: IndicatorInput!) {
    addCompetenceIndicator(competenceId: $id, input: $input) {
      ...FrameworkTree
    }
  }
`);

export const UpdateIndicatorMutation = graphql(`
  mutation UpdateCompetenceIndicator($id: ID!, $input: IndicatorInput!) {
    updateCompetenceIndicator(id: $id, input: $input) {
      ...FrameworkTree
    }
  }
`);

export const RemoveIndicatorMutation = graphql(`
  mutation RemoveCompetenceIndicator($id: ID!) {
    removeCompetenceIndicator(id: $id) {
      ...FrameworkTree
    }
  }
`);

export const FrameworkCaseQuery = graphql(`
  query FrameworkCase($id: ID!) {
    competencyFrameworkCase(id: $id) {
      fileName
      json
    }
  }
`);

export const ImportFrameworkCaseMutation = graphql(`
  mutation ImportFrameworkCase($input: ImportCaseInput!) {
    importCompetencyFrameworkCase(input: $input) {
      dryRun
      code
      name
      areas
      competences
      indicators
      framework {
        id
      }
    }
  }
`);

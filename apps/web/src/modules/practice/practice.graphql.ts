import { graphql } from '@/gql';

export const PracticeListQuery = graphql(`
  query PracticeList($first: Int!, $offset: Int, $filter: PracticeFilter, $orderBy: PracticeOrder, $search: String) {
    practices(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        state
        tags
        illustrative
        archivedAt
        updatedAt
        publishedAt
        snippet(search: $search)
        organization {
          id
          shortName
          name
          municipalityName
        }
        network {
          id
          title
        }
      }
    }
  }
`);

export const PracticePageQuery = graphql(`
  query PracticePage($id: ID!) {
    practice(id: $id) {
      id
      title
      organizationId
      networkId
      problem
      solutions
      mechanisms
      products
      result
      tags
      state
      returnReason
      submittedAt
      publishedAt
      illustrative
      archivedAt
      canEdit
      canReview
      organization {
        id
        name
        shortName
        municipalityName
      }
      network {
        id
        title
      }
      authors {
        personId
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
      attachments {
        id
        title
        url
        fileName
        fileSize
      }
      methodologicalProducts {
        id
        kind
        title
        year
      }
    }
  }
`);


export const CreatePracticeMutation = graphql(`
  mutation CreatePractice($input: CreatePracticeInput!) {
    createPractice(input: $input) {
      id
    }
  }
`);

export const UpdatePracticeMutation = graphql(`
  mutation UpdatePractice($id: ID!, $input: UpdatePracticeInput!) {
    updatePractice(id: $id, input: $input) {
      id
      title
      updatedAt
    }
  }
`);

export const SubmitPracticeMutation = graphql(`
  mutation SubmitPractice($id: ID!, $networkId: ID) {
    submitPractice(id: $id, networkId: $networkId) {
      id
      state
      returnReason
      canEdit
      canReview
      networkId
    }
  }
`);

export const PublishPracticeMutation = graphql(`
  mutation PublishPractice($id: ID!) {
    publishPractice(id: $id) {
      id
      state
      publishedAt
      canReview
    }
  }
`);

export const ReturnPracticeMutation = graphql(`
  mutation ReturnPractice($id: ID!, $reason: String!) {
    returnPractice(id: $id, input: { reason: $reason }) {
      id
      state
      returnReason
      canReview
    }
  }
`);

export const WithdrawPracticeMutation = graphql(`
  mutation WithdrawPractice($id: ID!) {
    withdrawPractice(id: $id) {
      id
      state
      publishedAt
    }
  }
`);

export const ArchivePracticeMutation = graphql(`
  mutation ArchivePractice($id: ID!) {
    archivePractice(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestorePracticeMutation = graphql(`
  mutation RestorePractice($id: ID!) {
    restorePractice(id: $id) {
      id
      archivedAt
    }
  }
`);

export const AddPracticeAttachmentMutation = graphql(`
  mutation AddPracticeAttachment($id: ID!, $input: AttachmentInput!) {
    addPracticeAttachment(practiceId: $id, input: $input) {
      id
      attachments {
        id
        title
        url
        fileName
        fileSize
      }
    }
  }
`);

export const RemovePracticeAttachmentMutation = graphql(`
  mutation RemovePracticeAttachment($attachmentId: ID!) {
    removePracticeAttachment(attachmentId: $attachmentId) {
      id
      attachments {
        id
      }
    }
  }
`);

export const PracticeAttachmentFileQuery = graphql(`
  query PracticeAttachmentFile($attachmentId: ID!) {
    practiceAttachmentFile(attachmentId: $attachmentId) {
      fileName
      fileType
      contentBase64
    }
  }
`);

export const PracticeNetworkOptionsQuery = graphql(`
  query PracticeNetworkOptions {
    networks(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const ProductListQuery = graphql(`
  query ProductList($first: Int!, $offset: Int, $filter: ProductFilter, $orderBy: ProductOrder) {
    methodologicalProducts(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        title
        year
        illustrative
        archivedAt
        organization {
          id
          shortName
          name
        }
        practice {
          id
          title
        }
      }
    }
  }
`);

export const ProductPageQuery = graphql(`
  query ProductPage($id: ID!) {
    methodologicalProduct(id: $id) {
      id
      kind
      title
      description
      year
      publishedOn
      organizationId
      practiceId
      routeId
      routeStepId
      url
      fileName
      fileSize
      illustrative
      archivedAt
      canEdit
      organization {
        id
        name
        shortName
      }
      practice {
        id
        title
      }
      route {
        id
        title
      }
      routeStep {
        id
        title
      }
      authors {
        personId
        person {
          id
          fullName
        }
      }
    }
  }
`);

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createMethodologicalProduct(input: $input) {
      id
    }
  }
`);

export const UpdateProductMutation = graphql(`
  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateMethodologicalProduct(id: $id, input: $input) {
      id
      title
    }
  }
`);

export const ArchiveProductMutation = graphql(`
  mutation ArchiveProduct($id: ID!) {
    archiveMethodologicalProduct(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreProductMutation = graphql(`
  mutation RestoreProduct($id: ID!) {
    restoreMethodologicalProduct(id: $id) {
      id
      archivedAt
    }
  }
`);

/** Routes (ИОМ) a product may be linked to: those the caller reads, found by title or owner; an author's first. */
export const ProductRouteOptionsQuery = graphql(`
  query ProductRouteOptions($first: Int!, $filter: RoutesFilter) {
    learningRoutes(first: $first, filter: $filter) {
      nodes {
        id
        title
        person {
          id
          fullName
        }
      }
    }
  }
`);

/** The steps of the chosen route. */
export const ProductRouteStepsQuery = graphql(`
  query ProductRouteSteps($id: ID!) {
    learningRoute(id: $id) {
      id
      steps {
        id
        position
        title
      }
    }
  }
`);

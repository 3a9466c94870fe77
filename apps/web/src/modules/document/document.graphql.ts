import { graphql } from '@/gql';

export const DocumentListQuery = graphql(`
  query DocumentList($first: Int!, $offset: Int, $filter: DocumentFilter, $orderBy: DocumentOrder) {
    documents(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        level
        kind
        number
        issuedOn
        title
        validity
        tags
        illustrative
        archivedAt
        taskCount
        owner {
          id
          kind
          name
        }
      }
    }
  }
`);

export const DocumentPageQuery = graphql(`
  query DocumentPage($id: ID!) {
    document(id: $id) {
      id
      level
      kind
      number
      issuedOn
      title
      issuer
      regionId
      municipalityId
      organizationId
      validFrom
      validUntil
      validity
      url
      fileName
      fileType
      fileSize
      sourceNote
      tags
      illustrative
      archivedAt
      canEdit
      owner {
        id
        kind
        name
      }
      replacedBy {
        id
        kind
        number
        issuedOn
        title
      }
      tasks {
        id
        position
        number
        text
        dueOn
        responsibleText
        status
        state
        doneOn
        result
        illustrative
        responsible {
          id
          fullName
        }
      }
    }
  }
`);

export const DocumentFileQuery = graphql(`
  query DocumentFile($documentId: ID!) {
    documentFile(documentId: $documentId) {
      fileName
      fileType
      contentBase64
    }
  }
`);

export const DocumentTaskListQuery = graphql(`
  query DocumentTaskList($first: Int!, $offset: Int, $filter: DocumentTaskFilter, $orderBy: DocumentTaskOrder) {
    documentTasks(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        number
        text
        dueOn
        responsibleText
        state
        doneOn
        responsible {
          id
          fullName
        }
        document {
          id
          kind
          number
          issuedOn
          title
          owner {
            id
            kind
            name
          }
        }
      }
    }
  }
`);


export const CreateDocumentMutation = graphql(`
  mutation CreateDocument($input: CreateDocumentInput!) {
    createDocument(input: $input) {
      id
    }
  }
`);

export const UpdateDocumentMutation = graphql(`
  mutation UpdateDocument($id: ID!, $input: UpdateDocumentInput!) {
    updateDocument(id: $id, input: $input) {
      id
      number
      issuedOn
      title
      issuer
      validFrom
      validUntil
      validity
      url
      sourceNote
    }
  }
`);

export const ArchiveDocumentMutation = graphql(`
  mutation ArchiveDocument($id: ID!) {
    archiveDocument(id: $id) {
      id
      archivedAt
    }
  }
`);

export const RestoreDocumentMutation = graphql(`
  mutation RestoreDocument($id: ID!) {
    restoreDocument(id: $id) {
      id
      archivedAt
    }
  }
`);

export const AttachDocumentFileMutation = graphql(`
  mutation AttachDocumentFile($documentId: ID!, $input: DocumentFileInput!) {
    attachDocumentFile(documentId: $documentId, input: $input) {
      id
      fileName
      fileType
      fileSize
    }
  }
`);

export const RemoveDocumentFileMutation = graphql(`
  mutation RemoveDocumentFile($documentId: ID!) {
    removeDocumentFile(documentId: $documentId) {
      id
      fileName
      fileType
      fileSize
    }
  }
`);


export const CreateDocumentTaskMutation = graphql(`
  mutation CreateDocumentTask($documentId: ID!, $input: DocumentTaskInput!) {
    createDocumentTask(documentId: $documentId, input: $input) {
      id
      documentId
    }
  }
`);

export const UpdateDocumentTaskMutation = graphql(`
  mutation UpdateDocumentTask($taskId: ID!, $input: DocumentTaskInput!) {
    updateDocumentTask(taskId: $taskId, input: $input) {
      id
      number
      text
      dueOn
      responsibleText
      state
      result
      responsible {
        id
        fullName
      }
    }
  }
`);

export const SetDocumentTaskStatusMutation = graphql(`
  mutation SetDocumentTaskStatus($taskId: ID!, $input: DocumentTaskStatusInput!) {
    setDocumentTaskStatus(taskId: $taskId, input: $input) {
      id
      status
      state
      doneOn
      result
    }
  }
`);

export const ArchiveDocumentTaskMutation = graphql(`
  mutation ArchiveDocumentTask($taskId: ID!) {
    archiveDocumentTask(taskId: $taskId) {
      id
      documentId
      archivedAt
    }
  }
`);

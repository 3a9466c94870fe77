import { graphql } from '@/gql';

export const JobQuery = graphql(`
  query Job($id: ID!) {
    job(id: $id) {
      id
      kind
      title
      state
      progress
      error
      fileName
      fileSize
      downloadUrl
      createdAt
      finishedAt
    }
  }
`);

export const MyJobsQuery = graphql(`
  query MyJobs($kinds: [String!], $first: Int!) {
    myJobs(kinds: $kinds, first: $first) {
      id
      kind
      title
      state
      progress
      error
      fileName
      fileSize
      downloadUrl
      createdAt
      finishedAt
    }
  }
`);

export const ExportListPdfMutation = graphql(`
  mutation ExportListPdf($input: ListPdfInput!) {
    exportListPdf(input: $input) {
      id
      kind
      title
      state
      progress
      error
      fileName
      fileSize
      downloadUrl
      createdAt
      finishedAt
    }
  }
`);

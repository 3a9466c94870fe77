import { graphql } from '@/gql';

/** What every view of a background job shows: its state and progress, the file it made, when it ran. */
export const JobFieldsFragment = graphql(`
  fragment JobFields on Job {
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
`);

export const JobQuery = graphql(`
  query Job($id: ID!) {
    job(id: $id) {
      ...JobFields
    }
  }
`);

export const MyJobsQuery = graphql(`
  query MyJobs($kinds: [String!], $first: Int!) {
    myJobs(kinds: $kinds, first: $first) {
      ...JobFields
    }
  }
`);

export const ExportListPdfMutation = graphql(`
  mutation ExportListPdf($input: ListPdfInput!) {
    exportListPdf(input: $input) {
      ...JobFields
    }
  }
`);

import { graphql } from '@/gql';

export const OrderReportMutation = graphql(`
  mutation OrderReport($input: OrderReportInput!) {
    orderReport(input: $input) {
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

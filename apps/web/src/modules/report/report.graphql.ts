import { graphql } from '@/gql';

export const OrderReportMutation = graphql(`
  mutation OrderReport($input: OrderReportInput!) {
    orderReport(input: $input) {
      ...JobFields
    }
  }
`);

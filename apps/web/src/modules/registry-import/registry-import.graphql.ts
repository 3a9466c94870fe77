import { graphql } from '@/gql';

export const ImportRegistryMutation = graphql(`
  mutation ImportRegistry($input: ImportRegistryInput!) {
    importRegistry(input: $input) {
      dryRun
      total
      created
      updated
      unchanged
      errors {
        line
        column
        message
      }
    }
  }
`);

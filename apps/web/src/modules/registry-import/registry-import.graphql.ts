import { graphql } from '@/gql';

export const ImportRegistryMutation = graphql(`
  mutation ImportRegistry($input: ImportRegistryInput!) {
    importRegistry(input: $input) {
      kind
      dryRun
      total
      created
      updated
      unchanged
      key
      errors {
        line
        column
        message
      }
    }
  }
`);

export const RegistryImportTemplateQuery = graphql(`
  query RegistryImportTemplate($kind: RegistryImportKind!) {
    registryImportTemplate(kind: $kind) {
      fileName
      contentBase64
    }
  }
`);

import { graphql } from '@/gql';

export const ImportReportFields = graphql(`
  fragment ImportReportFields on RegistryImport {
    kind
    dryRun
    total
    created
    updated
    unchanged
    refused
    key
    errors {
      line
      column
      message
    }
  }
`);

/** A check or an import; the refused rows file is not asked for (it is built only on request). */
export const ImportRegistryMutation = graphql(`
  mutation ImportRegistry($input: ImportRegistryInput!) {
    importRegistry(input: $input) {
      ...ImportReportFields
    }
  }
`);

/** The same, with the refused rows as an XLSX: the import of the correct rows and the «download» button. */
export const ImportRegistryRefusedMutation = graphql(`
  mutation ImportRegistryRefused($input: ImportRegistryInput!) {
    importRegistry(input: $input) {
      ...ImportReportFields
      refusedRows {
        fileName
        contentBase64
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

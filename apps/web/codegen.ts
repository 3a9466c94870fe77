import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed GraphQL documents for the SPA from the API's emitted schema (run from the repository root). */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.vue', '!apps/web/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;

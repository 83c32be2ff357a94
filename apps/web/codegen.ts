// Paths are from the repository root (npm run build:web runs it there).
// Typed GraphQL documents for the web app, generated from the API's schema.gql (the same file the server writes), so
// a renamed or removed field fails the web build instead of a user's page.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
    },
  },
  silent: !process.env.DEBUG,
};

export default config;

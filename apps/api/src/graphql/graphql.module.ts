import { join } from 'node:path';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig } from '@app/config';
import { MetricsService } from '@app/metrics';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin.js';
import { createErrorFormatter } from './format-error.js';
import { aliasLimit, depthLimit, fieldCountLimit } from './query-limits.js';

/** Outside production the schema is written to schema.gql at the repository root so reviewers can read the API. */
const SCHEMA_FILE = join(process.cwd(), 'schema.gql');

@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [AppConfig, MetricsService],
      useFactory: (config: AppConfig, metrics: MetricsService) => ({
        path: '/graphql',
        autoSchemaFile: config.isProduction ? true : SCHEMA_FILE,
        sortSchema: true,
        introspection: config.introspection,
        graphiql: !config.isProduction,
        csrfPrevention: true,
        includeStacktraceInErrorResponses: config.GRAPHQL_DEBUG,
        formatError: createErrorFormatter(config.GRAPHQL_DEBUG),
        validationRules: [depthLimit(config.GRAPHQL_MAX_DEPTH), aliasLimit(config.GRAPHQL_MAX_ALIASES), fieldCountLimit(500)],
        // No response is cached by HTTP caches (answers depend on the caller), so the cache-control plugin Apollo installs
        // by default would only add a hook to every resolved field.
        plugins: [graphqlMetricsPlugin(metrics), ApolloServerPluginCacheControlDisabled()],
        context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
      }),
    }),
  ],
})
export class AppGraphQLModule {}

import type { ApolloServerPlugin } from '@apollo/server';
import type { MetricsService } from '@app/metrics';
import { knownOperationLabels, operationLabel } from './operation-label.js';

const TYPES = new Set(['query', 'mutation', 'subscription']);

/**
 * Counts and times every operation by the root field it selects (see operationLabel): labels come only from the schema
 * and a fixed set, never from the client's operation name, so no caller can add series.
 */
export function graphqlMetricsPlugin(metrics: MetricsService): ApolloServerPlugin {
  let known: ReadonlySet<string> = new Set();
  return {
    async serverWillStart({ schema }) {
      known = knownOperationLabels(schema);
    },
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, document, errors }) {
          const name = operationLabel(known, operation, document);
          const type = operation && TYPES.has(operation.operation) ? operation.operation : 'unknown';
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.durations.observe({ operation: name, type }, seconds);
          metrics.operations.inc({ operation: name, type, outcome: errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}

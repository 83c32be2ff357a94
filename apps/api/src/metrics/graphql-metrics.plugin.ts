import type { ApolloServerPlugin } from '@apollo/server';
import type { MetricsService } from '@app/metrics';

/** Counts and times every operation by its name (anonymous ones as `anonymous`), and logs it without variables. */
export function graphqlMetricsPlugin(metrics: MetricsService): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const name = operationName ?? 'anonymous';
          const type = operation?.operation ?? 'unknown';
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.durations.observe({ operation: name, type }, seconds);
          metrics.operations.inc({ operation: name, type, outcome: errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}

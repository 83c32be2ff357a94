import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** One Prometheus registry per process (not the global one, so tests can build several apps). */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  /** `operation` is a root field of the schema or a fixed label, never a client's operation name (bounded series). */
  readonly operations = new Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by root field (or multiple / other), type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly durations = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operation duration by root field (or multiple / other) and type',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}

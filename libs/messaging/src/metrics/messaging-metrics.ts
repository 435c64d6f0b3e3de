import { Counter, Gauge, Histogram, register } from 'prom-client';

function counter(name: string, help: string, labelNames: string[]): Counter {
  return (register.getSingleMetric(name) as Counter) ?? new Counter({ name, help, labelNames });
}

/** Shared by every service: what was consumed (and how it ended) and what the outbox published. */
export const messagingMetrics = {
  eventsConsumed: counter(
    'waystation_events_consumed_total',
    'Events taken from Kafka by outcome: processed, duplicate (inbox hit), skipped (no handler), dead-lettered',
    ['type', 'outcome'],
  ),
  eventsPublished: counter('waystation_outbox_published_total', 'Outbox events published to Kafka', ['type']),
  outboxQuarantined:
    (register.getSingleMetric('waystation_outbox_quarantined_rows') as Gauge) ??
    new Gauge({
      name: 'waystation_outbox_quarantined_rows',
      help: 'Outbox rows Kafka refused for good, waiting in outbox_quarantine for a person (as the relay leader last counted)',
    }),
  rowsPurged: counter('waystation_messaging_rows_purged_total', 'Outbox and inbox rows deleted after their retention', ['table']),
  publishDelay:
    (register.getSingleMetric('waystation_outbox_publish_delay_seconds') as Histogram) ??
    new Histogram({
      name: 'waystation_outbox_publish_delay_seconds',
      help: 'From the event being written to its publication',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
    }),
};

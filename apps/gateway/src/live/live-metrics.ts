import { Gauge, register } from 'prom-client';

const OPEN_STREAMS = 'waystation_gateway_live_streams_open';

/** What the live hub of this replica holds. */
export const liveMetrics = {
  openStreams:
    (register.getSingleMetric(OPEN_STREAMS) as Gauge) ??
    new Gauge({ name: OPEN_STREAMS, help: 'Open GET /api/v1/me/events streams on this gateway replica' }),
};

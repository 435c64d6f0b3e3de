import { collectDefaultMetrics, register } from 'prom-client';

let collecting = false;

/** Process metrics (CPU, heap, event loop lag), registered once per process even when several apps share it. */
export function collectProcessMetrics(serviceName: string): void {
  if (collecting) return;
  collecting = true;
  register.setDefaultLabels({ service: serviceName });
  collectDefaultMetrics();
}

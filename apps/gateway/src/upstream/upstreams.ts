import { OnApplicationShutdown } from '@nestjs/common';
import { GatewayConfig } from '../config/gateway.config';
import { ServiceClient } from './service-client';

/** The services behind the gateway, one client each. */
export class Upstreams implements OnApplicationShutdown {
  readonly stations: ServiceClient;
  readonly reports: ServiceClient;
  readonly points: ServiceClient;
  readonly notifications: ServiceClient;

  constructor(config: GatewayConfig) {
    this.stations = new ServiceClient('stations', config.STATIONS_SERVICE_URL, config.UPSTREAM_TIMEOUT_MS);
    this.reports = new ServiceClient('reports', config.REPORTS_SERVICE_URL, config.UPSTREAM_TIMEOUT_MS);
    this.points = new ServiceClient('points', config.POINTS_SERVICE_URL, config.UPSTREAM_TIMEOUT_MS);
    this.notifications = new ServiceClient('notifications', config.NOTIFICATIONS_SERVICE_URL, config.UPSTREAM_TIMEOUT_MS);
  }

  all(): ServiceClient[] {
    return [this.stations, this.reports, this.points, this.notifications];
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.all().map((client) => client.close()));
  }
}

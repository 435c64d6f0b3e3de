import { Injectable, OnModuleInit } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { HealthRoutes } from '@waystation/http-api';
import { ReadinessRegistry } from '@waystation/platform';
import { Upstreams } from './upstreams';

/** The gateway is ready when every service behind it is (each of them checks its PostgreSQL and Kafka). */
@Injectable()
export class UpstreamReadiness implements OnModuleInit {
  constructor(
    private readonly registry: ReadinessRegistry,
    private readonly indicator: HealthIndicatorService,
    private readonly upstreams: Upstreams,
  ) {}

  onModuleInit(): void {
    for (const client of this.upstreams.all()) {
      this.registry.add(async () => {
        const check = this.indicator.check(client.serviceName);
        try {
          await client.call(HealthRoutes.ready, { correlationId: 'readiness' });
          return check.up();
        } catch (error) {
          return check.down({ message: (error as Error).message });
        }
      });
    }
  }
}

import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { Counter, register } from 'prom-client';
import { ReadinessRegistry } from './readiness-registry';

const READINESS_REQUESTS = 'waystation_readiness_requests_total';

/** Counts readiness requests this process answered, so a caller's fan-out can be seen on the service side. */
const readinessRequests =
  (register.getSingleMetric(READINESS_REQUESTS) as Counter | undefined) ??
  new Counter({ name: READINESS_REQUESTS, help: 'Readiness requests answered (each runs or reuses the dependency checks)' });

/** Runs every registered dependency check (each cached for a few seconds) and tells the result. */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly health: HealthCheckService,
    private readonly registry: ReadinessRegistry,
  ) {}

  async check(): Promise<HealthCheckResult> {
    readinessRequests.inc();
    try {
      return await this.health.check(this.registry.all());
    } catch (error) {
      if (error instanceof ServiceUnavailableException) return error.getResponse() as HealthCheckResult;
      throw error;
    }
  }
}

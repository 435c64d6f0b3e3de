import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ZodValidationPipe } from 'nestjs-zod';
import { HealthController } from './health/health.controller';
import { PublicHealthController } from './health/public-health.controller';
import { ReadinessRegistry } from './health/readiness-registry';
import { ReadinessService } from './health/readiness.service';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { LoggingModule } from './logging/logging.module';
import { collectProcessMetrics } from './metrics/default-metrics';
import { MetricsController } from './metrics/metrics.controller';

export interface PlatformOptions {
  serviceName: string;
  logLevel: string;
  /**
   * `internal` (services): health with details and `/metrics` on the app's own port. `public` (the gateway):
   * health answers its status alone, and details and metrics are served by createManagementApp on another port.
   */
  exposure?: 'internal' | 'public';
}

/** What every Waystation process has: JSON logs, problem+json errors, validated input, health and metrics. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    collectProcessMetrics(options.serviceName);
    return {
      module: PlatformModule,
      imports: [LoggingModule.forRoot({ serviceName: options.serviceName, level: options.logLevel }), TerminusModule],
      controllers: options.exposure === 'public' ? [PublicHealthController] : [HealthController, MetricsController],
      providers: [
        ReadinessRegistry,
        ReadinessService,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
      ],
      exports: [ReadinessRegistry, ReadinessService],
    };
  }
}

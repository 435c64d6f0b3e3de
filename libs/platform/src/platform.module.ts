import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ZodValidationPipe } from 'nestjs-zod';
import { HealthController } from './health/health.controller';
import { ReadinessRegistry } from './health/readiness-registry';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { LoggingModule } from './logging/logging.module';
import { collectProcessMetrics } from './metrics/default-metrics';
import { MetricsController } from './metrics/metrics.controller';

export interface PlatformOptions {
  serviceName: string;
  logLevel: string;
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
      controllers: [HealthController, MetricsController],
      providers: [
        ReadinessRegistry,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
      ],
      exports: [ReadinessRegistry],
    };
  }
}

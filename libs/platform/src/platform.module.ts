import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ZodValidationPipe } from 'nestjs-zod';
import { CallerTokenVerifier, CallerTokenOptions } from './auth/caller-token-verifier';
import { VerifiedCallerGuard } from './auth/verified-caller.guard';
import { HealthController } from './health/health.controller';
import { PublicHealthController } from './health/public-health.controller';
import { ReadinessRegistry } from './health/readiness-registry';
import { ReadinessService } from './health/readiness.service';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { LoggingModule } from './logging/logging.module';
import { collectProcessMetrics } from './metrics/default-metrics';
import { MetricsController } from './metrics/metrics.controller';

/**
 * `internal` (services): health with details and `/metrics` on the app's own port, and every other route needs
 * the gateway's access token, verified with `callerTokens`. `public` (the gateway): health answers its status
 * alone, details and metrics are served by createManagementApp on another port, and the gateway guards itself.
 */
export type PlatformOptions = { serviceName: string; logLevel: string } & (
  { exposure: 'public' } | { exposure?: 'internal'; callerTokens: CallerTokenOptions }
);

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
        ...(options.exposure === 'public'
          ? []
          : [
              { provide: CallerTokenVerifier, useValue: new CallerTokenVerifier(options.callerTokens) },
              { provide: APP_GUARD, useClass: VerifiedCallerGuard },
            ]),
        ReadinessRegistry,
        ReadinessService,
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
      ],
      exports: [ReadinessRegistry, ReadinessService],
    };
  }
}

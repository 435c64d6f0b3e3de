import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { Logger } from 'nestjs-pino';
import { HealthController } from '../health/health.controller';
import { ReadinessService } from '../health/readiness.service';
import { MetricsController } from '../metrics/metrics.controller';

/**
 * The management side of a public app (the gateway): `/metrics` and health with every dependency's details, for
 * probes and Prometheus on a port that is not published. It answers from the same readiness checks as `app`.
 */
export async function createManagementApp(app: INestApplication): Promise<INestApplication> {
  @Module({
    imports: [TerminusModule],
    controllers: [HealthController, MetricsController],
    providers: [{ provide: ReadinessService, useValue: app.get(ReadinessService) }],
  })
  class ManagementModule {}

  const management = await NestFactory.create(ManagementModule, { bufferLogs: true });
  management.useLogger(app.get(Logger));
  management.enableShutdownHooks();
  return management;
}

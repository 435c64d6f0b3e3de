import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { MessagingModule, messagingMigrations } from '@waystation/messaging';
import { DatabaseModule, databaseConnectionOptions, kafkaSaslCredentials, PlatformModule } from '@waystation/platform';
import { AccountsModule } from './accounts/accounts.module';
import { ApiIndexController } from './api-index/api-index.controller';
import { AreasController } from './areas/areas.controller';
import { GatewayConfig } from './config/gateway.config';
import { gatewayMigrations } from './migrations';
import { IdentityGuard } from './identity/identity.guard';
import { MyNotificationsController } from './notifications/my-notifications.controller';
import { MyPointsController } from './points/my-points.controller';
import { ReportsController } from './reports/reports.controller';
import { StationsController } from './stations/stations.controller';
import { UpstreamReadiness } from './upstream/upstream-readiness';
import { Upstreams } from './upstream/upstreams';
import { SERVICE_NAME } from './service-name';

@Module({})
export class AppModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ serviceName: SERVICE_NAME, logLevel: config.LOG_LEVEL, exposure: 'public' }),
        TerminusModule,
        DatabaseModule.forRoot({
          ...databaseConnectionOptions(config.GATEWAY_DATABASE_URL, config),
          migrations: [...messagingMigrations, ...gatewayMigrations],
        }),
        MessagingModule.forRoot({ serviceName: SERVICE_NAME, brokers: config.KAFKA_BROKERS, sasl: kafkaSaslCredentials(config) }),
        AccountsModule,
      ],
      controllers: [
        ApiIndexController,
        StationsController,
        AreasController,
        ReportsController,
        MyPointsController,
        MyNotificationsController,
      ],
      providers: [
        // Every route needs a caller; @Public() is the only way out.
        { provide: APP_GUARD, useClass: IdentityGuard },
        { provide: Upstreams, useFactory: () => new Upstreams(config) },
        UpstreamReadiness,
      ],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { PlatformModule } from '@waystation/platform';
import { ApiIndexController } from './api-index/api-index.controller';
import { GatewayConfig } from './config/gateway.config';
import { IdentityGuard } from './identity/identity.guard';
import { MyNotificationsController } from './notifications/my-notifications.controller';
import { MyPointsController } from './points/my-points.controller';
import { ReportsController } from './reports/reports.controller';
import { StationServiceTypesController } from './stations/station-service-types.controller';
import { StationsController } from './stations/stations.controller';
import { UpstreamReadiness } from './upstream/upstream-readiness';
import { Upstreams } from './upstream/upstreams';
import { SERVICE_NAME } from './service-name';

@Module({})
export class AppModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forRoot({ serviceName: SERVICE_NAME, logLevel: config.LOG_LEVEL, exposure: 'public' }), TerminusModule],
      controllers: [
        ApiIndexController,
        StationsController,
        StationServiceTypesController,
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

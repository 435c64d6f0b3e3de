import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { PlatformModule } from '@waystation/platform';
import { ApiIndexController } from './api-index/api-index.controller';
import { MyCheckInController } from './check-ins/my-check-in.controller';
import { StationCheckInsController } from './check-ins/station-check-ins.controller';
import { GatewayConfig } from './config/gateway.config';
import { IdentityGuard } from './identity/identity.guard';
import { MyNotificationsController } from './notifications/my-notifications.controller';
import { MyPointsController } from './points/my-points.controller';
import { ReportsController } from './reports/reports.controller';
import { MySessionSignUpsController } from './sessions/my-session-sign-ups.controller';
import { SessionsController } from './sessions/sessions.controller';
import { StationSessionsController } from './sessions/station-sessions.controller';
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
        StationCheckInsController,
        StationSessionsController,
        SessionsController,
        ReportsController,
        MyPointsController,
        MyNotificationsController,
        MyCheckInController,
        MySessionSignUpsController,
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

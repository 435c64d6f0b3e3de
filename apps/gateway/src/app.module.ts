import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { STATION_IMPORT_MAX_BYTES } from '@waystation/http-api';
import { MessagingModule, messagingMigrations } from '@waystation/messaging';
import { csvBody, DatabaseModule, databaseConnectionOptions, kafkaSaslCredentials, PlatformModule } from '@waystation/platform';
import { AccountsModule } from './accounts/accounts.module';
import { ApiIndexController } from './api-index/api-index.controller';
import { AreasController } from './areas/areas.controller';
import { MyCheckInController } from './check-ins/my-check-in.controller';
import { StationCheckInsController } from './check-ins/station-check-ins.controller';
import { GatewayConfig } from './config/gateway.config';
import { gatewayMigrations } from './migrations';
import { IdentityGuard } from './identity/identity.guard';
import { DepartmentFiguresController } from './departments/department-figures.controller';
import { MyHomeController } from './home/my-home.controller';
import { DepartmentsController } from './departments/departments.controller';
import { DispatchController } from './departments/dispatch.controller';
import { IdentityModule } from './identity/identity.module';
import { MeModule } from './me/me.module';
import { MyNotificationsController } from './notifications/my-notifications.controller';
import { LiveStreams } from './live/live-streams';
import { MyLiveEventsController } from './live/my-live-events.controller';
import { NotificationWakeUps } from './live/notification-wake-ups';
import { OidcModule } from './oidc/oidc.module';
import { CommunityBudgetsController } from './points/community-budgets.controller';
import { EarningRulesController } from './points/earning-rules.controller';
import { MyPointsController } from './points/my-points.controller';
import { PointAdjustmentsController } from './points/point-adjustments.controller';
import { PointsStandingsController } from './points/points-standings.controller';
import { MyRedemptionsController } from './rewards/my-redemptions.controller';
import { RedemptionsController } from './rewards/redemptions.controller';
import { RewardsController } from './rewards/rewards.controller';
import { PhoneSignInModule } from './phone-sign-in/phone-sign-in.module';
import { RateLimitsModule } from './rate-limits/rate-limits.module';
import { ReportCategoriesController } from './reports/report-categories.controller';
import { ReportReviewController } from './reports/report-review.controller';
import { Open311Controller } from './open311/open311.controller';
import { Open311DiscoveryController } from './open311/open311-discovery.controller';
import { Open311Settings } from './open311/open311-settings';
import { Open311ClientsModule } from './open311-clients/open311-clients.module';
import { PublicReportsController } from './report-slas/public-reports.controller';
import { ReportSlasController } from './report-slas/report-slas.controller';
import { ReportPhotosController } from './reports/report-photos.controller';
import { ReportsController } from './reports/reports.controller';
import { StaffModule } from './staff/staff.module';
import { StationServiceTypesController } from './stations/station-service-types.controller';
import { AcceptanceController } from './stations/acceptance.controller';
import { StationImportController } from './stations/station-import.controller';
import { StationLifecycleController } from './stations/station-lifecycle.controller';
import { StationProgressController } from './stations/station-progress.controller';
import { MySessionSignUpsController } from './sessions/my-session-sign-ups.controller';
import { SessionsController } from './sessions/sessions.controller';
import { StationSessionsController } from './sessions/station-sessions.controller';
import { StationsController } from './stations/stations.controller';
import { UpstreamReadiness } from './upstream/upstream-readiness';
import { Upstreams } from './upstream/upstreams';
import { SERVICE_NAME } from './service-name';

import { WebhooksController } from './webhooks/webhooks.controller';
@Module({})
export class AppModule implements NestModule {
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
        IdentityModule.forRoot(config),
        RateLimitsModule.forRoot(config),
        PhoneSignInModule.forRoot(config),
        StaffModule.forRoot(config),
        OidcModule.forRoot(config),
        MeModule,
        Open311ClientsModule,
      ],
      controllers: [
        ApiIndexController,
        MyHomeController,
        StationImportController,
        StationsController,
        StationServiceTypesController,
        StationLifecycleController,
        AcceptanceController,
        StationProgressController,
        AreasController,
        ReportsController,
        ReportCategoriesController,
        ReportReviewController,
        ReportSlasController,
        PublicReportsController,
        Open311Controller,
        Open311DiscoveryController,
        ReportPhotosController,
        DepartmentsController,
        DepartmentFiguresController,
        DispatchController,
        MyPointsController,
        EarningRulesController,
        CommunityBudgetsController,
        PointAdjustmentsController,
        PointsStandingsController,
        RewardsController,
        RedemptionsController,
        MyRedemptionsController,
        MyNotificationsController,
        MyLiveEventsController,
        StationCheckInsController,
        StationSessionsController,
        SessionsController,
        MyCheckInController,
        MySessionSignUpsController,
        WebhooksController,
      ],
      providers: [
        // Every route needs a caller; @Public() is the only way out.
        { provide: APP_GUARD, useClass: IdentityGuard },
        { provide: Upstreams, useFactory: () => new Upstreams(config) },
        { provide: Open311Settings, useValue: new Open311Settings(config.OPEN311_JURISDICTION_ID) },
        UpstreamReadiness,
        LiveStreams,
        NotificationWakeUps,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(csvBody(STATION_IMPORT_MAX_BYTES)).forRoutes({ path: 'api/v1/stations/import', method: RequestMethod.POST });
  }
}

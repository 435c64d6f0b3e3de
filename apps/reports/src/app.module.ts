import { DynamicModule, Module } from '@nestjs/common';
import { ConsumerGroups, Subscriptions } from '@waystation/contracts';
import { MessagingModule, messagingMigrations } from '@waystation/messaging';
import { callerTokenOptions, DatabaseModule, databaseConnectionOptions, kafkaSaslCredentials, PlatformModule } from '@waystation/platform';
import { ReportsConfig } from './config/reports.config';
import { departmentUpdateSubscriptions } from './department-updates/department-update-topics';
import { DepartmentUpdatesModule } from './department-updates/department-updates.module';
import { DepartmentsModule } from './departments/departments.module';
import { DispatchModule } from './dispatch/dispatch.module';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { FeedbackModule } from './feedback/feedback.module';
import { LifecycleModule } from './lifecycle/lifecycle.module';
import { reportsMigrations } from './migrations';
import { Open311Module } from './open311/open311.module';
import { PublicFeedModule } from './public-feed/public-feed.module';
import { PhotoSettings } from './photos/photo-settings';
import { PhotosModule } from './photos/photos.module';
import { ReportPhotosModule } from './photos/report-photos.module';
import { ReportsModule } from './reports/reports.module';
import { ReviewModule } from './review/review.module';
import { RoutingModule } from './routing/routing.module';
import { SERVICE_NAME } from './service-name';
import { SlaModule } from './sla/sla.module';
import { parseWorkingSpans } from './sla/working-calendar';

@Module({})
export class AppModule {
  static forRoot(config: ReportsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ serviceName: SERVICE_NAME, logLevel: config.LOG_LEVEL, callerTokens: callerTokenOptions(config) }),
        DatabaseModule.forRoot({
          ...databaseConnectionOptions(config.REPORTS_DATABASE_URL, config),
          migrations: [...messagingMigrations, ...reportsMigrations],
        }),
        MessagingModule.forRoot({
          serviceName: SERVICE_NAME,
          brokers: config.KAFKA_BROKERS,
          sasl: kafkaSaslCredentials(config),
          consumer: {
            groupId: ConsumerGroups.reports,
            topics: Subscriptions.reports,
            plainTopics: departmentUpdateSubscriptions(),
            commitIntervalMs: config.REPORTS_COMMIT_INTERVAL_MS,
            handlerTimeoutMs: config.EVENT_HANDLER_TIMEOUT_MS,
          },
        }),
        LifecycleModule.forRoot({
          duplicateDistanceMetres: config.REPORTS_DUPLICATE_DISTANCE_METRES,
          duplicateWindowHours: config.REPORTS_DUPLICATE_WINDOW_HOURS,
          feedbackWindowDays: config.REPORTS_FEEDBACK_WINDOW_DAYS,
        }),
        PhotosModule.forRoot(PhotoSettings.of(config)),
        ReportsModule.forRoot({
          dailyLimit: config.REPORTS_DAILY_LIMIT,
          timeZone: config.REPORTS_TIME_ZONE,
          capturedAtMaxAgeHours: config.REPORTS_CAPTURED_AT_MAX_AGE_HOURS,
        }),
        ReviewModule,
        ReportPhotosModule,
        DuplicatesModule,
        FeedbackModule,
        DepartmentsModule,
        RoutingModule,
        DispatchModule,
        DepartmentUpdatesModule,
        SlaModule.forRoot({
          calendar: {
            timeZone: config.REPORTS_TIME_ZONE,
            workingWeekdays: config.REPORTS_WORKING_DAYS,
            workingSpans: parseWorkingSpans(config.REPORTS_WORKING_HOURS) ?? [],
            holidays: config.REPORTS_HOLIDAYS ?? [],
            extraWorkingDays: config.REPORTS_EXTRA_WORKING_DAYS ?? [],
          },
          overdueIntervalMs: config.REPORTS_OVERDUE_INTERVAL_MS,
        }),
        PublicFeedModule.forRoot({ timeZone: config.REPORTS_TIME_ZONE }),
        Open311Module,
      ],
    };
  }
}

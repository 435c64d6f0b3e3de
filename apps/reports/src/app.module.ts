import { DynamicModule, Module } from '@nestjs/common';
import { MessagingModule, messagingMigrations } from '@waystation/messaging';
import { callerTokenOptions, DatabaseModule, databaseConnectionOptions, kafkaSaslCredentials, PlatformModule } from '@waystation/platform';
import { ReportsConfig } from './config/reports.config';
import { reportsMigrations } from './migrations';
import { PublicFeedModule } from './public-feed/public-feed.module';
import { ReportsModule } from './reports/reports.module';
import { ReviewModule } from './review/review.module';
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
        MessagingModule.forRoot({ serviceName: SERVICE_NAME, brokers: config.KAFKA_BROKERS, sasl: kafkaSaslCredentials(config) }),
        ReportsModule,
        ReviewModule,
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
      ],
    };
  }
}

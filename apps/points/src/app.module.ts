import { DynamicModule, Module } from '@nestjs/common';
import { ConsumerGroups, Subscriptions } from '@waystation/contracts';
import { MessagingModule, messagingMigrations } from '@waystation/messaging';
import { callerTokenOptions, DatabaseModule, databaseConnectionOptions, kafkaSaslCredentials, PlatformModule } from '@waystation/platform';
import { AccountsModule } from './accounts/accounts.module';
import { AdministrationModule } from './administration/administration.module';
import { CalendarModule } from './calendar/calendar.module';
import { PointsConfig } from './config/points.config';
import { EarningModule } from './earning/earning.module';
import { ExpiryModule } from './expiry/expiry.module';
import { StandingsModule } from './standings/standings.module';
import { pointsMigrations } from './migrations';
import { RedemptionsModule } from './redemptions/redemptions.module';
import { RewardsModule } from './rewards/rewards.module';
import { SERVICE_NAME } from './service-name';

@Module({})
export class AppModule {
  static forRoot(config: PointsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ serviceName: SERVICE_NAME, logLevel: config.LOG_LEVEL, callerTokens: callerTokenOptions(config) }),
        DatabaseModule.forRoot({
          ...databaseConnectionOptions(config.POINTS_DATABASE_URL, config),
          migrations: [...messagingMigrations, ...pointsMigrations],
        }),
        MessagingModule.forRoot({
          serviceName: SERVICE_NAME,
          brokers: config.KAFKA_BROKERS,
          sasl: kafkaSaslCredentials(config),
          consumer: {
            groupId: ConsumerGroups.points,
            topics: Subscriptions.points,
            commitIntervalMs: config.POINTS_COMMIT_INTERVAL_MS,
            handlerTimeoutMs: config.EVENT_HANDLER_TIMEOUT_MS,
          },
        }),
        CalendarModule.forRoot(config.POINTS_TIME_ZONE),
        AccountsModule,
        EarningModule,
        AdministrationModule,
        StandingsModule,
        ExpiryModule.forRoot({
          expireAfterMonths: config.POINTS_EXPIRE_AFTER_MONTHS,
          warningDays: config.POINTS_EXPIRY_WARNING_DAYS,
          intervalMs: config.POINTS_EXPIRY_INTERVAL_MS,
        }),
        RewardsModule,
        RedemptionsModule.forRoot({
          collectWithinMs: config.POINTS_REDEMPTION_COLLECT_HOURS * 3_600_000,
          expiryIntervalMs: config.POINTS_REDEMPTION_EXPIRY_INTERVAL_MS,
        }),
      ],
    };
  }
}

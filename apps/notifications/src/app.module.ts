import { DynamicModule, Module } from '@nestjs/common';
import { ConsumerGroups, Subscriptions } from '@waystation/contracts';
import { MessagingModule, messagingMigrations } from '@waystation/messaging';
import { callerTokenOptions, DatabaseModule, databaseConnectionOptions, kafkaSaslCredentials, PlatformModule } from '@waystation/platform';
import { AccountsModule } from './accounts/accounts.module';
import { NotificationsConfig } from './config/notifications.config';
import { notificationsMigrations } from './migrations';
import { NotificationsModule } from './notifications/notifications.module';
import { DepartmentEventsModule } from './department-events/department-events.module';
import { SERVICE_NAME } from './service-name';
import { StaffAlertsModule } from './staff-alerts/staff-alerts.module';

@Module({})
export class AppModule {
  static forRoot(config: NotificationsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ serviceName: SERVICE_NAME, logLevel: config.LOG_LEVEL, callerTokens: callerTokenOptions(config) }),
        DatabaseModule.forRoot({
          ...databaseConnectionOptions(config.NOTIFICATIONS_DATABASE_URL, config),
          migrations: [...messagingMigrations, ...notificationsMigrations(config)],
        }),
        MessagingModule.forRoot({
          serviceName: SERVICE_NAME,
          brokers: config.KAFKA_BROKERS,
          sasl: kafkaSaslCredentials(config),
          consumer: {
            groupId: ConsumerGroups.notifications,
            topics: Subscriptions.notifications,
            commitIntervalMs: config.NOTIFICATIONS_COMMIT_INTERVAL_MS,
            handlerTimeoutMs: config.EVENT_HANDLER_TIMEOUT_MS,
          },
        }),
        NotificationsModule,
        AccountsModule,
        StaffAlertsModule,
        DepartmentEventsModule.forRoot({
          intervalMs: config.NOTIFICATIONS_WEBHOOK_INTERVAL_MS,
          timeoutMs: config.NOTIFICATIONS_WEBHOOK_TIMEOUT_MS,
          allowLoopback: config.NOTIFICATIONS_WEBHOOK_ALLOW_LOOPBACK,
          secretKey: config.NOTIFICATIONS_WEBHOOK_SECRET_KEY,
        }),
      ],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { MessagingModule, messagingMigrations } from '@waystation/messaging';
import { callerTokenOptions, DatabaseModule, databaseConnectionOptions, kafkaSaslCredentials, PlatformModule } from '@waystation/platform';
import { ReportsConfig } from './config/reports.config';
import { reportsMigrations } from './migrations';
import { PhotoSettings } from './photos/photo-settings';
import { PhotosModule } from './photos/photos.module';
import { ReportPhotosModule } from './photos/report-photos.module';
import { ReportsModule } from './reports/reports.module';
import { ReviewModule } from './review/review.module';
import { SERVICE_NAME } from './service-name';

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
        PhotosModule.forRoot(PhotoSettings.of(config)),
        ReportsModule,
        ReviewModule,
        ReportPhotosModule,
      ],
    };
  }
}

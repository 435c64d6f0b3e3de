import { DynamicModule, Module } from '@nestjs/common';
import { MessagingModule, messagingMigrations } from '@waystation/messaging';
import { callerTokenOptions, DatabaseModule, databaseConnectionOptions, kafkaSaslCredentials, PlatformModule } from '@waystation/platform';
import { AcceptanceModule } from './acceptance/acceptance.module';
import { CheckInsModule } from './check-ins/check-ins.module';
import { StationsConfig } from './config/stations.config';
import { StationImportModule } from './import/station-import.module';
import { stationsMigrations } from './migrations';
import { ProgressModule } from './progress/progress.module';
import { SERVICE_NAME } from './service-name';
import { AreasModule } from './areas/areas.module';
import { SessionsModule } from './sessions/sessions.module';
import { StationsModule } from './stations/stations.module';

@Module({})
export class AppModule {
  static forRoot(config: StationsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ serviceName: SERVICE_NAME, logLevel: config.LOG_LEVEL, callerTokens: callerTokenOptions(config) }),
        DatabaseModule.forRoot({
          ...databaseConnectionOptions(config.STATIONS_DATABASE_URL, config),
          migrations: [...messagingMigrations, ...stationsMigrations],
        }),
        MessagingModule.forRoot({ serviceName: SERVICE_NAME, brokers: config.KAFKA_BROKERS, sasl: kafkaSaslCredentials(config) }),
        AreasModule,
        StationsModule.forRoot({ timeZone: config.STATIONS_TIME_ZONE }),
        AcceptanceModule,
        ProgressModule,
        StationImportModule,
        CheckInsModule.forRoot({
          secret: config.STATIONS_CHECK_IN_SECRET,
          codeWindowSeconds: config.STATIONS_CHECK_IN_CODE_WINDOW_SECONDS,
          radiusMeters: config.STATIONS_CHECK_IN_RADIUS_METERS,
          timeLimitMinutes: config.STATIONS_CHECK_IN_TIME_LIMIT_MINUTES,
          autoCheckOutIntervalMs: config.STATIONS_AUTO_CHECK_OUT_INTERVAL_MS,
          timeZone: config.STATIONS_TIME_ZONE,
        }),
        SessionsModule,
      ],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { MessagingModule, messagingMigrations } from '@waystation/messaging';
import { DatabaseModule, databaseConnectionOptions, kafkaSaslCredentials, PlatformModule } from '@waystation/platform';
import { StationsConfig } from './config/stations.config';
import { stationsMigrations } from './migrations';
import { SERVICE_NAME } from './service-name';
import { StationsModule } from './stations/stations.module';

@Module({})
export class AppModule {
  static forRoot(config: StationsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ serviceName: SERVICE_NAME, logLevel: config.LOG_LEVEL }),
        DatabaseModule.forRoot({
          ...databaseConnectionOptions(config.STATIONS_DATABASE_URL, config),
          migrations: [...messagingMigrations, ...stationsMigrations],
        }),
        MessagingModule.forRoot({ serviceName: SERVICE_NAME, brokers: config.KAFKA_BROKERS, sasl: kafkaSaslCredentials(config) }),
        StationsModule.forRoot({ timeZone: config.STATIONS_TIME_ZONE }),
      ],
    };
  }
}

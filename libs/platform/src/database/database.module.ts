import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ReadinessRegistry } from '../health/readiness-registry';
import type { DatabaseConnectionOptions } from './database-connection-options';
import { type DatabaseOptions, postgresDataSourceOptions } from './postgres-data-source-options';
import { runPendingMigrations } from './run-migrations';

/** The service's connection options, for code that opens a connection of its own (`postgresClientConfig`). */
export const DATABASE_CONNECTION_OPTIONS = Symbol('DATABASE_CONNECTION_OPTIONS');

@Module({ imports: [TerminusModule] })
class DatabaseReadiness implements OnModuleInit {
  constructor(
    private readonly registry: ReadinessRegistry,
    private readonly typeOrm: TypeOrmHealthIndicator,
  ) {}

  onModuleInit(): void {
    this.registry.add(() => this.typeOrm.pingCheck('database', { timeout: 2_000 }));
  }
}

async function migratedDataSource(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = await new DataSource(options).initialize();
  try {
    await runPendingMigrations(dataSource);
  } catch (error) {
    // TypeORM's module tries again with a new data source: this one's pool must not be left open.
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
  return dataSource;
}

/** The service's own PostgreSQL database; its schema changes only by migrations, applied at start. */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    const { migrations: _migrations, ...connection } = options;
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...postgresDataSourceOptions(options), autoLoadEntities: true }),
          // Called with what useFactory returned, completed with the entities autoLoadEntities collected.
          dataSourceFactory: (dataSourceOptions) => migratedDataSource(dataSourceOptions ?? postgresDataSourceOptions(options)),
        }),
        DatabaseReadiness,
      ],
      providers: [{ provide: DATABASE_CONNECTION_OPTIONS, useValue: connection satisfies DatabaseConnectionOptions }],
      exports: [DATABASE_CONNECTION_OPTIONS],
    };
  }
}

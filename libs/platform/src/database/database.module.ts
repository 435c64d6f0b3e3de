import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSourceOptions } from 'typeorm';
import { ReadinessRegistry } from '../health/readiness-registry';

export interface DatabaseOptions {
  url: string;
  /** Migration classes in the order they run: the messaging tables first, then the service's own. */
  migrations: DataSourceOptions['migrations'];
}

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

/** The service's own PostgreSQL database; its schema changes only by migrations, applied at start. */
@Module({})
export class DatabaseModule {
  static forRoot({ url, migrations }: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url,
          autoLoadEntities: true,
          migrations,
          migrationsRun: true,
          migrationsTransactionMode: 'each',
          synchronize: false,
          extra: { max: 20 },
        }),
        DatabaseReadiness,
      ],
    };
  }
}

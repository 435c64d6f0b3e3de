import { DynamicModule, Module, OnModuleInit } from '@nestjs/common';
import { TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSourceOptions } from 'typeorm';
import { ReadinessRegistry } from '../health/readiness-registry';

const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

export interface DatabaseOptions {
  url: string;
  /** Statements fail (SQLSTATE 55P03) rather than wait longer than this for a lock. */
  lockTimeoutMs: number;
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
  static forRoot({ url, lockTimeoutMs, migrations }: DatabaseOptions): DynamicModule {
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
          // Sent as startup parameters, so they cost no statement per transaction. A transaction left open by a
          // hung client is ended by the server, with its locks.
          extra: { max: 20, lock_timeout: lockTimeoutMs, idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS },
        }),
        DatabaseReadiness,
      ],
    };
  }
}

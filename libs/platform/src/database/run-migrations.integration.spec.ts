import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createScratchDatabase, databaseUrl, queryDatabase } from '@waystation/testing';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { databaseEnvSchema } from '../config/env-fields';
import { PlatformModule } from '../platform.module';
import { DatabaseModule } from './database.module';
import { databaseConnectionOptions } from './database-connection-options';
import { runMigrations } from './run-migrations';

const REPLICAS = 6;

/** A migration whose second run fails (CREATE TABLE without IF NOT EXISTS), as a service's own migrations do. */
function createTableMigration(timestamp: number, table: string): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = `Create${table}${timestamp}`;

    async up(db: QueryRunner): Promise<void> {
      await db.query(`CREATE TABLE ${table} (id uuid PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now())`);
    }

    async down(db: QueryRunner): Promise<void> {
      await db.query(`DROP TABLE ${table}`);
    }
  };
}

const migrations = [
  createTableMigration(1764400000000, 'Notes'),
  createTableMigration(1764400000001, 'Tags'),
  createTableMigration(1764400000002, 'Votes'),
];
const MIGRATION_NAMES = migrations.map((migration) => new migration().name).sort();

function migrationOptions(database: string) {
  return { ...databaseConnectionOptions(databaseUrl(database), databaseEnvSchema.parse({})), migrations };
}

async function appliedMigrations(database: string): Promise<string[]> {
  const rows = await queryDatabase<{ name: string }>(database, 'SELECT name FROM migrations ORDER BY name');
  return rows.map((row) => row.name);
}

describe(runMigrations.name, () => {
  it(`lets ${REPLICAS} replicas migrate one empty database at once: all succeed, each migration applied once`, async () => {
    const database = await createScratchDatabase('migrations_race');

    const results = await Promise.allSettled(Array.from({ length: REPLICAS }, () => runMigrations(migrationOptions(database))));

    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    const appliedByRun = results.flatMap((result) => (result.status === 'fulfilled' ? result.value : []));
    expect(appliedByRun.sort()).toEqual(MIGRATION_NAMES);
    expect(await appliedMigrations(database)).toEqual(MIGRATION_NAMES);
    console.log(`${REPLICAS} concurrent runs applied ${appliedByRun.length} migrations in all (${MIGRATION_NAMES.length} exist)`);
  });
});

describe(DatabaseModule.name, () => {
  const contexts: INestApplicationContext[] = [];

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
  });

  it(`starts ${REPLICAS} apps on one empty database at once, migrating it once and without a retry`, async () => {
    const database = await createScratchDatabase('migrations_start');
    const errors: unknown[] = [];
    const logger = { log: () => undefined, warn: () => undefined, error: (message: unknown) => errors.push(message) };
    const start = async () => {
      const context = await NestFactory.createApplicationContext(
        {
          module: class ReplicaModule {},
          imports: [
            // An application context serves no HTTP: its caller tokens are never checked.
            PlatformModule.forRoot({ serviceName: 'migrations-spec', logLevel: 'silent', exposure: 'public' }),
            DatabaseModule.forRoot(migrationOptions(database)),
          ],
        },
        { logger, abortOnError: false },
      );
      contexts.push(context);
    };

    await Promise.all(Array.from({ length: REPLICAS }, start));

    expect(contexts).toHaveLength(REPLICAS);
    expect(await appliedMigrations(database)).toEqual(MIGRATION_NAMES);
    // TypeORM's module hides a failed start behind a logged retry; no replica may have needed one.
    expect(errors).toEqual([]);
  });
});

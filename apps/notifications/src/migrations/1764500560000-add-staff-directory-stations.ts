import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which stations each station manager runs (their `scopes.stations`), so a redemption to hand over reaches the
 * managers of the station that holds its stock. Accounts registered or changed before this learn their stations
 * at their next account.updated.
 */
export class AddStaffDirectoryStations1764500560000 implements MigrationInterface {
  name = 'AddStaffDirectoryStations1764500560000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE staff_directory ADD COLUMN stations text[] NOT NULL DEFAULT '{}'`);
    await db.query(`CREATE INDEX staff_directory_stations ON staff_directory USING gin (stations)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE staff_directory DROP COLUMN stations`);
  }
}

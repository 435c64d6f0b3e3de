import { MigrationInterface, QueryRunner } from 'typeorm';

/** The district a station counts in for targets and progress, until the city map derives it from the location. */
export class AddStationDistrictCode1764500300001 implements MigrationInterface {
  name = 'AddStationDistrictCode1764500300001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE stations ADD COLUMN district_code text CHECK (district_code ~ '^[0-9]{6}$')`);
    await db.query(`CREATE INDEX stations_district_status ON stations (district_code, status)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE stations DROP COLUMN district_code`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** The number of stations each district is to have in a year, as the city office sets it. */
export class CreateDistrictTargets1764500300003 implements MigrationInterface {
  name = 'CreateDistrictTargets1764500300003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE district_targets (
        district_code text NOT NULL CHECK (district_code ~ '^[0-9]{6}$'),
        year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        planned_count integer NOT NULL CHECK (planned_count >= 0),
        set_by text NOT NULL,
        set_at timestamptz NOT NULL,
        PRIMARY KEY (district_code, year)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE district_targets`);
  }
}

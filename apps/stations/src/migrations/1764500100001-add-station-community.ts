import { MigrationInterface, QueryRunner } from 'typeorm';

/** The community a station belongs to: derived from its location at registration, or named by the city office. */
export class AddStationCommunity1764500100001 implements MigrationInterface {
  name = 'AddStationCommunity1764500100001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE stations ADD COLUMN community_code text REFERENCES areas (code)`);
    await db.query(`CREATE INDEX stations_community ON stations (community_code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE stations DROP COLUMN community_code`);
  }
}

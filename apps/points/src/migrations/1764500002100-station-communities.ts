import { MigrationInterface, QueryRunner } from 'typeorm';

/** Which community each station stands in, projected from station.created: the figures count redemptions by it. */
export class StationCommunities1764500002100 implements MigrationInterface {
  name = 'StationCommunities1764500002100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE station_communities (station_id uuid PRIMARY KEY, community_code text NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE station_communities`);
  }
}

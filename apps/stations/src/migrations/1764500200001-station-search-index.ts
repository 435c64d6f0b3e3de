import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The nearby search reads only this index for every station in the radius's box: the position is its key, and
 * every column the search filters on rides along (INCLUDE), so PostgreSQL answers with an index-only scan and
 * reads the table for the page's rows alone. Stations in a box lie scattered over the table's pages (they are
 * stored in registration order), so without it a city-centre search at national scale reads a page per station.
 */
export class StationSearchIndex1764500200001 implements MigrationInterface {
  name = 'StationSearchIndex1764500200001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX stations_search ON stations USING gist (position)
        INCLUDE (id, status, capacity, amenities, services, week_open_minutes, exception_windows, exception_open)`);
    await db.query(`DROP INDEX stations_position`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX stations_position ON stations USING gist (position)`);
    await db.query(`DROP INDEX stations_search`);
  }
}

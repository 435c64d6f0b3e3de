import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports' own copy of the city map, from stations' `area.upserted`: each area as of its latest event
 * (`upserted_at`), the bounding box indexed with GiST to find the candidates for a point, as stations does.
 */
export class CreateReportAreas1764400003002 implements MigrationInterface {
  name = 'CreateReportAreas1764400003002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE report_areas (
        code text PRIMARY KEY,
        level text NOT NULL,
        parent_code text,
        name_zh text NOT NULL,
        name_en text NOT NULL,
        boundary jsonb NOT NULL,
        min_lng double precision NOT NULL,
        min_lat double precision NOT NULL,
        max_lng double precision NOT NULL,
        max_lat double precision NOT NULL,
        bounds box GENERATED ALWAYS AS (box(point(min_lng, min_lat), point(max_lng, max_lat))) STORED,
        upserted_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX report_areas_bounds ON report_areas USING gist (bounds)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE report_areas`);
  }
}

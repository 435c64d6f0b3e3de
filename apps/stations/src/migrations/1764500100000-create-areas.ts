import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The city map: districts, streets and communities with their GeoJSON boundaries. Without PostGIS the boundary
 * is jsonb, tested point-in-polygon in the service; the bounding box, indexed with GiST, narrows the candidates.
 */
export class CreateAreas1764500100000 implements MigrationInterface {
  name = 'CreateAreas1764500100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE areas (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
        level text NOT NULL CHECK (level IN ('district', 'street', 'community')),
        parent_code text REFERENCES areas (code),
        name_zh text NOT NULL,
        name_en text NOT NULL,
        boundary jsonb NOT NULL,
        min_lng double precision NOT NULL,
        min_lat double precision NOT NULL,
        max_lng double precision NOT NULL,
        max_lat double precision NOT NULL,
        bounds box GENERATED ALWAYS AS (box(point(min_lng, min_lat), point(max_lng, max_lat))) STORED,
        demo boolean NOT NULL,
        fingerprint text NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((level = 'district') = (parent_code IS NULL))
      )`);
    await db.query(`CREATE INDEX areas_bounds ON areas USING gist (bounds)`);
    await db.query(`CREATE INDEX areas_parent ON areas (parent_code, code)`);
    await db.query(`CREATE INDEX areas_level ON areas (level, code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE areas`);
  }
}

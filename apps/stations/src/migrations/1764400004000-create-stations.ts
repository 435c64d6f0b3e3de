import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateStations1764400004000 implements MigrationInterface {
  name = 'CreateStations1764400004000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE stations (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        district text NOT NULL,
        address text NOT NULL,
        lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
        lng double precision NOT NULL CHECK (lng BETWEEN -180 AND 180),
        position point GENERATED ALWAYS AS (point(lng, lat)) STORED,
        amenities text[] NOT NULL DEFAULT '{}',
        opening_hours text,
        status text NOT NULL CHECK (status IN ('planned', 'open', 'closed', 'suspended')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A GiST index answers "inside this box" without PostGIS, which keeps nearby search fast with hundreds of
    // thousands of stations; exact distances are computed on the few rows inside the box.
    await db.query(`CREATE INDEX stations_position ON stations USING gist (position)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE stations`);
  }
}

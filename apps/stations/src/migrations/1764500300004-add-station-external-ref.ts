import { MigrationInterface, QueryRunner } from 'typeorm';

/** The city's own key of an imported station and a digest of its row: importing the same file again changes nothing. */
export class AddStationExternalRef1764500300004 implements MigrationInterface {
  name = 'AddStationExternalRef1764500300004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE stations ADD COLUMN external_ref text, ADD COLUMN import_fingerprint text`);
    await db.query(`CREATE UNIQUE INDEX stations_external_ref ON stations (external_ref) WHERE external_ref IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE stations DROP COLUMN import_fingerprint, DROP COLUMN external_ref`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** The lifecycle's statuses replace the first draft's: an `open` station is an `operating` one. */
export class StationLifecycleStatuses1764500000000 implements MigrationInterface {
  name = 'StationLifecycleStatuses1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE stations DROP CONSTRAINT stations_status_check`);
    await db.query(`UPDATE stations SET status = 'operating' WHERE status = 'open'`);
    await db.query(
      `ALTER TABLE stations ADD CONSTRAINT stations_status_check CHECK (status IN ('planned', 'under-construction', 'built', 'accepted', 'operating', 'suspended', 'closed'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE stations DROP CONSTRAINT stations_status_check`);
    await db.query(`UPDATE stations SET status = 'open' WHERE status = 'operating'`);
    await db.query(`UPDATE stations SET status = 'planned' WHERE status IN ('under-construction', 'built', 'accepted')`);
    await db.query(
      `ALTER TABLE stations ADD CONSTRAINT stations_status_check CHECK (status IN ('planned', 'open', 'closed', 'suspended'))`,
    );
  }
}

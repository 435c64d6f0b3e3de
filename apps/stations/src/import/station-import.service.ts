import { Injectable } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { createHash } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { StationRegistry } from '../stations/station-registry.service';
import { Station } from '../stations/station.entity';
import { CsvRowError, CsvStationRow, readStationCsv } from './station-csv';
import { StationImportInvalidError, StationImportNotAllowedError } from './station-import-errors';

export interface ImportedStation {
  row: number;
  externalRef: string;
  stationId: string;
  outcome: 'created' | 'unchanged';
}

/** Imports run one at a time, so two uploads of one file cannot both find a row new. */
const IMPORT_LOCK = 'stations-import';

const fingerprintOf = ({ station }: CsvStationRow) => createHash('sha256').update(JSON.stringify(station)).digest('base64url');

/**
 * Imports a city's stations from CSV, all or nothing: every row must be valid, and a row whose externalRef is
 * in the registry already must carry the same values (then it is left as it is); the new stations, their
 * history entries and their `station.created` events commit in one transaction.
 */
@Injectable()
export class StationImport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: StationRegistry,
  ) {}

  async importCsv(actor: Actor, csv: string, correlationId: string): Promise<ImportedStation[]> {
    if (actor.role !== 'admin') throw new StationImportNotAllowedError(actor.role);
    const file = readStationCsv(csv);
    if (file.kind === 'invalid') throw new StationImportInvalidError(file.errors);
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [IMPORT_LOCK]);
      const existing = await manager.getRepository(Station).find({
        where: { externalRef: In(file.rows.map((row) => row.station.externalRef)) },
      });
      const byRef = new Map(existing.map((station) => [station.externalRef, station]));
      const conflicts: CsvRowError[] = [];
      const imported: ImportedStation[] = [];
      const created: Station[] = [];
      for (const row of file.rows) {
        const fingerprint = fingerprintOf(row);
        const earlier = byRef.get(row.station.externalRef);
        if (earlier && earlier.importFingerprint !== fingerprint) {
          conflicts.push({
            row: row.row,
            column: 'externalRef',
            message: `station ${earlier.id} was imported with this externalRef and other values`,
          });
        } else if (earlier) {
          imported.push({ row: row.row, externalRef: row.station.externalRef, stationId: earlier.id, outcome: 'unchanged' });
        } else {
          const { externalRef, ...registration } = row.station;
          const station = await this.registry.build(actor, registration, {
            externalRef,
            importFingerprint: fingerprint,
          });
          created.push(station);
          imported.push({ row: row.row, externalRef: row.station.externalRef, stationId: station.id, outcome: 'created' });
        }
      }
      if (conflicts.length) throw new StationImportInvalidError(conflicts);
      for (const station of created) await this.registry.add(manager, station, 'imported', correlationId);
      return imported;
    });
  }
}

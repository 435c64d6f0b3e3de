import { Injectable } from '@nestjs/common';
import { Actor, AreaBoundary, AreaCode, areaUpsertedV1, parentAreaCodeOf } from '@waystation/contracts';
import { Outbox } from '@waystation/messaging';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { SERVICE_NAME } from '../service-name';
import { AreaImportInvalidError, AreaImportNotAllowedError } from './area-errors';
import { bboxOf } from '@waystation/geo';
import { findImportProblems } from './area-import-validation';
import { Area } from './area.entity';
import { ImportedArea } from './imported-area';

export interface AreaImportResult {
  created: AreaCode[];
  updated: AreaCode[];
  unchanged: AreaCode[];
}

/** Imports of the map wait for each other, so two of them never judge a parent the other is changing. */
const IMPORT_LOCK = 'areas-import';

const fingerprintOf = (area: ImportedArea) =>
  createHash('sha256')
    .update(JSON.stringify([area.level, area.nameZh, area.nameEn, area.demo, area.boundary]))
    .digest('hex');

/**
 * Imports the city map from the city office, all or nothing: every feature is validated first, then the areas
 * that are new or changed are written and announced (`area.upserted`) in one transaction. Unchanged areas are
 * left alone, so importing the same file again writes and announces nothing.
 */
@Injectable()
export class AreaImport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async import(actor: Actor, areas: ImportedArea[], correlationId: string): Promise<AreaImportResult> {
    if (actor.role !== 'admin') throw new AreaImportNotAllowedError(actor.role);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [IMPORT_LOCK]);
      const codes = areas.map((area) => area.code);
      const parentCodes = areas.map((area) => parentAreaCodeOf(area.code)).filter((code): code is AreaCode => code !== null);
      const stored = new Map(
        (await manager.findBy(Area, { code: In([...new Set([...codes, ...parentCodes])]) })).map((area) => [area.code, area]),
      );
      const inFile = new Set(codes);
      const children = (await manager.findBy(Area, { parentCode: In(codes) })).filter((child) => !inFile.has(child.code));
      const problems = findImportProblems(areas, {
        boundaries: new Map<AreaCode, AreaBoundary>([...stored].map(([code, area]) => [code, area.boundary])),
        children,
      });
      if (problems.length > 0) throw new AreaImportInvalidError(problems);

      const result: AreaImportResult = { created: [], updated: [], unchanged: [] };
      const now = new Date();
      // Parents first: a street's row must exist before its communities' rows refer to it.
      for (const area of [...areas].sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code))) {
        const earlier = stored.get(area.code);
        const fingerprint = fingerprintOf(area);
        if (earlier?.fingerprint === fingerprint) {
          result.unchanged.push(area.code);
          continue;
        }
        await this.write(manager, area, fingerprint, now, earlier === undefined, correlationId);
        (earlier ? result.updated : result.created).push(area.code);
      }
      return { created: result.created.sort(), updated: result.updated.sort(), unchanged: result.unchanged.sort() };
    });
  }

  private async write(
    manager: EntityManager,
    area: ImportedArea,
    fingerprint: string,
    now: Date,
    isNew: boolean,
    correlationId: string,
  ): Promise<void> {
    const [minLng, minLat, maxLng, maxLat] = bboxOf(area.boundary);
    const row = {
      code: area.code,
      level: area.level,
      parentCode: parentAreaCodeOf(area.code),
      nameZh: area.nameZh,
      nameEn: area.nameEn,
      boundary: area.boundary,
      minLng,
      minLat,
      maxLng,
      maxLat,
      demo: area.demo,
      fingerprint,
      updatedAt: now,
    };
    if (isNew) await manager.insert(Area, row);
    else await manager.update(Area, { code: area.code }, row);
    await this.outbox.add(
      manager,
      areaUpsertedV1.create({
        aggregateId: area.code,
        correlationId,
        producer: SERVICE_NAME,
        occurredAt: now,
        payload: {
          code: area.code,
          level: area.level,
          parentCode: row.parentCode,
          nameZh: area.nameZh,
          nameEn: area.nameEn,
          boundary: area.boundary,
          bbox: [minLng, minLat, maxLng, maxLat],
          demo: area.demo,
          upsertedAt: now.toISOString(),
        },
      }),
    );
  }
}

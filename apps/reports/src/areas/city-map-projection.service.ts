import { Injectable } from '@nestjs/common';
import { AreaUpsertedV1 } from '@waystation/contracts';
import { Inbox } from '@waystation/messaging';
import { EntityManager } from 'typeorm';

/**
 * Keeps reports' copy of the city map: each `area.upserted` replaces the area it names unless the stored one was
 * upserted later (events of different areas, or a replay, may arrive out of order). The inbox rows and the
 * changes commit together.
 */
@Injectable()
export class CityMapProjection {
  constructor(private readonly inbox: Inbox) {}

  async apply(events: AreaUpsertedV1[]): Promise<void> {
    await this.inbox.processBatchOnce(events, async (manager, fresh) => {
      for (const event of fresh) await upsert(manager, event);
    });
  }
}

function upsert(manager: EntityManager, { payload }: AreaUpsertedV1): Promise<unknown> {
  const [minLng, minLat, maxLng, maxLat] = payload.bbox;
  return manager.query(
    `INSERT INTO report_areas (code, level, parent_code, name_zh, name_en, boundary, min_lng, min_lat, max_lng, max_lat, upserted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (code) DO UPDATE SET
       level = EXCLUDED.level, parent_code = EXCLUDED.parent_code, name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
       boundary = EXCLUDED.boundary, min_lng = EXCLUDED.min_lng, min_lat = EXCLUDED.min_lat, max_lng = EXCLUDED.max_lng,
       max_lat = EXCLUDED.max_lat, upserted_at = EXCLUDED.upserted_at
     WHERE report_areas.upserted_at < EXCLUDED.upserted_at`,
    [
      payload.code,
      payload.level,
      payload.parentCode,
      payload.nameZh,
      payload.nameEn,
      JSON.stringify(payload.boundary),
      minLng,
      minLat,
      maxLng,
      maxLat,
      payload.upsertedAt,
    ],
  );
}

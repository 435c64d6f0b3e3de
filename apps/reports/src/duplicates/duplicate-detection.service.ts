import { Inject, Injectable } from '@nestjs/common';
import { ReportCategoryCode } from '@waystation/contracts';
import { EntityManager } from 'typeorm';
import { LIFECYCLE_SETTINGS, LifecycleSettings } from '../lifecycle/lifecycle-settings';

/** What duplicate detection compares: a report's category, place and time. */
export interface DuplicateProbe {
  id: string;
  category: ReportCategoryCode;
  lat: number;
  lng: number;
  submittedAt: Date;
}

const EARTH_RADIUS_METRES = 6_371_008.8;
const METRES_PER_DEGREE_OF_LATITUDE = (EARTH_RADIUS_METRES * Math.PI) / 180;

/** A report still being dealt with: a new report of the same problem joins it rather than starting over. */
const CLOSED_STATUSES = ['rejected', 'merged', 'resolved', 'closed', 'closed-not-fixed'];

/**
 * Finds the open reports a report may duplicate: same category, within the configured distance (great-circle), and
 * submitted at most the configured window before it. A new report is flagged as a likely duplicate of the earliest.
 */
@Injectable()
export class DuplicateDetection {
  constructor(@Inject(LIFECYCLE_SETTINGS) private readonly settings: LifecycleSettings) {}

  /** Flags `report` (just inserted in `manager`'s transaction) as a likely duplicate of the earliest candidate. */
  async flag(manager: EntityManager, report: DuplicateProbe): Promise<void> {
    const [earliest] = await this.candidates(manager, report);
    if (earliest) await manager.query(`UPDATE reports SET duplicate_of = $1 WHERE id = $2`, [earliest, report.id]);
  }

  /** The ids of the reports `report` may duplicate, earliest first. */
  async candidates(manager: EntityManager, report: DuplicateProbe): Promise<string[]> {
    const { duplicateDistanceMetres: metres, duplicateWindowHours: hours } = this.settings;
    // A box around the point first, so the index on (category, submitted_at) and a cheap test narrow the rows.
    const latitudeSpan = (metres / METRES_PER_DEGREE_OF_LATITUDE) * 1.01;
    const longitudeSpan = latitudeSpan / Math.max(Math.cos((report.lat * Math.PI) / 180), 0.01);
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM reports
        WHERE category = $1 AND id <> $2 AND status <> ALL($3::text[])
          AND submitted_at <= $4 AND submitted_at >= $4::timestamptz - make_interval(hours => $5)
          AND lat BETWEEN $6::float8 - $8 AND $6::float8 + $8 AND lng BETWEEN $7::float8 - $9 AND $7::float8 + $9
          AND 2 * $10::float8 * asin(sqrt(
                power(sin(radians(lat - $6::float8) / 2), 2)
                + cos(radians($6::float8)) * cos(radians(lat)) * power(sin(radians(lng - $7::float8) / 2), 2))) <= $11
        ORDER BY submitted_at, id`,
      [
        report.category,
        report.id,
        CLOSED_STATUSES,
        report.submittedAt,
        hours,
        report.lat,
        report.lng,
        latitudeSpan,
        longitudeSpan,
        EARTH_RADIUS_METRES,
        metres,
      ],
    );
    return rows.map((row) => row.id);
  }
}

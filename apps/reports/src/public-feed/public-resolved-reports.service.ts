import { Inject, Injectable } from '@nestjs/common';
import { GeoPoint, Page, PageRequest, toPage } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { PUBLIC_FEED_SETTINGS, PublicFeedSettings } from './public-feed-settings';
import { cellMarginAt, publicCellCentre } from './public-location-grid';

export interface BoundingBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/**
 * A resolved report as anyone may see it. What it leaves out, and why (docs/events.md, "Public feed"): the
 * reporter; the description, address and photos (free text and pictures may name or show people); the report's
 * id and exact times (a UUID v7 id holds the submission time to the millisecond, and an exact time with a place
 * can tell who was there), so it has a key of its own and dates only; the location beyond its ~100 m cell.
 */
export interface PublicResolvedReport {
  /** md5 of the report's id: stable and unguessable, and the feed's cursor. */
  key: string;
  category: string;
  status: 'resolved' | 'closed';
  location: GeoPoint;
  communityCode: string | null;
  districtCode: string | null;
  reportedOn: string;
  resolvedOn: string | null;
}

interface PublicRow {
  key: string;
  category: string;
  status: 'resolved' | 'closed';
  lat: number;
  lng: number;
  community_code: string | null;
  district_code: string | null;
  reported_on: string;
  resolved_on: string | null;
}

export interface PublicFeedQuery extends PageRequest {
  bbox?: BoundingBox;
}

/**
 * The public, anonymous feed of resolved and closed reports for a city map. Private reports (care referrals)
 * never appear. A bounding box is matched against the published point, never the reported one, so a caller
 * cannot narrow a box to find where in its cell a report was.
 */
@Injectable()
export class PublicResolvedReports {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PUBLIC_FEED_SETTINGS) private readonly settings: PublicFeedSettings,
  ) {}

  async page({ cursor, limit, bbox }: PublicFeedQuery): Promise<Page<PublicResolvedReport>> {
    const found: PublicResolvedReport[] = [];
    let after = cursor ?? null;
    for (;;) {
      const rows = await this.candidates(after, limit + 1, bbox);
      for (const row of rows) {
        const report = publicReportOf(row);
        if (!bbox || contains(bbox, report.location)) found.push(report);
        if (found.length > limit) break;
      }
      if (found.length > limit || rows.length <= limit) break;
      after = rows[rows.length - 1].key;
    }
    return toPage(
      found,
      limit,
      (report) => report,
      (report) => report.key,
    );
  }

  /** The next rows in key order; with a box, those that may lie in it once published (the box widened by a cell). */
  private candidates(after: string | null, count: number, bbox: BoundingBox | undefined): Promise<PublicRow[]> {
    const margin = bbox ? cellMarginAt(Math.max(Math.abs(bbox.minLat), Math.abs(bbox.maxLat))) : null;
    return this.dataSource.query<PublicRow[]>(
      `SELECT md5(r.id::text) AS key, r.category, r.status, r.lat, r.lng, r.community_code, r.district_code,
              to_char(r.submitted_at AT TIME ZONE $1, 'YYYY-MM-DD') AS reported_on,
              (SELECT to_char(max(h.at) AT TIME ZONE $1, 'YYYY-MM-DD') FROM report_history h
                WHERE h.report_id = r.id AND h.status = 'resolved') AS resolved_on
         FROM reports r
        WHERE r.status IN ('resolved', 'closed') AND NOT r.private
          AND ($2::text IS NULL OR md5(r.id::text) > $2)
          AND ($3::float8 IS NULL OR (r.lat BETWEEN $3::float8 - $7::float8 AND $5::float8 + $7::float8
                                  AND r.lng BETWEEN $4::float8 - $8::float8 AND $6::float8 + $8::float8))
        ORDER BY md5(r.id::text)
        LIMIT $9`,
      [
        this.settings.timeZone,
        after,
        bbox?.minLat ?? null,
        bbox?.minLng ?? null,
        bbox?.maxLat ?? null,
        bbox?.maxLng ?? null,
        margin?.lat ?? null,
        margin?.lng ?? null,
        count,
      ],
    );
  }
}

function publicReportOf(row: PublicRow): PublicResolvedReport {
  return {
    key: row.key,
    category: row.category,
    status: row.status,
    location: publicCellCentre({ lat: row.lat, lng: row.lng }),
    communityCode: row.community_code,
    districtCode: row.district_code,
    reportedOn: row.reported_on,
    resolvedOn: row.resolved_on,
  };
}

function contains(bbox: BoundingBox, { lat, lng }: GeoPoint): boolean {
  return lat >= bbox.minLat && lat <= bbox.maxLat && lng >= bbox.minLng && lng <= bbox.maxLng;
}

import { Inject, Injectable } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { DataSource } from 'typeorm';
import { assertManagesStation } from '../access/station-access';
import { existingStation } from '../access/operating-station';
import { CHECK_IN_SETTINGS, CheckInSettings } from './check-in-settings';

export type VisitGranularity = 'day' | 'hour';

export interface VisitQuery {
  from: Date;
  to: Date;
  granularity: VisitGranularity;
}

export interface VisitBucket {
  /** The day or hour's first instant, in the city's time zone. */
  start: Date;
  /** Check-ins that began in it. */
  visits: number;
  /** Distinct workers among them. */
  visitors: number;
}

export interface StationVisits extends VisitQuery {
  stationId: string;
  timeZone: string;
  buckets: VisitBucket[];
}

/** Visit counts of a station by day or hour of the city's clock, every bucket of the range listed (zeros too). */
@Injectable()
export class VisitCounts {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CHECK_IN_SETTINGS) private readonly settings: CheckInSettings,
  ) {}

  async of(actor: Actor, stationId: string, query: VisitQuery): Promise<StationVisits> {
    assertManagesStation(actor, stationId);
    await existingStation(this.dataSource.manager, stationId);
    const { from, to, granularity } = query;
    const timeZone = this.settings.timeZone;
    const rows: { start: Date; visits: string; visitors: string }[] = await this.dataSource.query(
      `WITH buckets AS (
         SELECT local_start AT TIME ZONE $4 AS start, (local_start + ('1 ' || $5)::interval) AT TIME ZONE $4 AS finish
           FROM generate_series(date_trunc($5, $2::timestamptz AT TIME ZONE $4),
                                ($3::timestamptz - interval '1 microsecond') AT TIME ZONE $4,
                                ('1 ' || $5)::interval) AS local_start)
       SELECT b.start, count(c.id) AS visits, count(DISTINCT c.worker_id) AS visitors
         FROM buckets b
         LEFT JOIN station_check_ins c
           ON c.station_id = $1 AND c.checked_in_at >= greatest(b.start, $2) AND c.checked_in_at < least(b.finish, $3)
        GROUP BY b.start
        ORDER BY b.start`,
      [stationId, from, to, timeZone, granularity],
    );
    return {
      stationId,
      from,
      to,
      granularity,
      timeZone,
      buckets: rows.map((row) => ({ start: row.start, visits: Number(row.visits), visitors: Number(row.visitors) })),
    };
  }
}

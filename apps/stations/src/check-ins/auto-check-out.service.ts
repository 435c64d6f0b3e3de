import { Inject, Injectable } from '@nestjs/common';
import { Outbox } from '@waystation/messaging';
import { DataSource } from 'typeorm';
import { checkedOut } from './check-in-events';
import { fromRow } from './check-in-desk.service';
import { CHECK_IN_SETTINGS, CheckInSettings } from './check-in-settings';
import { CheckIn } from './check-in.entity';

const BATCH = 500;

/**
 * Checks out every check-in older than the time limit, as of the moment the limit ran out. Safe to run twice
 * and on several replicas at once: each run locks the rows it closes (`SKIP LOCKED` leaves those another run
 * holds), and a row is closed only while it is still open, so each check-in is checked out, and announced, once.
 */
@Injectable()
export class AutoCheckOut {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    @Inject(CHECK_IN_SETTINGS) private readonly settings: CheckInSettings,
  ) {}

  /** How many check-ins it closed. */
  async run(now = new Date(), correlationId = `auto-check-out-${now.toISOString()}`): Promise<number> {
    let closed = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const [rows] = (await manager.query(
          `UPDATE station_check_ins c
              SET checked_out_at = c.checked_in_at + make_interval(mins => $1), check_out_reason = 'time-limit'
             FROM (SELECT id FROM station_check_ins
                    WHERE checked_out_at IS NULL AND checked_in_at <= $2::timestamptz - make_interval(mins => $1)
                    ORDER BY checked_in_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED) due
            WHERE c.id = due.id AND c.checked_out_at IS NULL
        RETURNING c.*`,
          [this.settings.timeLimitMinutes, now],
        )) as [Record<string, unknown>[], number];
        const checkIns = rows.map((row) => manager.create(CheckIn, fromRow(row)));
        await this.outbox.add(manager, ...checkIns.map((checkIn) => checkedOut(checkIn, correlationId)));
        return checkIns.length;
      });
      closed += batch;
      if (batch < BATCH) return closed;
    }
  }
}

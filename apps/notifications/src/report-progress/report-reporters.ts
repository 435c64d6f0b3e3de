import { EntityManager } from 'typeorm';
import type { NotifiableEvent } from '../notifications/notification-composer';

/**
 * Remembers who reported each confirmed report, in the caller's (inbox) transaction: the department events that
 * follow a confirmation carry no reporter, and come after it on the report's partition.
 */
export async function rememberReporters(manager: EntityManager, events: NotifiableEvent[]): Promise<void> {
  const confirmed = events.flatMap((event) => (event.type === 'report.confirmed' ? [event.payload] : []));
  if (confirmed.length === 0) return;
  await manager.query(
    `INSERT INTO report_reporters (report_id, reporter_id) SELECT * FROM unnest($1::uuid[], $2::text[]) ON CONFLICT DO NOTHING`,
    [confirmed.map((payload) => payload.reportId), confirmed.map((payload) => payload.reporterId)],
  );
}

/** The reporters of `reportIds` this service knows, by report id (lower case). */
export async function reportersOf(manager: EntityManager, reportIds: string[]): Promise<Map<string, string>> {
  const rows = await manager.query<{ report_id: string; reporter_id: string }[]>(
    `SELECT report_id, reporter_id FROM report_reporters WHERE report_id = ANY($1::uuid[])`,
    [reportIds],
  );
  return new Map(rows.map((row) => [row.report_id, row.reporter_id]));
}

import { z } from 'zod';

/**
 * Who filed a report: a worker (the default, and the only kind that earns points or is notified), or a city system
 * posting over Open311 (`reporterId` is then the Open311 client's id, no person's).
 */
export const reporterKindSchema = z.enum(['worker', 'open311-client']);
export type ReporterKind = z.infer<typeof reporterKindSchema>;

/** The field report events carry it in: optional, so events written before it read as a worker's. */
export const reporterKindField = reporterKindSchema.optional().describe('Who filed the report; absent means a worker');

/**
 * Whether an event's report was filed by a worker: whom points credit and notifications tell. Any payload may be
 * asked; one without the field (an older event, or one of no report) is a worker's.
 */
export function reportedByWorker(payload: object): boolean {
  return !('reporterKind' in payload) || payload.reporterKind === undefined || payload.reporterKind === 'worker';
}

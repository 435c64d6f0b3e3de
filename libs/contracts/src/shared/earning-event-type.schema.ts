import { z } from 'zod';

/**
 * The facts an earning rule can pay for. Rules of the report events are set per report category group; the
 * station events' rules have none.
 */
export const ReportEarningEventTypes = ['report.confirmed', 'report.merged', 'report.closed'] as const;
export const StationEarningEventTypes = ['station.checked-in', 'station-session.attended'] as const;
export const earningEventTypeSchema = z.enum([...ReportEarningEventTypes, ...StationEarningEventTypes]);
export type EarningEventType = z.infer<typeof earningEventTypeSchema>;

export const isReportEarningEventType = (type: EarningEventType): type is (typeof ReportEarningEventTypes)[number] =>
  (ReportEarningEventTypes as readonly string[]).includes(type);

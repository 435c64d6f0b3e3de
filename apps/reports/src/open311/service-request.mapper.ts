import { ReportStatus } from '@waystation/contracts';
import { OPEN311_DEFAULT_WINDOW_DAYS, Open311Request, Open311RequestUpdate, Open311Status } from '@waystation/http-api';
import { ServiceRequestRow, ServiceRequestUpdateRow, TimeWindow } from './service-requests.service';
import { publicCellCentre } from '../public-feed/public-location-grid';

/** Open: the city is still at it; closed: nothing more will be done (fixed, or refused, merged, not fixable). */
const OPEN311_STATUS: Record<ReportStatus, Open311Status> = {
  submitted: 'open',
  confirmed: 'open',
  dispatched: 'open',
  acknowledged: 'open',
  'in-progress': 'open',
  reopened: 'open',
  'not-responsible': 'open',
  resolved: 'closed',
  closed: 'closed',
  'closed-not-fixed': 'closed',
  rejected: 'closed',
  merged: 'closed',
};

/** What each of a report's own statuses says, as status_notes and an update's description. */
const STATUS_NOTE: Record<ReportStatus, string> = {
  submitted: 'Received; waiting for review by community staff',
  confirmed: 'Confirmed by community staff',
  dispatched: 'Sent to the responsible department',
  acknowledged: 'The department has taken it on',
  'in-progress': 'The department is working on it',
  reopened: 'Reopened: the reporter says it is not fixed',
  'not-responsible': 'Being sent to another department',
  resolved: 'Resolved by the department',
  closed: 'Closed: the reporter confirmed it is fixed',
  'closed-not-fixed': 'Closed: the city could not fix it',
  rejected: 'Not taken up by community staff',
  merged: 'Merged into an earlier request about the same problem',
};

const DAY_MS = 86_400_000;

export function open311StatusOf(status: ReportStatus): Open311Status {
  return OPEN311_STATUS[status];
}

/** The report statuses an Open311 status filter stands for. */
export function reportStatusesOf(status: Open311Status): ReportStatus[] {
  return (Object.keys(OPEN311_STATUS) as ReportStatus[]).filter((reportStatus) => OPEN311_STATUS[reportStatus] === status);
}

/** GeoReport v2's window: the dates given, else up to now and back the default number of days. */
export function windowOf(startDate: string | undefined, endDate: string | undefined, now: Date): TimeWindow {
  const end = endDate ? new Date(endDate) : now;
  const start = startDate ? new Date(startDate) : new Date(end.getTime() - OPEN311_DEFAULT_WINDOW_DAYS * DAY_MS);
  return { start, end };
}

/**
 * A report as anyone may read it over Open311, by the public feed's rule: its place only as the centre of its ~100 m
 * cell, and none of the reporter's own words (description, address), which can name people or say where a worker
 * was. The departments read the whole report on their own channels.
 */
export function toOpen311Request(row: ServiceRequestRow): Open311Request {
  const place = publicCellCentre({ lat: row.lat, lng: row.lng });
  return {
    service_request_id: row.id,
    status: open311StatusOf(row.status),
    status_notes: STATUS_NOTE[row.status],
    service_name: row.category_name,
    service_code: row.category,
    description: row.category_name,
    ...(row.agencies ? { agency_responsible: row.agencies } : {}),
    requested_datetime: row.submitted_at.toISOString(),
    updated_datetime: row.updated_at.toISOString(),
    lat: place.lat,
    long: place.lng,
  };
}

export function toOpen311RequestUpdate(row: ServiceRequestUpdateRow): Open311RequestUpdate {
  return {
    update_id: row.id,
    service_request_id: row.report_id,
    status: open311StatusOf(row.status),
    updated_datetime: row.at.toISOString(),
    description: STATUS_NOTE[row.status],
  };
}

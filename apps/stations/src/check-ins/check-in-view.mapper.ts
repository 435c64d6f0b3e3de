import { CheckInView, StationCodesView, StationVisitsView } from '@waystation/http-api';
import { StationCodes } from './check-in-desk.service';
import { CheckIn } from './check-in.entity';
import { StationVisits } from './visit-counts.service';

export function toCheckInView(checkIn: CheckIn): CheckInView {
  return {
    id: checkIn.id,
    stationId: checkIn.stationId,
    workerId: checkIn.workerId,
    method: checkIn.method,
    checkedInAt: checkIn.checkedInAt.toISOString(),
    checkedOutAt: checkIn.checkedOutAt?.toISOString() ?? null,
    checkOutReason: checkIn.checkOutReason,
  };
}

export function toStationCodesView({ stationId, rotating, printed }: StationCodes): StationCodesView {
  return {
    stationId,
    rotating: { code: rotating.code, refreshAt: rotating.refreshAt.toISOString(), validUntil: rotating.validUntil.toISOString() },
    printed,
  };
}

export function toStationVisitsView(visits: StationVisits): StationVisitsView {
  return {
    stationId: visits.stationId,
    from: visits.from.toISOString(),
    to: visits.to.toISOString(),
    granularity: visits.granularity,
    timeZone: visits.timeZone,
    buckets: visits.buckets.map((bucket) => ({ start: bucket.start.toISOString(), visits: bucket.visits, visitors: bucket.visitors })),
  };
}

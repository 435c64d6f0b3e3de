import { stationCheckedInV1, stationCheckedOutV1 } from '@waystation/contracts';
import { SERVICE_NAME } from '../service-name';
import { CheckIn } from './check-in.entity';

export function checkedIn(checkIn: CheckIn, correlationId: string) {
  return stationCheckedInV1.create({
    aggregateId: checkIn.stationId,
    correlationId,
    producer: SERVICE_NAME,
    occurredAt: checkIn.checkedInAt,
    payload: {
      checkInId: checkIn.id,
      stationId: checkIn.stationId,
      workerId: checkIn.workerId,
      method: checkIn.method,
      checkedInAt: checkIn.checkedInAt.toISOString(),
    },
  });
}

/** For a check-in that has just been closed (checkedOutAt and checkOutReason set). */
export function checkedOut(checkIn: CheckIn, correlationId: string) {
  if (!checkIn.checkedOutAt || !checkIn.checkOutReason) throw new Error(`Check-in ${checkIn.id} is still open`);
  return stationCheckedOutV1.create({
    aggregateId: checkIn.stationId,
    correlationId,
    producer: SERVICE_NAME,
    occurredAt: checkIn.checkedOutAt,
    payload: {
      checkInId: checkIn.id,
      stationId: checkIn.stationId,
      workerId: checkIn.workerId,
      method: checkIn.method,
      checkedInAt: checkIn.checkedInAt.toISOString(),
      checkedOutAt: checkIn.checkedOutAt.toISOString(),
      reason: checkIn.checkOutReason,
    },
  });
}

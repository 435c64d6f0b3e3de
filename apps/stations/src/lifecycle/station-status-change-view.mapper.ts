import { StationStatusChangeView } from '@waystation/http-api';
import { StationStatusChange } from './station-status-change.entity';

export function toStationStatusChangeView(change: StationStatusChange): StationStatusChangeView {
  return {
    id: change.id,
    stationId: change.stationId,
    from: change.from,
    to: change.to,
    reason: change.reason,
    changedBy: change.changedBy,
    changedAt: change.changedAt.toISOString(),
    inspectionId: change.inspectionId,
  };
}

import { CreateStations1764400004000 } from './1764400004000-create-stations';
import { AddStationIdempotency1764400004001 } from './1764400004001-add-station-idempotency';
import { StationLifecycleStatuses1764500000000 } from './1764500000000-station-lifecycle-statuses';
import { CreateCheckIns1764500400000 } from './1764500400000-create-check-ins';
import { CreateSessions1764500400001 } from './1764500400001-create-sessions';

export const stationsMigrations = [
  CreateStations1764400004000,
  AddStationIdempotency1764400004001,
  StationLifecycleStatuses1764500000000,
  CreateCheckIns1764500400000,
  CreateSessions1764500400001,
];

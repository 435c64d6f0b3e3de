import { CreateStations1764400004000 } from './1764400004000-create-stations';
import { AddStationIdempotency1764400004001 } from './1764400004001-add-station-idempotency';
import { StationLifecycleStatuses1764500000000 } from './1764500000000-station-lifecycle-statuses';
import { CreateAreas1764500100000 } from './1764500100000-create-areas';
import { AddStationCommunity1764500100001 } from './1764500100001-add-station-community';

export const stationsMigrations = [
  CreateStations1764400004000,
  AddStationIdempotency1764400004001,
  StationLifecycleStatuses1764500000000,
  CreateAreas1764500100000,
  AddStationCommunity1764500100001,
];

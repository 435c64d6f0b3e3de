import { CreateStations1764400004000 } from './1764400004000-create-stations';
import { AddStationIdempotency1764400004001 } from './1764400004001-add-station-idempotency';
import { StationLifecycleStatuses1764500000000 } from './1764500000000-station-lifecycle-statuses';
import { StationProfile1764500200000 } from './1764500200000-station-profile';
import { StationSearchIndex1764500200001 } from './1764500200001-station-search-index';

export const stationsMigrations = [
  CreateStations1764400004000,
  AddStationIdempotency1764400004001,
  StationLifecycleStatuses1764500000000,
  StationProfile1764500200000,
  StationSearchIndex1764500200001,
];

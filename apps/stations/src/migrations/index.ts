import { CreateStations1764400004000 } from './1764400004000-create-stations';
import { AddStationIdempotency1764400004001 } from './1764400004001-add-station-idempotency';
import { StationLifecycleStatuses1764500000000 } from './1764500000000-station-lifecycle-statuses';
import { CreateAreas1764500100000 } from './1764500100000-create-areas';
import { AddStationCommunity1764500100001 } from './1764500100001-add-station-community';
import { StationProfile1764500200000 } from './1764500200000-station-profile';
import { StationSearchIndex1764500200001 } from './1764500200001-station-search-index';
import { CreateStationStatusHistory1764500300000 } from './1764500300000-create-station-status-history';
import { AddStationDistrictCode1764500300001 } from './1764500300001-add-station-district-code';
import { CreateAcceptance1764500300002 } from './1764500300002-create-acceptance';
import { CreateDistrictTargets1764500300003 } from './1764500300003-create-district-targets';
import { AddStationExternalRef1764500300004 } from './1764500300004-add-station-external-ref';
import { CreateCheckIns1764500400000 } from './1764500400000-create-check-ins';
import { CreateSessions1764500400001 } from './1764500400001-create-sessions';

export const stationsMigrations = [
  CreateStations1764400004000,
  AddStationIdempotency1764400004001,
  StationLifecycleStatuses1764500000000,
  CreateAreas1764500100000,
  AddStationCommunity1764500100001,
  StationProfile1764500200000,
  StationSearchIndex1764500200001,
  CreateStationStatusHistory1764500300000,
  AddStationDistrictCode1764500300001,
  CreateAcceptance1764500300002,
  CreateDistrictTargets1764500300003,
  AddStationExternalRef1764500300004,
  CreateCheckIns1764500400000,
  CreateSessions1764500400001,
];

import { CreateStations1764400004000 } from './1764400004000-create-stations';
import { AddStationIdempotency1764400004001 } from './1764400004001-add-station-idempotency';

export const stationsMigrations = [CreateStations1764400004000, AddStationIdempotency1764400004001];

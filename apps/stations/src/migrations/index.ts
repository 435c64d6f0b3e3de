import { CreateStations1764400004000 } from './1764400004000-create-stations';

export const stationsMigrations = [CreateStations1764400004000];

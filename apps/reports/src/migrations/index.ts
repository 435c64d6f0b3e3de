import { CreateReports1764400001000 } from './1764400001000-create-reports';

export const reportsMigrations = [CreateReports1764400001000];

import { CreateReports1764400001000 } from './1764400001000-create-reports';
import { AddIdempotencyFingerprint1764400001001 } from './1764400001001-add-idempotency-fingerprint';

export const reportsMigrations = [CreateReports1764400001000, AddIdempotencyFingerprint1764400001001];

import { CreateReports1764400001000 } from './1764400001000-create-reports';
import { AddIdempotencyFingerprint1764400001001 } from './1764400001001-add-idempotency-fingerprint';
import { AddReportPlace1764400002000 } from './1764400002000-add-report-place';
import { CreateReportPhotos1764400004000 } from './1764400004000-create-report-photos';

export const reportsMigrations = [
  CreateReports1764400001000,
  AddIdempotencyFingerprint1764400001001,
  AddReportPlace1764400002000,
  CreateReportPhotos1764400004000,
];

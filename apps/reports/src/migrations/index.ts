import { CreateReports1764400001000 } from './1764400001000-create-reports';
import { AddIdempotencyFingerprint1764400001001 } from './1764400001001-add-idempotency-fingerprint';
import { AddReportPlace1764400002000 } from './1764400002000-add-report-place';
import { CreateReportSlas1764400006000 } from './1764400006000-create-report-slas';
import { AllowEveryReportStatus1764400006001 } from './1764400006001-allow-every-report-status';

export const reportsMigrations = [
  CreateReports1764400001000,
  AddIdempotencyFingerprint1764400001001,
  AddReportPlace1764400002000,
  CreateReportSlas1764400006000,
  AllowEveryReportStatus1764400006001,
];

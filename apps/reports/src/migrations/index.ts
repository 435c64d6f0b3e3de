import { CreateReports1764400001000 } from './1764400001000-create-reports';
import { AddIdempotencyFingerprint1764400001001 } from './1764400001001-add-idempotency-fingerprint';
import { AddReportPlace1764400002000 } from './1764400002000-add-report-place';
import { CreateReportCategories1764400003000 } from './1764400003000-create-report-categories';
import { AddReportIntakeFields1764400003001 } from './1764400003001-add-report-intake-fields';
import { CreateReportAreas1764400003002 } from './1764400003002-create-report-areas';
import { AddReportReview1764400005000 } from './1764400005000-add-report-review';
import { CreateReportSlas1764400006000 } from './1764400006000-create-report-slas';
import { CreateReportPhotos1764400004000 } from './1764400004000-create-report-photos';
import { CreateReportPhotoDeletions1764400007500 } from './1764400007500-create-report-photo-deletions';
import { CreateDepartments1764500005000 } from './1764500005000-create-departments';
import { AddPhotoEvidence1764500005100 } from './1764500005100-add-photo-evidence';
import { CreateDepartmentUpdates1764500006000 } from './1764500006000-create-department-updates';
import { AddDepartmentDeadlines1764500600000 } from './1764500600000-add-department-deadlines';
import { AddReporterKind1764500600311 } from './1764500600311-add-reporter-kind';

export const reportsMigrations = [
  CreateReports1764400001000,
  AddIdempotencyFingerprint1764400001001,
  AddReportPlace1764400002000,
  CreateReportCategories1764400003000,
  AddReportIntakeFields1764400003001,
  CreateReportAreas1764400003002,
  AddReportReview1764400005000,
  CreateReportSlas1764400006000,
  CreateReportPhotos1764400004000,
  CreateReportPhotoDeletions1764400007500,
  CreateDepartments1764500005000,
  AddPhotoEvidence1764500005100,
  CreateDepartmentUpdates1764500006000,
  AddDepartmentDeadlines1764500600000,
  AddReporterKind1764500600311,
];

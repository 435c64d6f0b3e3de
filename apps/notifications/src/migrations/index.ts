import { CreateNotifications1764400003000 } from './1764400003000-create-notifications';
import { CreateClosedAccounts1764500540000 } from './1764500540000-create-closed-accounts';
import { CreateStaffDirectory1764500546000 } from './1764500546000-create-staff-directory';
import { AddStaffDirectoryStations1764500560000 } from './1764500560000-add-staff-directory-stations';
import { CreateWebhooks1764500600000 } from './1764500600000-create-webhooks';
import { CreateReportReporters1764500600100 } from './1764500600100-create-report-reporters';
import { sealWebhookSecrets } from './1764500600200-seal-webhook-secrets';
import { WebhookSecretCipher } from '../webhooks/webhook-secret-cipher';

/** The migrations in order; sealing the webhook secrets needs the service's key. */
export const notificationsMigrations = ({ NOTIFICATIONS_WEBHOOK_SECRET_KEY }: { NOTIFICATIONS_WEBHOOK_SECRET_KEY: string }) => [
  CreateNotifications1764400003000,
  CreateClosedAccounts1764500540000,
  CreateStaffDirectory1764500546000,
  AddStaffDirectoryStations1764500560000,
  CreateWebhooks1764500600000,
  CreateReportReporters1764500600100,
  sealWebhookSecrets(new WebhookSecretCipher(NOTIFICATIONS_WEBHOOK_SECRET_KEY)),
];

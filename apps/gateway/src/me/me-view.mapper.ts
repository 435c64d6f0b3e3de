import { MeView } from '@waystation/http-api';
import { MyAccountView } from './my-account.service';

export function toMeView({ account, worker }: MyAccountView): MeView {
  return {
    id: account.id,
    role: account.role,
    scopes: account.scopes,
    displayName: account.displayName,
    createdAt: account.createdAt.toISOString(),
    worker: worker && {
      phone: worker.phone,
      workerType: worker.workerType,
      employer: worker.employer,
      language: worker.language,
      privacyNotice: { version: worker.privacyNoticeVersion, consentedAt: worker.consentedAt.toISOString() },
    },
  };
}

import { CreatedStaffView, StaffView } from '@waystation/http-api';
import { PasswordOutcome } from './staff-accounts.service';
import { StaffMember } from './staff-member';

export function toStaffView({ account, credential }: StaffMember): StaffView {
  return {
    id: account.id,
    username: credential.username,
    displayName: account.displayName,
    // Staff accounts are created with staff roles only (staffAssignmentSchema).
    role: account.role as StaffView['role'],
    scopes: account.scopes,
    status: account.status,
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  };
}

export function toCreatedStaffView(created: StaffMember & PasswordOutcome): CreatedStaffView {
  return { ...toStaffView(created), ...(created.generatedPassword ? { generatedPassword: created.generatedPassword } : {}) };
}

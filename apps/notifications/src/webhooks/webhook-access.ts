import { Actor } from '@waystation/contracts';
import { WebhooksDepartmentOnlyError } from './webhook-errors';

/** Refuses callers who have no webhooks at all: anyone but department users and the city office. */
export function assertManagesWebhooks(actor: Actor): void {
  if (actor.role !== 'admin' && actor.role !== 'department') throw new WebhooksDepartmentOnlyError(actor.role);
}

/** Whether the actor may see and change the department's endpoints: its own users, and the city office. */
export function managesWebhooksOf(actor: Actor, departmentCode: string): boolean {
  return actor.role === 'admin' || (actor.role === 'department' && actor.scopes.department === departmentCode);
}

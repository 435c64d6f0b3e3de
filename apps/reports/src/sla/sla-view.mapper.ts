import type { EscalationView, SlaPolicyView } from '@waystation/http-api';
import { Escalation } from './escalations.service';
import { SlaPolicy } from './sla-policy';

export function toSlaPolicyView(policy: SlaPolicy): SlaPolicyView {
  return { ...policy, updatedAt: policy.updatedAt.toISOString() };
}

export function toEscalationView(escalation: Escalation): EscalationView {
  return { ...escalation, dueAt: escalation.dueAt.toISOString() };
}

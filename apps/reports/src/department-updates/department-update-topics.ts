import {
  departmentRejectedUpdatesTopic,
  departmentUpdateMessageSchema,
  departmentUpdatesTopic,
  ProvisionedDepartmentCodes,
} from '@waystation/contracts';
import { PlainTopicSubscription } from '@waystation/messaging';

/** What the consumer routes every department's updates by, to DepartmentUpdateHandler. */
export const DEPARTMENT_UPDATE_PATTERN = 'department.update';

/** Every provisioned department's updates topic, its messages refused to the department's own rejected topic. */
export function departmentUpdateSubscriptions(): PlainTopicSubscription[] {
  return ProvisionedDepartmentCodes.map((code) => ({
    topic: departmentUpdatesTopic(code),
    pattern: DEPARTMENT_UPDATE_PATTERN,
    schema: departmentUpdateMessageSchema,
    deadLetterTopic: departmentRejectedUpdatesTopic(code),
  }));
}

import { ProvisionedDepartmentCode, ProvisionedDepartmentCodes } from './department-codes';

/** The topic a department reads its reports from: the department-facing events of the reports routed to it. */
export function departmentReportsTopic(code: string): string {
  return `departments.${code}.reports`;
}

/** The topic a department writes its answers to (DepartmentUpdateMessage), read by the reports service. */
export function departmentUpdatesTopic(code: string): string {
  return `departments.${code}.updates`;
}

/** Where the reports service puts the department's updates it refused, with why; the department reads it. */
export function departmentRejectedUpdatesTopic(code: string): string {
  return `${departmentUpdatesTopic(code)}.rejected`;
}

/** The provisioned department whose updates topic `topic` is, or undefined for any other topic. */
export function departmentOfUpdatesTopic(topic: string): ProvisionedDepartmentCode | undefined {
  return ProvisionedDepartmentCodes.find((code) => departmentUpdatesTopic(code) === topic);
}

/** The Kafka principal a department's systems authenticate as. */
export function departmentPrincipal<Code extends string>(code: Code): `department-${Code}` {
  return `department-${code}`;
}

/** Every consumer group a department uses starts with this, e.g. `department-fire.dispatch-desk`. */
export function departmentConsumerGroupPrefix(code: string): string {
  return `${departmentPrincipal(code)}.`;
}

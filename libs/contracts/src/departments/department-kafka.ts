/** The topic a department reads its reports from: the department-facing events of the reports routed to it. */
export function departmentReportsTopic(code: string): string {
  return `departments.${code}.reports`;
}

/** The Kafka principal a department's systems authenticate as. */
export function departmentPrincipal<Code extends string>(code: Code): `department-${Code}` {
  return `department-${code}`;
}

/** Every consumer group a department uses starts with this, e.g. `department-fire.dispatch-desk`. */
export function departmentConsumerGroupPrefix(code: string): string {
  return `${departmentPrincipal(code)}.`;
}

/**
 * The departments the platform provisions a Kafka topic and principal for: the ones the reports service seeds
 * (migration CreateDepartments1764500005000). A department added later through the API gets reports in the app
 * only, until its code is added here and the deployment is regenerated.
 */
export const ProvisionedDepartmentCodes = [
  'sanitation',
  'city-management',
  'police',
  'fire',
  'civil-affairs',
  'property-management',
] as const;
export type ProvisionedDepartmentCode = (typeof ProvisionedDepartmentCodes)[number];

export function isProvisionedDepartment(code: string): code is ProvisionedDepartmentCode {
  return (ProvisionedDepartmentCodes as readonly string[]).includes(code);
}

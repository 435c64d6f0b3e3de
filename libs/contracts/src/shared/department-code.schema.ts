import { z } from 'zod';

/** A city department's code, e.g. `sanitation`; it names the department's Kafka topics and principal. */
export const departmentCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'a department code is 2–40 lower-case letters, digits and hyphens, starting with a letter');
export type DepartmentCode = z.infer<typeof departmentCodeSchema>;

import { localizedTextSchema, utcTimestampSchema } from '@waystation/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** Years PostgreSQL and the calendar arithmetic agree on; keeps out the likes of 0000. */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

const periodSchema = z.object({
  from: utcTimestampSchema.optional().describe('Only the dispatches at or after this time (inclusive)'),
  to: utcTimestampSchema.optional().describe('Only the dispatches before this time (exclusive)'),
});

const validPeriod = (context: z.core.ParsePayload<z.output<typeof periodSchema>>) => {
  const { from, to } = context.value;
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value !== undefined && (Date.parse(value) < EARLIEST || Date.parse(value) >= LATEST))
      context.issues.push({ code: 'custom', path: [field], message: 'Must be in the years 2000 to 2099', input: value });
  }
  if (from !== undefined && to !== undefined && Date.parse(to) <= Date.parse(from))
    context.issues.push({ code: 'custom', path: ['to'], message: 'Must be after from', input: to });
};

export const departmentFiguresQuerySchema = periodSchema.check(validPeriod);
export type DepartmentFiguresQuery = z.output<typeof departmentFiguresQuerySchema>;

const minutesSchema = z.number().int().min(0).nullable();

const departmentFigureSchema = z.object({
  code: z.string(),
  name: localizedTextSchema(100),
  dispatched: z.number().int().min(0).describe('Reports dispatched to the department in the period'),
  open: z.number().int().min(0).describe('Of those, the ones it is still on: dispatched, acknowledged or in progress'),
  overdue: z.number().int().min(0).describe("Of the open ones, those past the department's own acknowledge or resolve deadline now"),
  acknowledged: z.number().int().min(0).describe('Of those dispatched, the ones it acknowledged'),
  medianMinutesToAcknowledge: minutesSchema.describe('From dispatch to acknowledgement, elapsed time; null when none'),
  resolved: z.number().int().min(0).describe('Of those dispatched, the ones it resolved'),
  medianMinutesToResolve: minutesSchema.describe('From dispatch to resolution, elapsed time; null when none'),
});

export const departmentFiguresViewSchema = z.object({
  from: utcTimestampSchema.nullable().describe('Null: since the first dispatch'),
  to: utcTimestampSchema.nullable().describe('Null: up to now'),
  departments: z.array(departmentFigureSchema).describe('Every department, by code'),
});
export type DepartmentFiguresView = z.infer<typeof departmentFiguresViewSchema>;

export const departmentFiguresFormatQuerySchema = periodSchema
  .extend({ format: z.enum(['json', 'csv']).optional().describe('`csv` (or `Accept: text/csv`) for one line per department') })
  .check(validPeriod);

export class DepartmentFiguresQueryDto extends createZodDto(departmentFiguresFormatQuerySchema) {}
export class DepartmentFiguresViewDto extends createZodDto(departmentFiguresViewSchema) {}

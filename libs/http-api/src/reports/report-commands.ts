import { geoPointSchema, reportCategorySchema } from '@waystation/contracts';
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

export const submitReportSchema = z.object({
  category: reportCategorySchema,
  description: text(2_000),
  location: geoPointSchema,
  address: text(300).optional(),
  photoUrls: z.array(z.url({ protocol: /^https?$/ })).max(9).default([]),
});
export type SubmitReport = z.output<typeof submitReportSchema>;

export const confirmReportSchema = z.object({ note: text(500).optional() }).default({});
export type ConfirmReport = z.output<typeof confirmReportSchema>;

export const rejectReportSchema = z.object({ reason: text(500) });
export type RejectReport = z.output<typeof rejectReportSchema>;

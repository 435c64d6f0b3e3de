import { utcTimestampSchema } from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema } from '../common/view-fields';

export const balanceViewSchema = z.object({
  accountId: z.string().describe('The worker the account belongs to'),
  balance: z.number().int(),
  asOf: utcTimestampSchema,
});
export type BalanceView = z.infer<typeof balanceViewSchema>;

export const pointsTransactionViewSchema = z.object({
  id: z.uuid(),
  amount: z.number().int().describe('Positive for a credit to the worker, negative for a debit'),
  reason: z.string(),
  referenceId: nullableTextSchema().describe('What earned or spent the points, e.g. the confirmed report'),
  createdAt: utcTimestampSchema,
});
export type PointsTransactionView = z.infer<typeof pointsTransactionViewSchema>;

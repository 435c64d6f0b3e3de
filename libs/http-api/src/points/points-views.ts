import { z } from 'zod';
import { nullableTextSchema, timestampSchema } from '../common/view-fields';

export const balanceViewSchema = z.object({
  accountId: z.string().describe('The worker the account belongs to'),
  balance: z.number().int(),
  asOf: timestampSchema(),
});
export type BalanceView = z.infer<typeof balanceViewSchema>;

export const pointsTransactionViewSchema = z.object({
  id: z.uuid(),
  amount: z.number().int().describe('Positive for a credit to the worker, negative for a debit'),
  reason: z.string(),
  referenceId: nullableTextSchema().describe('What earned or spent the points, e.g. the confirmed report'),
  createdAt: timestampSchema(),
});
export type PointsTransactionView = z.infer<typeof pointsTransactionViewSchema>;

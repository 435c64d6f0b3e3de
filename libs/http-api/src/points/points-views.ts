import { utcTimestampSchema } from '@waystation/contracts';
import { z } from 'zod';
import { nullableTextSchema } from '../common/view-fields';

export const balanceViewSchema = z.object({
  accountId: z.string().describe('The worker the account belongs to'),
  balance: z.number().int().describe('Points the worker may spend now'),
  pending: z.number().int().nonnegative().describe('Points reserved for submitted reports, earned when they are confirmed'),
  expiringSoon: z
    .number()
    .int()
    .nonnegative()
    .describe('Points of the balance that expire by `expiringBy` unless spent (oldest are spent first)'),
  expiringBy: utcTimestampSchema,
  asOf: utcTimestampSchema,
});
export type BalanceView = z.infer<typeof balanceViewSchema>;

export const pointsTransactionViewSchema = z.object({
  id: z.uuid(),
  amount: z.number().int().describe('Positive for a credit to the worker, negative for a debit'),
  reason: z.string(),
  referenceId: nullableTextSchema().describe('What earned or spent the points, e.g. the confirmed report'),
  note: nullableTextSchema().describe("The city office's reason, on a manual adjustment"),
  createdAt: utcTimestampSchema,
});
export type PointsTransactionView = z.infer<typeof pointsTransactionViewSchema>;

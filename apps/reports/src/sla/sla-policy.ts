import { SlaClockKind } from '@waystation/contracts';

/** The policy for categories without one of their own. */
export const DEFAULT_POLICY_CODE = 'default';

/** How long the city gives itself for a report of a category. */
export interface SlaPolicy {
  categoryCode: string;
  acknowledgeWithinHours: number;
  resolveWithinDays: number;
  clock: SlaClockKind;
  updatedBy: string | null;
  updatedAt: Date;
}

export type SlaTerms = Pick<SlaPolicy, 'acknowledgeWithinHours' | 'resolveWithinDays' | 'clock'>;

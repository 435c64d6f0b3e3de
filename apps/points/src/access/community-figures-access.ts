import { Actor } from '@waystation/contracts';
import { DomainError } from '@waystation/platform';

export class CommunityFiguresStaffOnlyError extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'community-figures-staff-only';

  constructor(role: string, figures: string) {
    super(`A ${role} has no view of ${figures}; community staff and the city office have`, { role });
  }
}

/**
 * The communities whose figures (budgets, earnings, redemptions) an actor may read: every one for the city office
 * (null: no filter), their own for community staff. Anyone else is refused.
 */
export function communitiesWhoseFiguresAreVisibleTo(actor: Actor, figures: string): string[] | null {
  if (actor.role === 'admin') return null;
  if (actor.role === 'community-staff') return actor.scopes.communities;
  throw new CommunityFiguresStaffOnlyError(actor.role, figures);
}

import { DomainError } from '@waystation/platform';

export class RoutingRuleNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'routing-rule-not-found';

  constructor(ruleId: string) {
    super(`There is no current routing rule ${ruleId}`, { ruleId });
  }
}

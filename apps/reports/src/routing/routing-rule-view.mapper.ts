import { RoutingRuleView } from '@waystation/http-api';
import { RoutingRule } from './routing-rule';

export function toRoutingRuleView(rule: RoutingRule): RoutingRuleView {
  return { ...rule, createdAt: rule.createdAt.toISOString() };
}

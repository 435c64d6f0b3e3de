import { Controller, HttpCode, HttpStatus, Param } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { DepartmentsRoutes, RouteBodyOf, RoutingRuleListView, RoutingRuleView } from '@waystation/http-api';
import { CurrentActor, RouteBody, RouteEndpoint } from '@waystation/platform';
import { toRoutingRuleView } from './routing-rule-view.mapper';
import { RoutingRules } from './routing-rules.service';

@Controller()
export class RoutingRulesController {
  constructor(private readonly rules: RoutingRules) {}

  @RouteEndpoint(DepartmentsRoutes.routingRules)
  async list(@CurrentActor() actor: Actor): Promise<RoutingRuleListView> {
    return { items: (await this.rules.list(actor)).map(toRoutingRuleView) };
  }

  @RouteEndpoint(DepartmentsRoutes.setRoutingRule)
  async set(
    @CurrentActor() actor: Actor,
    @RouteBody(DepartmentsRoutes.setRoutingRule) body: RouteBodyOf<typeof DepartmentsRoutes.setRoutingRule>,
  ): Promise<RoutingRuleView> {
    return toRoutingRuleView(await this.rules.set(actor, body.categoryCode, body.districtCode, body.departments));
  }

  @RouteEndpoint(DepartmentsRoutes.retireRoutingRule)
  @HttpCode(HttpStatus.OK)
  async retire(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<RoutingRuleView> {
    return toRoutingRuleView(await this.rules.retire(actor, id));
  }
}

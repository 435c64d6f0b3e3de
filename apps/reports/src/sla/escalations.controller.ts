import { Controller } from '@nestjs/common';
import { Actor, mapPage, Page } from '@waystation/contracts';
import { EscalationView, ReportSlasRoutes, RouteQueryOf } from '@waystation/http-api';
import { CurrentActor, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { Escalations } from './escalations.service';
import { toEscalationView } from './sla-view.mapper';

@Controller()
export class EscalationsController {
  constructor(private readonly escalations: Escalations) {}

  @RouteEndpoint(ReportSlasRoutes.escalations)
  async list(
    @CurrentActor() actor: Actor,
    @RouteQuery(ReportSlasRoutes.escalations) query: RouteQueryOf<typeof ReportSlasRoutes.escalations>,
  ): Promise<Page<EscalationView>> {
    return mapPage(await this.escalations.list(actor, query), toEscalationView);
  }
}

import { Controller } from '@nestjs/common';
import { Actor, mapPage, Page } from '@waystation/contracts';
import { AcceptanceTemplateView, RouteBodyOf, RouteQueryOf, StationsAcceptanceRoutes } from '@waystation/http-api';
import { CurrentActor, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { AcceptanceChecklists } from './acceptance-checklists.service';
import { toAcceptanceTemplateView } from './acceptance-view.mapper';

@Controller()
export class AcceptanceTemplatesController {
  constructor(private readonly checklists: AcceptanceChecklists) {}

  @RouteEndpoint(StationsAcceptanceRoutes.createTemplate)
  async create(
    @CurrentActor() actor: Actor,
    @RouteBody(StationsAcceptanceRoutes.createTemplate) command: RouteBodyOf<typeof StationsAcceptanceRoutes.createTemplate>,
  ): Promise<AcceptanceTemplateView> {
    return toAcceptanceTemplateView(await this.checklists.create(actor, command));
  }

  @RouteEndpoint(StationsAcceptanceRoutes.listTemplates)
  async list(
    @RouteQuery(StationsAcceptanceRoutes.listTemplates) query: RouteQueryOf<typeof StationsAcceptanceRoutes.listTemplates>,
  ): Promise<Page<AcceptanceTemplateView>> {
    return mapPage(await this.checklists.list(query), toAcceptanceTemplateView);
  }
}

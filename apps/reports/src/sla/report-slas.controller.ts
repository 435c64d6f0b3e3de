import { Controller, Param } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { ReportSlasRoutes, RouteBodyOf, slaCategoryCodeSchema, SlaPolicyListView, SlaPolicyView } from '@waystation/http-api';
import { CurrentActor, RouteBody, RouteEndpoint } from '@waystation/platform';
import { ZodValidationPipe } from 'nestjs-zod';
import { SlaPolicies } from './sla-policies.service';
import { toSlaPolicyView } from './sla-view.mapper';

@Controller()
export class ReportSlasController {
  constructor(private readonly policies: SlaPolicies) {}

  @RouteEndpoint(ReportSlasRoutes.policies)
  async list(): Promise<SlaPolicyListView> {
    return { items: (await this.policies.list()).map(toSlaPolicyView) };
  }

  @RouteEndpoint(ReportSlasRoutes.setPolicy)
  async set(
    @CurrentActor() actor: Actor,
    @Param('categoryCode', new ZodValidationPipe(slaCategoryCodeSchema)) categoryCode: string,
    @RouteBody(ReportSlasRoutes.setPolicy) terms: RouteBodyOf<typeof ReportSlasRoutes.setPolicy>,
  ): Promise<SlaPolicyView> {
    return toSlaPolicyView(await this.policies.set(actor, categoryCode, terms));
  }
}

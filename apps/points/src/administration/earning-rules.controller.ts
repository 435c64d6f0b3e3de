import { Controller, HttpStatus, Res } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { EarningRuleListView, EarningRuleVersionView, PointsRoutes, RouteBodyOf } from '@waystation/http-api';
import { CurrentActor, RouteBody, RouteEndpoint } from '@waystation/platform';
import type { Response } from 'express';
import { EarningRuleChanges } from './earning-rule-changes.service';
import { toEarningRuleVersionView } from './points-administration-view.mapper';

@Controller()
export class EarningRulesController {
  constructor(private readonly rules: EarningRuleChanges) {}

  @RouteEndpoint(PointsRoutes.earningRules)
  async list(): Promise<EarningRuleListView> {
    return { items: (await this.rules.list()).map(toEarningRuleVersionView) };
  }

  @RouteEndpoint(PointsRoutes.addEarningRuleVersion)
  async add(
    @CurrentActor() actor: Actor,
    @RouteBody(PointsRoutes.addEarningRuleVersion) command: RouteBodyOf<typeof PointsRoutes.addEarningRuleVersion>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EarningRuleVersionView> {
    const { version, created } = await this.rules.add(actor, {
      ...command,
      group: command.group ?? '',
      effectiveFrom: new Date(command.effectiveFrom),
      note: command.note ?? null,
    });
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return toEarningRuleVersionView(version);
  }
}

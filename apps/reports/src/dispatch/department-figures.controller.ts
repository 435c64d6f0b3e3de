import { Controller } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { DepartmentsRoutes, RouteQueryOf, RouteResponseOf } from '@waystation/http-api';
import { CurrentActor, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { DepartmentFigures } from './department-figures.service';

/** The city office's figures per department. */
@Controller()
export class DepartmentFiguresController {
  constructor(private readonly figures: DepartmentFigures) {}

  @RouteEndpoint(DepartmentsRoutes.figures)
  async departmentFigures(
    @CurrentActor() actor: Actor,
    @RouteQuery(DepartmentsRoutes.figures) { from, to }: RouteQueryOf<typeof DepartmentsRoutes.figures>,
  ): Promise<RouteResponseOf<typeof DepartmentsRoutes.figures>> {
    const departments = await this.figures.of(actor, { from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined });
    return { from: from ?? null, to: to ?? null, departments };
  }
}

import { Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { AssignmentView, DepartmentsRoutes, RouteBodyOf, RouteQueryOf, RouteResponseOf } from '@waystation/http-api';
import { CorrelationId, CurrentActor, RouteBody, RouteEndpoint, RouteQuery } from '@waystation/platform';
import { toAssignmentView } from './assignment-view.mapper';
import { DepartmentQueue } from './department-queue.service';
import { DepartmentWork } from './department-work.service';

/** Departments: their queue, and their moves on the reports routed to them. */
@Controller()
export class DepartmentQueueController {
  constructor(
    private readonly queue: DepartmentQueue,
    private readonly work: DepartmentWork,
  ) {}

  @RouteEndpoint(DepartmentsRoutes.departmentQueue)
  async departmentQueue(
    @CurrentActor() actor: Actor,
    @RouteQuery(DepartmentsRoutes.departmentQueue) query: RouteQueryOf<typeof DepartmentsRoutes.departmentQueue>,
  ): Promise<RouteResponseOf<typeof DepartmentsRoutes.departmentQueue>> {
    const page = await this.queue.page(actor, query);
    return {
      ...page,
      items: page.items.map((item) => ({
        ...item,
        dispatchedAt: item.dispatchedAt.toISOString(),
        updatedAt: item.updatedAt.toISOString(),
        acknowledgeDueAt: item.acknowledgeDueAt?.toISOString() ?? null,
        resolveDueAt: item.resolveDueAt?.toISOString() ?? null,
      })),
    };
  }

  @RouteEndpoint(DepartmentsRoutes.acknowledge)
  @HttpCode(HttpStatus.OK)
  async acknowledge(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(DepartmentsRoutes.acknowledge) body: RouteBodyOf<typeof DepartmentsRoutes.acknowledge>,
    @CorrelationId() correlationId: string,
  ): Promise<AssignmentView> {
    return toAssignmentView(await this.work.act(actor, id, 'acknowledge', body, correlationId));
  }

  @RouteEndpoint(DepartmentsRoutes.progress)
  @HttpCode(HttpStatus.OK)
  async progress(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(DepartmentsRoutes.progress) body: RouteBodyOf<typeof DepartmentsRoutes.progress>,
    @CorrelationId() correlationId: string,
  ): Promise<AssignmentView> {
    return toAssignmentView(await this.work.act(actor, id, 'progress', body, correlationId));
  }

  @RouteEndpoint(DepartmentsRoutes.resolve)
  @HttpCode(HttpStatus.OK)
  async resolve(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(DepartmentsRoutes.resolve) body: RouteBodyOf<typeof DepartmentsRoutes.resolve>,
    @CorrelationId() correlationId: string,
  ): Promise<AssignmentView> {
    return toAssignmentView(await this.work.act(actor, id, 'resolve', body, correlationId));
  }

  @RouteEndpoint(DepartmentsRoutes.notResponsible)
  @HttpCode(HttpStatus.OK)
  async notResponsible(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @RouteBody(DepartmentsRoutes.notResponsible) body: RouteBodyOf<typeof DepartmentsRoutes.notResponsible>,
    @CorrelationId() correlationId: string,
  ): Promise<AssignmentView> {
    return toAssignmentView(await this.work.act(actor, id, 'not-responsible', { note: body.reason }, correlationId));
  }
}

import { Controller, HttpStatus, Param, Res } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { DepartmentListView, DepartmentsRoutes, DepartmentView, RouteBodyOf } from '@waystation/http-api';
import { CurrentActor, RouteBody, RouteEndpoint } from '@waystation/platform';
import type { Response } from 'express';
import { DepartmentDirectory } from './department-directory.service';
import { toDepartmentView } from './department-view.mapper';

@Controller()
export class DepartmentsController {
  constructor(private readonly directory: DepartmentDirectory) {}

  @RouteEndpoint(DepartmentsRoutes.departments)
  async list(@CurrentActor() actor: Actor): Promise<DepartmentListView> {
    return { items: (await this.directory.list(actor)).map(toDepartmentView) };
  }

  @RouteEndpoint(DepartmentsRoutes.createDepartment)
  async create(
    @CurrentActor() actor: Actor,
    @RouteBody(DepartmentsRoutes.createDepartment) { code, ...definition }: RouteBodyOf<typeof DepartmentsRoutes.createDepartment>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DepartmentView> {
    const { department, created } = await this.directory.create(actor, code, definition);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return toDepartmentView(department);
  }

  @RouteEndpoint(DepartmentsRoutes.updateDepartment)
  async update(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @RouteBody(DepartmentsRoutes.updateDepartment) changes: RouteBodyOf<typeof DepartmentsRoutes.updateDepartment>,
  ): Promise<DepartmentView> {
    return toDepartmentView(await this.directory.update(actor, code, changes));
  }
}

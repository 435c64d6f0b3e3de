import { Controller, HttpStatus, Param, Res } from '@nestjs/common';
import { Actor } from '@waystation/contracts';
import { ReportCategoriesRoutes, ReportCategoryList, ReportCategoryView, RouteBodyOf } from '@waystation/http-api';
import { CurrentActor, Public, RouteBody, RouteEndpoint } from '@waystation/platform';
import type { Response } from 'express';
import { CategoryCatalog } from './category-catalog.service';
import { toReportCategoryView } from './category-view.mapper';

@Controller()
export class ReportCategoriesController {
  constructor(private readonly catalog: CategoryCatalog) {}

  @Public()
  @RouteEndpoint(ReportCategoriesRoutes.list)
  async list(): Promise<ReportCategoryList> {
    return { items: (await this.catalog.listActive()).map(toReportCategoryView) };
  }

  @Public()
  @RouteEndpoint(ReportCategoriesRoutes.get)
  async get(@Param('code') code: string): Promise<ReportCategoryView> {
    return toReportCategoryView(await this.catalog.get(code));
  }

  @RouteEndpoint(ReportCategoriesRoutes.create)
  async create(
    @CurrentActor() actor: Actor,
    @RouteBody(ReportCategoriesRoutes.create) { code, ...definition }: RouteBodyOf<typeof ReportCategoriesRoutes.create>,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReportCategoryView> {
    const { category, created } = await this.catalog.create(actor, code, definition);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return toReportCategoryView(category);
  }

  @RouteEndpoint(ReportCategoriesRoutes.update)
  async update(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @RouteBody(ReportCategoriesRoutes.update) changes: RouteBodyOf<typeof ReportCategoriesRoutes.update>,
  ): Promise<ReportCategoryView> {
    return toReportCategoryView(await this.catalog.update(actor, code, changes));
  }
}

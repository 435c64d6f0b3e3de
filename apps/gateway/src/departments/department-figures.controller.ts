import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DepartmentFiguresQueryDto, DepartmentFiguresView, DepartmentFiguresViewDto, DepartmentsRoutes } from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import type { Request, Response } from 'express';
import { answerJsonOrCsv } from '../figures/json-or-csv';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiJsonOrCsvResponse } from '../openapi/api-json-or-csv.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';
import { departmentFiguresCsv } from './department-figures-csv';

@ApiTags('departments')
@Controller('api/v1')
export class DepartmentFiguresController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get('department-figures')
  @ApiOperation({
    summary:
      'Per department, of the reports dispatched to it in the period: open, overdue by its own deadlines, median minutes to acknowledge and to resolve (city office)',
  })
  @ApiJsonOrCsvResponse(DepartmentFiguresViewDto.Output, {
    lines: 'one line per department',
    columns: 'from,to,code,nameZh,nameEn,dispatched,open,overdue,acknowledged,medianMinutesToAcknowledge,resolved,medianMinutesToResolve',
  })
  @ApiProblems(400, 401, 403)
  async figures(
    @CallerToken() callerToken: string,
    @Query() { from, to, format }: DepartmentFiguresQueryDto,
    @CorrelationId() correlationId: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DepartmentFiguresView | string> {
    const figures = (await this.upstreams.reports.call(DepartmentsRoutes.figures, { query: { from, to }, callerToken, correlationId }))
      .body;
    return answerJsonOrCsv(figures, { format, request, response }, 'department-figures.csv', departmentFiguresCsv);
  }
}

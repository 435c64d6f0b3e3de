import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import { PublicReportPageDto, PublicReportView, PublicResolvedReportsQueryDto, ReportSlasRoutes } from '@waystation/http-api';
import { CorrelationId, Public } from '@waystation/platform';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

@ApiTags('public feed')
@Controller('api/v1/public')
export class PublicReportsController {
  constructor(private readonly upstreams: Upstreams) {}

  @Public()
  @Get('resolved-reports')
  @ApiOperation({
    summary: 'Resolved reports for a city map, anonymised: no reporter, no free text, places rounded to ~100 m, no care referrals',
  })
  @ApiOkResponse({ type: PublicReportPageDto.Output })
  @ApiProblems(400)
  async resolved(@Query() query: PublicResolvedReportsQueryDto, @CorrelationId() correlationId: string): Promise<Page<PublicReportView>> {
    return (await this.upstreams.reports.call(ReportSlasRoutes.publicResolved, { query, correlationId })).body;
  }
}

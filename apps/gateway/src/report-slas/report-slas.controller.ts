import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Page } from '@waystation/contracts';
import {
  EscalationPageDto,
  EscalationsQueryDto,
  EscalationView,
  ReportSlasRoutes,
  SetSlaPolicyDto,
  slaCategoryCodeSchema,
  SlaPolicyListDto,
  SlaPolicyListView,
  SlaPolicyView,
  SlaPolicyViewDto,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { ZodValidationPipe } from 'nestjs-zod';
import { CallerToken } from '../identity/caller-token.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

@ApiTags('report SLAs')
@Controller('api/v1')
export class ReportSlasController {
  constructor(private readonly upstreams: Upstreams) {}

  @Get('report-slas')
  @ApiOperation({ summary: 'How long the city gives itself to acknowledge and resolve a report, per category' })
  @ApiOkResponse({ type: SlaPolicyListDto.Output })
  @ApiProblems(401)
  async policies(@CallerToken() callerToken: string, @CorrelationId() correlationId: string): Promise<SlaPolicyListView> {
    return (await this.upstreams.reports.call(ReportSlasRoutes.policies, { callerToken, correlationId })).body;
  }

  @Put('report-slas/:categoryCode')
  @ApiOperation({ summary: "Sets a category's SLA (admin); deadlines already running keep theirs" })
  @ApiOkResponse({ type: SlaPolicyViewDto.Output })
  @ApiProblems(400, 401, 403, 413, 415)
  @ApiParam({
    name: 'categoryCode',
    description: "The category's code, or `default` for every category without a policy of its own",
    schema: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,59}$' },
  })
  async setPolicy(
    @CallerToken() callerToken: string,
    @Param('categoryCode', new ZodValidationPipe(slaCategoryCodeSchema)) categoryCode: string,
    @Body() body: SetSlaPolicyDto,
    @CorrelationId() correlationId: string,
  ): Promise<SlaPolicyView> {
    return (await this.upstreams.reports.call(ReportSlasRoutes.setPolicy, { params: { categoryCode }, callerToken, body, correlationId }))
      .body;
  }

  @Get('escalations')
  @ApiOperation({ summary: 'Reports past an SLA deadline: community staff see their communities, admins every one' })
  @ApiOkResponse({ type: EscalationPageDto.Output })
  @ApiProblems(400, 401, 403)
  async escalations(
    @CallerToken() callerToken: string,
    @Query() query: EscalationsQueryDto,
    @CorrelationId() correlationId: string,
  ): Promise<Page<EscalationView>> {
    return (await this.upstreams.reports.call(ReportSlasRoutes.escalations, { callerToken, query, correlationId })).body;
  }
}

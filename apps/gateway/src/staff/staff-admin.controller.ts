import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, mapPage, Page } from '@waystation/contracts';
import {
  CreatedStaffView,
  CreatedStaffViewDto,
  CreateStaffDto,
  PageQueryDto,
  PasswordResetView,
  PasswordResetViewDto,
  ResetStaffPasswordDto,
  StaffPageDto,
  StaffView,
  StaffViewDto,
  UpdateStaffDto,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { Caller } from '../identity/caller.decorator';
import { ApiIdParam } from '../openapi/api-id-param.decorator';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { StaffAccounts } from './staff-accounts.service';
import { toCreatedStaffView, toStaffView } from './staff-view.mapper';

const NEXT_TOKEN = 'It takes effect with the account’s next access token (its next sign-in or refresh, within minutes).';

/** The city office's staff accounts: admin only, everyone else 403. */
@ApiTags('staff')
@Controller('api/v1/staff')
export class StaffAdminController {
  constructor(private readonly staff: StaffAccounts) {}

  @Post()
  @ApiOperation({ summary: 'Create a staff account; without a password one is generated and returned once' })
  @ApiCreatedResponse({ type: CreatedStaffViewDto.Output })
  @ApiProblems(400, 401, 403, 409, 422)
  async create(@Caller() actor: Actor, @Body() body: CreateStaffDto, @CorrelationId() correlationId: string): Promise<CreatedStaffView> {
    return toCreatedStaffView(await this.staff.create(actor, body, correlationId));
  }

  @Get()
  @ApiOkResponse({ type: StaffPageDto.Output })
  @ApiProblems(400, 401, 403)
  async list(@Caller() actor: Actor, @Query() query: PageQueryDto): Promise<Page<StaffView>> {
    return mapPage(await this.staff.list(actor, query), toStaffView);
  }

  @Get(':id')
  @ApiOkResponse({ type: StaffViewDto.Output })
  @ApiProblems(400, 401, 403, 404)
  @ApiIdParam('staff account')
  async get(@Caller() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<StaffView> {
    return toStaffView(await this.staff.get(actor, id));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the display name, or role and scopes together', description: NEXT_TOKEN })
  @ApiOkResponse({ type: StaffViewDto.Output })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiIdParam('staff account')
  async update(
    @Caller() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateStaffDto,
    @CorrelationId() correlationId: string,
  ): Promise<StaffView> {
    const assignment = body.role && body.scopes ? { role: body.role, scopes: body.scopes } : undefined;
    return toStaffView(await this.staff.update(actor, id, { displayName: body.displayName, assignment }, correlationId));
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable the account: sign-in and refresh are refused', description: NEXT_TOKEN })
  @ApiOkResponse({ type: StaffViewDto.Output })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiIdParam('staff account')
  async disable(@Caller() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<StaffView> {
    return toStaffView(await this.staff.setEnabled(actor, id, false));
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOkResponse({ type: StaffViewDto.Output })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiIdParam('staff account')
  async enable(@Caller() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<StaffView> {
    return toStaffView(await this.staff.setEnabled(actor, id, true));
  }

  @Post(':id/password')
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a new password; without one, one is generated and returned once' })
  @ApiOkResponse({ type: PasswordResetViewDto.Output })
  @ApiProblems(400, 401, 403, 404, 422)
  @ApiIdParam('staff account')
  async resetPassword(
    @Caller() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ResetStaffPasswordDto,
  ): Promise<PasswordResetView> {
    return this.staff.resetPassword(actor, id, body.password);
  }
}

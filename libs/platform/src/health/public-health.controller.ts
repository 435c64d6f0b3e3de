import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../http/public.decorator';
import { ReadinessService } from './readiness.service';

const STATUS_SCHEMA = { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok', 'error'] } } };

export interface PublicHealthStatus {
  status: 'ok' | 'error';
}

/**
 * Health on a public port: the status alone. Which dependency failed, and where it lives, is for the
 * management port (HealthController there).
 */
@Public()
@ApiTags('health')
@Controller('health')
export class PublicHealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('live')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The process is up', schema: STATUS_SCHEMA })
  live(): PublicHealthStatus {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOkResponse({ description: 'Every dependency answers', schema: STATUS_SCHEMA })
  @ApiServiceUnavailableResponse({ description: 'A dependency does not answer', schema: STATUS_SCHEMA })
  async ready(@Res({ passthrough: true }) response: Response): Promise<PublicHealthStatus> {
    const { status } = await this.readiness.check();
    if (status === 'ok') return { status: 'ok' };
    response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: 'error' };
  }
}

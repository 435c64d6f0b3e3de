import { CallerToken } from '../identity/caller-token.decorator';
import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  STATION_IMPORT_MAX_BYTES,
  stationImportCsvSchema,
  StationImportResult,
  StationImportResultDto,
  StationsImportRoutes,
} from '@waystation/http-api';
import { CorrelationId } from '@waystation/platform';
import { ZodValidationPipe } from 'nestjs-zod';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { Upstreams } from '../upstream/upstreams';

@ApiTags('stations')
@Controller('api/v1/stations')
export class StationImportController {
  constructor(private readonly upstreams: Upstreams) {}

  /**
   * All or nothing: 422 station-import-invalid lists every bad cell in `rowErrors` (`row` is the line, `column`
   * the header name). Importing the same file again changes nothing (each row's externalRef).
   */
  @Post('import')
  @HttpCode(HttpStatus.OK)
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', maxLength: STATION_IMPORT_MAX_BYTES, description: stationImportCsvSchema.description } })
  @ApiOkResponse({ type: StationImportResultDto.Output, description: 'What each row became: a new station, or one imported before' })
  @ApiProblems(400, 401, 403, 413, 415, 422)
  async importCsv(
    @CallerToken() callerToken: string,
    @Body(new ZodValidationPipe(stationImportCsvSchema)) csv: string,
    @CorrelationId() correlationId: string,
  ): Promise<StationImportResult> {
    return (await this.upstreams.stations.call(StationsImportRoutes.importCsv, { callerToken, body: csv, correlationId })).body;
  }
}

import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pageSchemaOf } from '../common/page';
import { acceptanceTemplateViewSchema, createAcceptanceTemplateSchema, inspectionViewSchema, recordInspectionSchema } from './acceptance';
import { districtTargetViewSchema, setDistrictTargetSchema, stationProgressQuerySchema, stationProgressViewSchema } from './progress';
import { stationImportResultSchema } from './station-import';
import { changeStationStatusSchema, stationStatusChangeViewSchema } from './station-lifecycle';

/** Requests and answers of the lifecycle, acceptance, targets and import routes, for the gateway and its OpenAPI document. */
export class ChangeStationStatusDto extends createZodDto(changeStationStatusSchema) {}
export class StationStatusChangePageDto extends createZodDto(pageSchemaOf(stationStatusChangeViewSchema.describe('Oldest first'))) {}

export class CreateAcceptanceTemplateDto extends createZodDto(createAcceptanceTemplateSchema) {}
export class AcceptanceTemplateViewDto extends createZodDto(acceptanceTemplateViewSchema) {}
export class AcceptanceTemplatePageDto extends createZodDto(pageSchemaOf(acceptanceTemplateViewSchema.describe('Oldest first'))) {}
export class RecordInspectionDto extends createZodDto(recordInspectionSchema) {}
export class InspectionViewDto extends createZodDto(inspectionViewSchema) {}
export class InspectionPageDto extends createZodDto(pageSchemaOf(inspectionViewSchema.describe('Oldest first'))) {}

export class SetDistrictTargetDto extends createZodDto(setDistrictTargetSchema) {}
export class DistrictTargetViewDto extends createZodDto(districtTargetViewSchema) {}
/** The public query adds the format; `Accept: text/csv` asks for CSV too. */
export class StationProgressQueryDto extends createZodDto(
  stationProgressQuerySchema.extend({
    format: z.enum(['json', 'csv']).optional().describe('csv for a spreadsheet (as `Accept: text/csv`); JSON otherwise'),
  }),
) {}
export class StationProgressViewDto extends createZodDto(stationProgressViewSchema) {}

export class StationImportResultDto extends createZodDto(stationImportResultSchema) {}

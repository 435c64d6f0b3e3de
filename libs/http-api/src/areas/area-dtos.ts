import { createZodDto } from 'nestjs-zod';
import { pageSchemaOf } from '../common/page';
import { areaListQuerySchema, importAreasSchema, locateAreaQuerySchema } from './area-commands';
import { areaImportResultViewSchema, areaLocationViewSchema, areaSummaryViewSchema, areaViewSchema } from './area-view';

export class ImportAreasDto extends createZodDto(importAreasSchema) {}
export class AreaListQueryDto extends createZodDto(areaListQuerySchema) {}
export class LocateAreaQueryDto extends createZodDto(locateAreaQuerySchema) {}

export class AreaViewDto extends createZodDto(areaViewSchema) {}
export class AreaPageDto extends createZodDto(pageSchemaOf(areaSummaryViewSchema)) {}
export class AreaImportResultDto extends createZodDto(areaImportResultViewSchema) {}
export class AreaLocationDto extends createZodDto(areaLocationViewSchema) {}

import { createZodDto } from 'nestjs-zod';
import { createReportCategorySchema, updateReportCategorySchema } from './report-category-commands';
import { reportCategoryListSchema, reportCategoryViewSchema } from './report-category-view';

export class CreateReportCategoryDto extends createZodDto(createReportCategorySchema) {}
export class UpdateReportCategoryDto extends createZodDto(updateReportCategorySchema) {}
export class ReportCategoryViewDto extends createZodDto(reportCategoryViewSchema) {}
export class ReportCategoryListDto extends createZodDto(reportCategoryListSchema) {}

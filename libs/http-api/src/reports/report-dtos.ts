import { createZodDto } from 'nestjs-zod';
import { idCursorPageQuerySchema } from '../common/page';
import { confirmReportSchema, rejectReportSchema, submitReportSchema } from './report-commands';
import { reportStatusSchema } from './report-view';

/** Validated request bodies and queries, used alike by the gateway (public API, OpenAPI) and the service. */
export class SubmitReportDto extends createZodDto(submitReportSchema) {}
export class ConfirmReportDto extends createZodDto(confirmReportSchema) {}
export class RejectReportDto extends createZodDto(rejectReportSchema) {}
export class ListReportsQueryDto extends createZodDto(idCursorPageQuerySchema.extend({ status: reportStatusSchema.optional() })) {}

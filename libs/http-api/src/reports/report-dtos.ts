import { createZodDto } from 'nestjs-zod';
import {
  addReportPhotoSchema,
  confirmReportSchema,
  listReportsQuerySchema,
  rejectReportSchema,
  submitReportSchema,
} from './report-commands';

/** Validated request bodies and queries, used alike by the gateway (public API, OpenAPI) and the service. */
export class SubmitReportDto extends createZodDto(submitReportSchema) {}
export class AddReportPhotoDto extends createZodDto(addReportPhotoSchema) {}
export class ConfirmReportDto extends createZodDto(confirmReportSchema) {}
export class RejectReportDto extends createZodDto(rejectReportSchema) {}
export class ListReportsQueryDto extends createZodDto(listReportsQuerySchema) {}

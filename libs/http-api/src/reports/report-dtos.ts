import { createZodDto } from 'nestjs-zod';
import {
  addReportPhotoSchema,
  confirmReportSchema,
  listReportsQuerySchema,
  mergeReportSchema,
  rejectReportSchema,
  reportFeedbackSchema,
  reviewQueueQuerySchema,
  submitReportSchema,
} from './report-commands';
import { reportDuplicatesViewSchema, reviewQueuePageSchema } from './review-queue-view';

/** Validated request bodies and queries, used alike by the gateway (public API, OpenAPI) and the service. */
export class SubmitReportDto extends createZodDto(submitReportSchema) {}
export class AddReportPhotoDto extends createZodDto(addReportPhotoSchema) {}
export class ConfirmReportDto extends createZodDto(confirmReportSchema) {}
export class RejectReportDto extends createZodDto(rejectReportSchema) {}
export class ListReportsQueryDto extends createZodDto(listReportsQuerySchema) {}
export class MergeReportDto extends createZodDto(mergeReportSchema) {}
export class ReportFeedbackDto extends createZodDto(reportFeedbackSchema) {}
export class ReviewQueueQueryDto extends createZodDto(reviewQueueQuerySchema) {}
export class ReviewQueuePageDto extends createZodDto(reviewQueuePageSchema) {}
export class ReportDuplicatesViewDto extends createZodDto(reportDuplicatesViewSchema) {}

import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { homeViewSchema } from '../home/home-view';
import { phoneCodeSentViewSchema } from '../identity/phone-code-view';
import { tokenPairSchema } from '../identity/token-pair';
import { meViewSchema } from '../me/me-view';
import { notificationViewSchema, unreadCountViewSchema } from '../notifications/notification-view';
import { balanceViewSchema, pointsTransactionViewSchema } from '../points/points-views';
import { uploadedPhotoViewSchema } from '../reports/report-photo-view';
import { reportViewSchema } from '../reports/report-view';
import { nearbyStationViewSchema, stationServiceTypeViewSchema, stationViewSchema } from '../stations/station-view';
import { pageSchemaOf } from './page';
import { problemDetailsSchema } from './problem-details';

/** Response bodies, for the public API's OpenAPI document (`@ApiOkResponse({ type: ReportViewDto.Output })`). */
export class ReportViewDto extends createZodDto(reportViewSchema) {}
export class ReportPageDto extends createZodDto(pageSchemaOf(reportViewSchema)) {}
export class UploadedPhotoViewDto extends createZodDto(uploadedPhotoViewSchema) {}
export class StationViewDto extends createZodDto(stationViewSchema) {}
export class StationPageDto extends createZodDto(pageSchemaOf(stationViewSchema)) {}
export class StationServiceTypeViewDto extends createZodDto(stationServiceTypeViewSchema) {}
export class StationServiceTypeListDto extends createZodDto(z.object({ items: z.array(stationServiceTypeViewSchema) })) {}
export class NearbyStationsDto extends createZodDto(pageSchemaOf(nearbyStationViewSchema.describe('Nearest first'))) {}
export class BalanceViewDto extends createZodDto(balanceViewSchema) {}
export class PointsTransactionPageDto extends createZodDto(pageSchemaOf(pointsTransactionViewSchema)) {}
export class NotificationPageDto extends createZodDto(pageSchemaOf(notificationViewSchema)) {}
export class UnreadCountViewDto extends createZodDto(unreadCountViewSchema) {}
export class HomeViewDto extends createZodDto(homeViewSchema) {}
export class TokenPairDto extends createZodDto(tokenPairSchema) {}
export class PhoneCodeSentViewDto extends createZodDto(phoneCodeSentViewSchema) {}
export class MeViewDto extends createZodDto(meViewSchema) {}
export class ProblemDetailsDto extends createZodDto(problemDetailsSchema) {}

import { z } from 'zod';
import { entityIdSchema } from './entity-id.schema';

/** The image types a report photo is stored as, detected from its content. */
export const photoMimeTypeSchema = z.enum(['image/jpeg', 'image/png', 'image/webp']);
export type PhotoMimeType = z.infer<typeof photoMimeTypeSchema>;

/** Reports keep 1 to this many photos each. */
export const MAX_PHOTOS_PER_REPORT = 4;

/**
 * One photo of a report as others learn of it: `url` is the gateway's path of the image
 * (`/api/v1/reports/{reportId}/photos/{photoId}`), served to whoever may read the report.
 */
export const reportPhotoSchema = z.object({
  id: entityIdSchema,
  url: z
    .string()
    .regex(/^\/api\/v1\/reports\/[0-9a-f-]{36}\/photos\/[0-9a-f-]{36}$/)
    .describe("The gateway's path of the image, for a caller who may read the report"),
  width: z.int().positive(),
  height: z.int().positive(),
});
export type ReportPhoto = z.infer<typeof reportPhotoSchema>;

/** The gateway's path of a report's photo. */
export const reportPhotoPath = (reportId: string, photoId: string): string => `/api/v1/reports/${reportId}/photos/${photoId}`;

import { entityIdSchema, photoMimeTypeSchema } from '@waystation/contracts';
import { z } from 'zod';

/**
 * A photo as stored after processing (turned upright, every metadata block stripped, re-encoded): `url` serves it
 * to its uploader until it is attached, then through its report (`/api/v1/reports/{id}/photos/{photoId}`).
 */
export const uploadedPhotoViewSchema = z.object({
  id: entityIdSchema,
  width: z.int().positive(),
  height: z.int().positive(),
  bytes: z.int().positive(),
  mime: photoMimeTypeSchema,
  url: z.string().describe("The gateway's path of the stored image"),
});
export type UploadedPhotoView = z.infer<typeof uploadedPhotoViewSchema>;

/**
 * The largest photo upload the gateway passes on (10 MiB, a phone camera's largest JPEG with room to spare); the
 * reports service may be set to take less (REPORTS_PHOTO_MAX_BYTES), never more.
 */
export const REPORT_PHOTO_MAX_BYTES = 10 * 1024 * 1024;

/** What an upload may say it is: the type is told from the content all the same. */
export const REPORT_PHOTO_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/octet-stream'];

/** The image bytes of a photo, as served (its media type in Content-Type); never parsed. */
export const photoImageSchema = z.unknown();

/** The gateway's path of an uploaded photo, for its uploader. */
export const uploadedPhotoPath = (photoId: string): string => `/api/v1/report-photos/${photoId}`;

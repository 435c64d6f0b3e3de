import { REPORT_PHOTO_MAX_BYTES } from '@waystation/http-api';
import { z } from 'zod';

const flag = (defaultValue: boolean) =>
  z
    .enum(['true', 'false'])
    .default(defaultValue ? 'true' : 'false')
    .transform((value) => value === 'true');

/** Where report photos are kept and what an upload may be. */
export const photoEnvFields = {
  /** `local`: a directory of this machine (one replica, development); `s3`: an S3-compatible bucket. */
  REPORTS_PHOTO_STORE: z.enum(['local', 's3']).default('local'),
  REPORTS_PHOTO_DIR: z.string().min(1).default('.waystation/dev/photos'),
  /** At most what the gateway passes on. */
  REPORTS_PHOTO_MAX_BYTES: z.coerce.number().int().min(1024).max(REPORT_PHOTO_MAX_BYTES).default(REPORT_PHOTO_MAX_BYTES),
  /** Decoding a bigger image than this is refused before its pixels are allocated (a decompression bomb). */
  REPORTS_PHOTO_MAX_PIXELS: z.coerce.number().int().min(1).default(50_000_000),
  /** The stored image's longer edge, at most. */
  REPORTS_PHOTO_MAX_EDGE_PX: z.coerce.number().int().min(64).default(2_560),
  /** Unset: AWS's own endpoint for the region. */
  REPORTS_PHOTO_S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  REPORTS_PHOTO_S3_REGION: z.string().min(1).default('us-east-1'),
  REPORTS_PHOTO_S3_BUCKET: z.string().min(3).optional(),
  /** Unset: the SDK's own credential chain (instance role, AWS_* variables). */
  REPORTS_PHOTO_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  REPORTS_PHOTO_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** An upload never attached to a report within this long is deleted, from the store and the database. */
  REPORTS_PHOTO_UNATTACHED_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  /** 0 turns the unattached-photo cleanup off (the tests run it by hand). */
  REPORTS_PHOTO_CLEANUP_INTERVAL_MS: z.coerce.number().int().min(0).default(600_000),
  /** Bucket in the path (`endpoint/bucket/key`), as most S3-compatible servers want. */
  REPORTS_PHOTO_S3_FORCE_PATH_STYLE: flag(true),
};

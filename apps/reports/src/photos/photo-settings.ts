import { ReportsConfig } from '../config/reports.config';

export type PhotoStoreSettings =
  | { kind: 'local'; directory: string }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      endpoint?: string;
      forcePathStyle: boolean;
      credentials?: { accessKeyId: string; secretAccessKey: string };
    };

export interface PhotoLimits {
  maxBytes: number;
  maxPixels: number;
  /** The stored image's longer edge, at most. */
  maxEdgePx: number;
}

/** When uploads nobody attached are deleted, and how often each replica looks for them. */
export interface UnattachedPhotoCleanupSettings {
  unattachedTtlMs: number;
  /** 0: never. */
  intervalMs: number;
}

const HOUR_MS = 60 * 60 * 1000;

/** The photo pipeline's part of the configuration. */
export class PhotoSettings {
  constructor(
    readonly store: PhotoStoreSettings,
    readonly limits: PhotoLimits,
    readonly cleanup: UnattachedPhotoCleanupSettings,
  ) {}

  static of(config: ReportsConfig): PhotoSettings {
    const limits = {
      maxBytes: config.REPORTS_PHOTO_MAX_BYTES,
      maxPixels: config.REPORTS_PHOTO_MAX_PIXELS,
      maxEdgePx: config.REPORTS_PHOTO_MAX_EDGE_PX,
    };
    const cleanup = {
      unattachedTtlMs: config.REPORTS_PHOTO_UNATTACHED_TTL_HOURS * HOUR_MS,
      intervalMs: config.REPORTS_PHOTO_CLEANUP_INTERVAL_MS,
    };
    if (config.REPORTS_PHOTO_STORE === 'local') {
      return new PhotoSettings({ kind: 'local', directory: config.REPORTS_PHOTO_DIR }, limits, cleanup);
    }
    const { REPORTS_PHOTO_S3_ACCESS_KEY_ID: accessKeyId, REPORTS_PHOTO_S3_SECRET_ACCESS_KEY: secretAccessKey } = config;
    return new PhotoSettings(
      {
        kind: 's3',
        // The schema refuses s3 without a bucket.
        bucket: config.REPORTS_PHOTO_S3_BUCKET as string,
        region: config.REPORTS_PHOTO_S3_REGION,
        endpoint: config.REPORTS_PHOTO_S3_ENDPOINT,
        forcePathStyle: config.REPORTS_PHOTO_S3_FORCE_PATH_STYLE,
        credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      },
      limits,
      cleanup,
    );
  }
}

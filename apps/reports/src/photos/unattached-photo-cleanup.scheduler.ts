import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IntervalJob } from '@waystation/platform';
import { PhotoSettings } from './photo-settings';
import { UnattachedPhotoCleanup } from './unattached-photo-cleanup.service';

/** Deletes unattached uploads on every replica every REPORTS_PHOTO_CLEANUP_INTERVAL_MS; the cleanup makes that safe. */
@Injectable()
export class UnattachedPhotoCleanupScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job: IntervalJob;

  constructor(cleanup: UnattachedPhotoCleanup, settings: PhotoSettings) {
    this.job = new IntervalJob(
      settings.cleanup.intervalMs,
      async () => {
        const deleted = await cleanup.run();
        return deleted > 0 ? `Deleted ${deleted} photos never attached to a report` : undefined;
      },
      new Logger(UnattachedPhotoCleanupScheduler.name),
    );
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }
}

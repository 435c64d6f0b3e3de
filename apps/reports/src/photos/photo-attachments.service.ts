import { Injectable } from '@nestjs/common';
import { Actor, MAX_PHOTOS_PER_REPORT } from '@waystation/contracts';
import { EntityManager, In } from 'typeorm';
import { PhotoNotAttachableError, TooManyPhotosError } from './photo-errors';
import { Photo } from './photo.entity';

/** Attaches uploaded photos to one report, as its reporter's photos or as a department's evidence, inside the caller's transaction. */
@Injectable()
export class PhotoAttachments {
  /**
   * Attaches `photoIds` after the report's photos, in that order, and returns those newly attached (a photo the
   * report has already is left as it is). Each must be the uploader's own and on no other report; the report
   * keeps at most MAX_PHOTOS_PER_REPORT. The photo rows stay locked until the transaction ends, so two reports
   * racing for one photo cannot both take it.
   */
  async attach(manager: EntityManager, uploader: Actor, reportId: string, photoIds: string[], at: Date): Promise<Photo[]> {
    const found = await manager.find(Photo, { where: { id: In(photoIds) }, lock: { mode: 'pessimistic_write' } });
    const byId = new Map(found.map((photo) => [photo.id, photo]));
    const fresh: Photo[] = [];
    for (const photoId of photoIds) {
      const photo = byId.get(photoId);
      // Someone else's photo is refused like a missing one, so photo ids cannot be probed.
      if (!photo || photo.uploaderId !== uploader.id) throw new PhotoNotAttachableError(photoId, 'not-yours');
      if (photo.reportId === reportId) continue;
      if (photo.reportId !== null || photo.evidenceForReportId !== null) throw new PhotoNotAttachableError(photoId, 'attached-elsewhere');
      fresh.push(photo);
    }
    const already = await manager.countBy(Photo, { reportId });
    if (already + fresh.length > MAX_PHOTOS_PER_REPORT) throw new TooManyPhotosError(reportId, MAX_PHOTOS_PER_REPORT);
    for (const [index, photo] of fresh.entries()) {
      Object.assign(photo, { reportId, position: already + index, attachedAt: at });
      await manager.update(Photo, { id: photo.id }, { reportId, position: photo.position, attachedAt: at });
    }
    return fresh;
  }

  /**
   * Records a department user's uploads as progress or evidence on a report, so they are kept and readable with
   * it. Each must be the uploader's own, and neither a report's photo nor another report's evidence.
   */
  async attachAsEvidence(manager: EntityManager, uploader: Actor, reportId: string, photoIds: string[], at: Date): Promise<void> {
    if (photoIds.length === 0) return;
    const found = await manager.find(Photo, { where: { id: In(photoIds) }, lock: { mode: 'pessimistic_write' } });
    const byId = new Map(found.map((photo) => [photo.id, photo]));
    for (const photoId of photoIds) {
      const photo = byId.get(photoId);
      if (!photo || photo.uploaderId !== uploader.id) throw new PhotoNotAttachableError(photoId, 'not-yours');
      if (photo.evidenceForReportId === reportId) continue;
      if (photo.reportId !== null || photo.evidenceForReportId !== null) throw new PhotoNotAttachableError(photoId, 'attached-elsewhere');
      await manager.update(Photo, { id: photo.id }, { evidenceForReportId: reportId, attachedAt: at });
    }
  }
}

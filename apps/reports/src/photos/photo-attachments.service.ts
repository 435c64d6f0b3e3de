import { Injectable } from '@nestjs/common';
import { Actor, MAX_PHOTOS_PER_REPORT } from '@waystation/contracts';
import { EntityManager, In } from 'typeorm';
import { PhotoNotAttachableError, TooManyPhotosError } from './photo-errors';
import { Photo } from './photo.entity';

/** Attaches a reporter's uploaded photos to one report of theirs, inside the caller's transaction. */
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
      if (photo.reportId !== null) throw new PhotoNotAttachableError(photoId, 'attached-elsewhere');
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
}

import { ReportPhoto, reportPhotoPath } from '@waystation/contracts';
import { Photo } from './photo.entity';

/** An attached photo as events and views name it: id, the gateway's path of the image, its size. */
export function toReportPhoto(reportId: string, photo: Photo): ReportPhoto {
  return { id: photo.id, url: reportPhotoPath(reportId, photo.id), width: photo.width, height: photo.height };
}

/** A report's photos in the order they were attached. */
export function inPosition(photos: Photo[] = []): Photo[] {
  return [...photos].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
}

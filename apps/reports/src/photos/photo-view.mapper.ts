import { uploadedPhotoPath, UploadedPhotoView } from '@waystation/http-api';
import { reportPhotoPath } from '@waystation/contracts';
import { Photo } from './photo.entity';

export function toUploadedPhotoView(photo: Photo): UploadedPhotoView {
  return {
    id: photo.id,
    width: photo.width,
    height: photo.height,
    bytes: photo.bytes,
    mime: photo.mime,
    url: photo.reportId ? reportPhotoPath(photo.reportId, photo.id) : uploadedPhotoPath(photo.id),
  };
}

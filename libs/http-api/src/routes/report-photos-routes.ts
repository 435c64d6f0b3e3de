import { addReportPhotoSchema } from '../reports/report-commands';
import { photoImageSchema, uploadedPhotoViewSchema } from '../reports/report-photo-view';
import { reportViewSchema } from '../reports/report-view';
import { defineRoute } from './route';

/** The reports service's photo routes: uploads stream in, images stream out. */
export const ReportPhotosRoutes = {
  /** The raw image as the body; its type is told by its content, whatever Content-Type says. */
  upload: defineRoute({ method: 'POST', path: '/report-photos', stream: 'request', response: uploadedPhotoViewSchema }),
  /** An uploaded photo's image, for its uploader. */
  uploadedImage: defineRoute({ method: 'GET', path: '/report-photos/:id', stream: 'response', response: photoImageSchema }),
  /** A report's photo's image, for whoever may read the report. */
  reportImage: defineRoute({ method: 'GET', path: '/reports/:id/photos/:photoId', stream: 'response', response: photoImageSchema }),
  add: defineRoute({ method: 'POST', path: '/reports/:id/photos', body: addReportPhotoSchema, response: reportViewSchema }),
};

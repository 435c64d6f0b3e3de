import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api-client';
import type { ReportPhoto as Photo } from './console-types';

/**
 * A report's photo. The gateway serves it only to a caller who may read the report, so it is fetched with the
 * session's token and shown as a data: URL (the content security policy allows no blob: images).
 */
export function ReportPhoto({ reportId, photo, alt }: { reportId: string; photo: Photo; alt: string }) {
  const { t } = useTranslation();
  const image = useQuery({
    queryKey: ['report-photo', reportId, photo.id],
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/reports/{id}/photos/{photoId}', {
        params: { path: { id: reportId, photoId: photo.id } },
        parseAs: 'blob',
      });
      if (!data) throw new Error(`photo answered ${response.status}`);
      return dataUrlOf(data);
    },
    staleTime: Infinity,
  });

  if (!image.data) return <p className="photo-placeholder">{image.isError ? t('console.photoUnavailable') : t('console.loading')}</p>;
  return <img className="report-photo" src={image.data} alt={alt} width={photo.width} height={photo.height} />;
}

function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

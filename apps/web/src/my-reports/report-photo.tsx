import { useQuery } from '@tanstack/react-query';
import { api } from '../api/api-client';
import { ApiProblem } from '../api/api-problem';
import { blobDataUrl } from '../report/blob-data-url';

/** A photo of a report, fetched with the worker's token (an <img> alone could not send it). */
export function ReportPhoto({ reportId, photoId, alt }: { reportId: string; photoId: string; alt: string }) {
  const image = useQuery({
    queryKey: ['report-photo', reportId, photoId],
    queryFn: async () => {
      const { data, response } = await api.GET('/api/v1/reports/{id}/photos/{photoId}', {
        params: { path: { id: reportId, photoId } },
        parseAs: 'blob',
      });
      if (!data) throw ApiProblem.from(response.status, undefined);
      return blobDataUrl(data);
    },
    staleTime: Infinity,
  });
  return image.data ? <img src={image.data} alt={alt} /> : null;
}

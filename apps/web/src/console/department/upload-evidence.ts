import { api } from '../../api/api-client';
import { dataOf } from '../../api/api-problem';

/** Uploads each photo as it is (the gateway strips its metadata); their ids, for a progress or resolution. */
export async function uploadEvidence(files: File[]): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files) {
    const uploaded = dataOf(
      await api.POST('/api/v1/report-photos', {
        // The image's own bytes, not JSON.
        body: file as unknown as string,
        bodySerializer: (body) => body,
        headers: { 'content-type': file.type },
      }),
    );
    ids.push(uploaded.id);
  }
  return ids;
}

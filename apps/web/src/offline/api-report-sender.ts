import { api } from '../api/api-client';
import { dataOf } from '../api/api-problem';
import type { ReportSender } from './report-queue';

/** The queue's way to the gateway: each photo's bytes as they are, then the report, each under its Idempotency-Key. */
export const apiReportSender: ReportSender = {
  async uploadPhoto(photo, idempotencyKey) {
    const uploaded = await api.POST('/api/v1/report-photos', {
      params: { header: { 'Idempotency-Key': idempotencyKey } },
      body: photo as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'content-type': photo.type || 'image/jpeg' },
    });
    return dataOf(uploaded).id;
  },
  async submitReport(report, idempotencyKey) {
    return dataOf(await api.POST('/api/v1/reports', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: report }));
  },
};

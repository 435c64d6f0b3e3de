import { ReportView } from '@waystation/http-api';
import { gatewayAs, type TestAccount, uploadTestPhoto, waitFor } from '@waystation/testing';

export const jiangxiaReport = {
  category: 'exposed-garbage',
  description: '文化大道公交站旁垃圾桶满溢',
  location: { lat: 30.3721, lng: 114.3217 },
  address: '武汉市江夏区文化大道',
};

/** Steps of the core story, through the public API. */
export function scenario(gatewayUrl: string) {
  return {
    /** Uploads `photos` tiny photos as `worker`, then submits `body` with them. */
    async submitReport(worker: TestAccount, body: object = jiangxiaReport, photos = 1): Promise<ReportView> {
      const photoIds: string[] = [];
      for (let i = 0; i < photos; i++) photoIds.push(await uploadTestPhoto(gatewayUrl, worker));
      const response = await gatewayAs(gatewayUrl, worker)
        .post('/api/v1/reports')
        .send({ photoIds, ...body })
        .expect(201);
      return response.body as ReportView;
    },

    async confirmReport(staff: TestAccount, reportId: string): Promise<ReportView> {
      const response = await gatewayAs(gatewayUrl, staff).post(`/api/v1/reports/${reportId}/confirm`).send({}).expect(200);
      return response.body as ReportView;
    },

    async balanceOf(worker: TestAccount): Promise<number> {
      const response = await gatewayAs(gatewayUrl, worker).get('/api/v1/me/points').expect(200);
      return response.body.balance as number;
    },

    /** Waits until the worker's balance reaches `expected`, then returns it. */
    waitForBalance(worker: TestAccount, expected: number, timeoutMs = 20_000): Promise<number> {
      return waitFor(async () => ((await this.balanceOf(worker)) === expected ? expected : undefined), {
        description: `${worker.actor.id} to have ${expected} points`,
        timeoutMs,
      });
    },
  };
}

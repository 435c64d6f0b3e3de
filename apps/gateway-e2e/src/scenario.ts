import { ReportView } from '@waystation/http-api';
import { gatewayAs, placeReport, type TestAccount, uploadTestPhoto, waitFor } from '@waystation/testing';

/** A report inside the Jiangxia demo map that `startTestSystem` imports, in the community the e2e staff serve. */
export const jiangxiaReport = {
  category: 'overflowing-bins',
  description: '江夏大道公交站旁垃圾桶满溢',
  location: { lat: 30.352, lng: 114.29, accuracyMeters: 10 },
  address: '武汉市江夏区江夏大道',
};

/** Steps of the core story, through the public API. */
export function scenario(gatewayUrl: string) {
  return {
    /** Uploads `photos` tiny photos as `worker`, submits `body` with them, and places it in the e2e staff's community (see placeReport). */
    async submitReport(worker: TestAccount, body: object = jiangxiaReport, photos = 1): Promise<ReportView> {
      const photoIds: string[] = [];
      for (let i = 0; i < photos; i++) photoIds.push(await uploadTestPhoto(gatewayUrl, worker));
      const response = await gatewayAs(gatewayUrl, worker)
        .post('/api/v1/reports')
        .send({ photoIds, ...body })
        .expect(201);
      await placeReport(response.body.id);
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

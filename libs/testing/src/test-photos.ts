import type { Server } from 'node:http';
import { cameraJpeg } from '@waystation/seed';

/** Made in a tool (the seed and the benches use it too), offered to specs with the rest of the harness. */
export { cameraJpeg };
import { gatewayAs } from './gateway-client';
import type { TestAccount } from './test-account';

type Target = string | Server;

let tinyPhoto: Promise<Buffer> | undefined;

/** A tiny JPEG (with metadata, as a camera's), made once per process: what every report submitted by a test carries. */
export function tinyTestPhoto(): Promise<Buffer> {
  const photo = tinyPhoto ?? cameraJpeg({ width: 16, height: 12 });
  tinyPhoto = photo;
  return photo;
}

/** Uploads `photo` (the tiny test photo by default) through the gateway as `account`; its id. */
export async function uploadTestPhoto(gatewayUrl: Target, account: Pick<TestAccount, 'accessToken'>, photo?: Buffer): Promise<string> {
  const response = await gatewayAs(gatewayUrl, account)
    .post('/api/v1/report-photos')
    .set('content-type', 'image/jpeg')
    .send(photo ?? (await tinyTestPhoto()))
    .expect(201);
  return response.body.id as string;
}

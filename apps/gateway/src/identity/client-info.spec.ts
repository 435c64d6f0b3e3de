import { Controller, Get, INestApplication, Req } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Request } from 'express';
import request from 'supertest';
import { clientAddressOf, trustProxies } from './client-info';

@Controller()
class AddressController {
  @Get('address')
  address(@Req() req: Request): { address: string } {
    return { address: clientAddressOf(req) };
  }
}

describe(trustProxies.name, () => {
  const apps: INestApplication[] = [];
  const appTrusting = async (hops: number) => {
    const app = await NestFactory.create({ module: class AddressModule {}, controllers: [AddressController] }, { logger: false });
    trustProxies(app, hops);
    await app.init();
    apps.push(app);
    return app.getHttpServer();
  };
  afterAll(() => Promise.all(apps.map((app) => app.close())));

  it('ignores X-Forwarded-For by default, so a client cannot pose as another address', async () => {
    const response = await request(await appTrusting(0))
      .get('/address')
      .set('x-forwarded-for', '198.51.100.9');

    expect(response.body.address).not.toBe('198.51.100.9');
  });

  it("takes the client's address behind one proxy from X-Forwarded-For, not what the client wrote before it", async () => {
    const response = await request(await appTrusting(1))
      .get('/address')
      .set('x-forwarded-for', '203.0.113.66, 198.51.100.9');

    expect(response.body.address).toBe('198.51.100.9');
  });
});

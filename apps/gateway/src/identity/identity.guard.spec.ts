import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { GUARDS_METADATA } from '@nestjs/common/constants';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import type { Actor } from '@waystation/contracts';
import { Public } from '@waystation/platform';
import request from 'supertest';
import { AppModule } from '../app.module';
import { gatewayConfigSchema } from '../config/gateway.config';
import { Caller } from './caller.decorator';
import { DEV_USER_ID_HEADER, DEV_USER_ROLE_HEADER } from './dev-identity';
import { IdentityGuard } from './identity.guard';

@Controller('things')
class ThingsController {
  @Get('mine')
  mine(@Caller() actor: Actor): Actor {
    return actor;
  }

  @Public()
  @Get('open')
  open(): { open: boolean } {
    return { open: true };
  }
}

@Module({ controllers: [ThingsController], providers: [{ provide: APP_GUARD, useClass: IdentityGuard }] })
class GuardedModule {}

describe(IdentityGuard.name, () => {
  let sut: INestApplication;

  beforeAll(async () => {
    sut = await NestFactory.create(GuardedModule, { logger: false });
    await sut.init();
  });

  afterAll(() => sut.close());

  it('refuses a route without a caller, naming the development headers', async () => {
    const response = await request(sut.getHttpServer()).get('/things/mine').expect(401);

    expect(response.body.message).toContain(DEV_USER_ID_HEADER);
  });

  it('hands the identified caller to the route', async () => {
    const response = await request(sut.getHttpServer())
      .get('/things/mine')
      .set(DEV_USER_ID_HEADER, 'worker-1')
      .set(DEV_USER_ROLE_HEADER, 'worker')
      .expect(200);

    expect(response.body).toEqual({ id: 'worker-1', role: 'worker', scopes: { stations: [], communities: [] } });
  });

  it('lets anyone call a @Public() route', async () => {
    await request(sut.getHttpServer()).get('/things/open').expect(200, { open: true });
  });

  it('guards the whole gateway once, and no controller registers a guard of its own', () => {
    const gateway = AppModule.forRoot(gatewayConfigSchema.parse({}));

    expect(gateway.providers).toContainEqual({ provide: APP_GUARD, useClass: IdentityGuard });
    for (const controller of gateway.controllers ?? []) {
      const methods = Object.getOwnPropertyNames(controller.prototype).map((name) => controller.prototype[name]);
      expect([controller, ...methods].filter((target) => Reflect.getMetadata(GUARDS_METADATA, target))).toEqual([]);
    }
  });
});

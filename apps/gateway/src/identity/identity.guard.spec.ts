import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { GUARDS_METADATA } from '@nestjs/common/constants';
import { APP_GUARD, NestFactory } from '@nestjs/core';
import { type Actor, actorSchema } from '@waystation/contracts';
import { ProblemDetailsFilter, Public } from '@waystation/platform';
import request from 'supertest';
import { AppModule } from '../app.module';
import { gatewayConfigSchema } from '../config/gateway.config';
import { Caller } from './caller.decorator';
import { accessTokenOf } from './forwarded-access-token';
import { IdentityGuard } from './identity.guard';
import { InMemoryAccessTokenKeys } from './keys/in-memory-access-token-keys';
import { SessionRevocations } from './sessions/session-revocations';
import { AccessTokens } from './tokens/access-tokens';

const ISSUER = 'http://gateway.test';
const worker = actorSchema.parse({ id: 'worker-1', role: 'worker' });
const revokedSessions = new Set<string>();

@Controller('things')
class ThingsController {
  @Get('mine')
  mine(@Caller() actor: Actor): Actor & { forwards: boolean } {
    return { ...actor, forwards: accessTokenOf(actor) !== undefined };
  }

  @Public()
  @Get('open')
  open(): { open: boolean } {
    return { open: true };
  }
}

describe(IdentityGuard.name, () => {
  let sut: INestApplication;
  let tokens: AccessTokens;

  beforeAll(async () => {
    tokens = new AccessTokens(await InMemoryAccessTokenKeys.generate('key-1'), { issuer: ISSUER, ttlSeconds: 300 });
    @Module({
      controllers: [ThingsController],
      providers: [
        { provide: APP_GUARD, useClass: IdentityGuard },
        { provide: AccessTokens, useValue: tokens },
        { provide: SessionRevocations, useValue: { isRevoked: async (sessionId: string) => revokedSessions.has(sessionId) } },
      ],
    })
    class GuardedModule {}
    sut = await NestFactory.create(GuardedModule, { logger: false });
    sut.useGlobalFilters(new ProblemDetailsFilter());
    await sut.init();
  });

  afterAll(() => sut.close());

  it('refuses a route without a caller with a Bearer challenge', async () => {
    const response = await request(sut.getHttpServer()).get('/things/mine').expect(401);

    expect(response.headers['www-authenticate']).toBe('Bearer realm="waystation"');
    expect(response.body).toMatchObject({ code: 'sign-in-required' });
  });

  it('hands the caller of a valid token to the route, and keeps the token to forward', async () => {
    const response = await request(sut.getHttpServer())
      .get('/things/mine')
      .set('authorization', `Bearer ${await tokens.sign(worker, 'session-1')}`)
      .expect(200);

    expect(response.body).toEqual({ id: 'worker-1', role: 'worker', scopes: { stations: [], communities: [] }, forwards: true });
  });

  it('refuses a token it did not sign, saying the token is invalid', async () => {
    const foreign = new AccessTokens(await InMemoryAccessTokenKeys.generate('key-1', []), tokens.settings);
    const response = await request(sut.getHttpServer())
      .get('/things/mine')
      .set('authorization', `Bearer ${await foreign.sign(worker, 'session-1')}`)
      .expect(401);

    expect(response.headers['www-authenticate']).toBe(
      'Bearer realm="waystation", error="invalid_token", error_description="access-token-invalid"',
    );
  });

  it('refuses a valid token of a revoked session', async () => {
    revokedSessions.add('session-revoked');
    const response = await request(sut.getHttpServer())
      .get('/things/mine')
      .set('authorization', `Bearer ${await tokens.sign(worker, 'session-revoked')}`)
      .expect(401);

    expect(response.body).toMatchObject({ code: 'session-revoked' });
  });

  it('refuses the old development headers', async () => {
    await request(sut.getHttpServer()).get('/things/mine').set('x-dev-user-id', 'worker-1').set('x-dev-user-role', 'admin').expect(401);
  });

  it('lets anyone call a @Public() route', async () => {
    await request(sut.getHttpServer()).get('/things/open').expect(200, { open: true });
  });

  it('guards the whole gateway once, and no controller registers a guard of its own', () => {
    const gateway = AppModule.forRoot(gatewayConfigSchema.parse({}));

    expect(gateway.providers).toContainEqual({ provide: APP_GUARD, useClass: IdentityGuard });
    const imported = (gateway.imports ?? []).flatMap((module) => ('controllers' in module ? (module.controllers ?? []) : []));
    for (const controller of [...(gateway.controllers ?? []), ...imported]) {
      const methods = Object.getOwnPropertyNames(controller.prototype).map((name) => controller.prototype[name]);
      expect([controller, ...methods].filter((target) => Reflect.getMetadata(GUARDS_METADATA, target))).toEqual([]);
    }
  });
});

import { Body, Controller, Get, INestApplication, Module, Post } from '@nestjs/common';
import { boundedTextSchema } from '@waystation/contracts';
import { createZodDto } from 'nestjs-zod';
import request from 'supertest';
import { z } from 'zod';
import { Public } from '../http/public.decorator';
import { PlatformModule } from '../platform.module';

/** Never fetched: no route here needs a caller. */
const UNUSED_CALLER_TOKENS = { jwksUrl: 'http://127.0.0.1:9/.well-known/jwks.json', issuer: 'http://127.0.0.1:9' };
import { createServiceApp } from './create-service-app';

class NoteDto extends createZodDto(z.object({ note: boundedTextSchema(20) })) {}

// Public: these specs are about the bodies a service refuses, whoever sends them.
@Public()
@Controller('notes')
class NotesController {
  @Post()
  add(@Body() body: NoteDto): NoteDto {
    return body;
  }

  @Get()
  list(): string[] {
    return [];
  }
}

@Module({
  imports: [PlatformModule.forRoot({ serviceName: 'problem-details-spec', logLevel: 'silent', callerTokens: UNUSED_CALLER_TOKENS })],
  controllers: [NotesController],
})
class NotesModule {}

describe(createServiceApp.name, () => {
  let sut: INestApplication;

  beforeAll(async () => {
    sut = await createServiceApp(NotesModule);
    await sut.init();
  });

  afterAll(async () => {
    await sut?.close();
  });

  const post = () => request(sut.getHttpServer()).post('/notes');

  it.each([
    ['a body over the size limit', 413, 'payload-too-large', () => post().send({ note: 'x'.repeat(200_000) })],
    [
      'a charset other than UTF-8',
      415,
      'unsupported-media-type',
      () => post().set('content-type', 'application/json; charset=utf-7').send('{"note":"a"}'),
    ],
    [
      'an unknown content-encoding',
      415,
      'unsupported-media-type',
      () => post().set('content-type', 'application/json').set('content-encoding', 'br2').send('{"note":"a"}'),
    ],
    [
      'a gzip body that does not inflate',
      400,
      'bad-request',
      () => post().set('content-type', 'application/json').set('content-encoding', 'gzip').send('not gzip at all'),
    ],
    ['broken JSON', 400, 'bad-request', () => post().set('content-type', 'application/json').send('{"note": ')],
  ])('answers %s with %i %s as problem+json, never 5xx', async (_case, status, code, send) => {
    const response = await send();

    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toMatchObject({ status, code, type: `/problems/${code}`, instance: '/notes' });
  });

  it('answers a NUL in a text field with 400 naming the field', async () => {
    const response = await post().send({ note: 'a\u0000b' });

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ field: 'note', message: 'Must not contain control characters' }]);
  });

  it.each([
    ['a UUID', '0195a6b8-28fa-7a0b-bea1-6a2755fe89d4', true],
    ['a trace id', '4bf92f3577b34da6a3ce929d0e0e4736', true],
    ['text with spaces', 'hello world', false],
    ['an id of 65 characters', 'a'.repeat(65), false],
    ['markup', '<script>', false],
  ])('keeps a correlation id from outside only when well formed: %s', async (_case, incoming, kept) => {
    const response = await request(sut.getHttpServer()).get('/notes').set('x-correlation-id', incoming);

    const answered = response.headers['x-correlation-id'];
    if (kept) expect(answered).toBe(incoming);
    else expect(answered).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
  });
});

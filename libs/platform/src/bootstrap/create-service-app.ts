import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { utf8Only } from '../http/utf8-only.middleware';

export interface ServiceAppOptions {
  /** The largest JSON body accepted; a larger one is refused with 413 before anything reads it. */
  maxBodyBytes?: number;
}

/** Express's own default, which the services keep. */
const DEFAULT_MAX_BODY_BYTES = 100 * 1024;

/** Builds a service's Nest app with the house defaults; `main.ts` then connects consumers and listens. */
export async function createServiceApp(
  appModule: unknown,
  { maxBodyBytes = DEFAULT_MAX_BODY_BYTES }: ServiceAppOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(appModule as never, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // Ahead of the body parser.
  app.use(utf8Only);
  app.useBodyParser('json', { limit: maxBodyBytes });
  app.enableShutdownHooks();
  // Started by a supervisor (npm start, the test harness) over IPC: leave with it rather than outlive it.
  process.once('disconnect', () => void app.close().finally(() => process.exit(0)));
  return app;
}

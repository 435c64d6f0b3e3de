import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { utf8Only } from '../http/utf8-only.middleware';

/** Builds a service's Nest app with the house defaults; `main.ts` then connects consumers and listens. */
export async function createServiceApp(appModule: unknown): Promise<INestApplication> {
  const app = await NestFactory.create(appModule as never, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // Ahead of the body parser, which Nest registers when the app starts.
  app.use(utf8Only);
  app.enableShutdownHooks();
  // Started by a supervisor (npm start, the test harness) over IPC: leave with it rather than outlive it.
  process.once('disconnect', () => void app.close().finally(() => process.exit(0)));
  return app;
}

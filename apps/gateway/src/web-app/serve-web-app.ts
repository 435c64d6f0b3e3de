import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { WebAppFiles } from './web-app-files';

/** Paths the API owns: the app's page never answers for them, so an unknown one stays a problem+json 404. */
const API_PREFIXES = ['/api', '/health', '/docs', '/open311', '/.well-known', '/metrics', '/assets'];

const isApiPath = (path: string) => API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/**
 * Serves the worker app: its hashed assets (cached for good) and, for any other page a browser asks for, the
 * app's index.html, whose router shows the screen (a single-page app's fallback).
 */
export function serveWebApp(app: NestExpressApplication, files: WebAppFiles): void {
  app.useStaticAssets(files.assetsDir, { prefix: '/assets', index: false, immutable: true, maxAge: '365d' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApiPath(request.path) || !request.accepts('html')) return next();
    response.setHeader('cache-control', 'no-cache');
    response.type('html').send(files.indexHtml);
  });
}

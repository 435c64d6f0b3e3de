import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { WebAppFiles } from './web-app-files';

/** Paths the API owns: the app's page never answers for them, so an unknown one stays a problem+json 404. */
const API_PREFIXES = ['/api', '/health', '/docs', '/open311', '/.well-known', '/metrics', '/assets'];

const isApiPath = (path: string) => API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/**
 * Serves the worker app: its hashed assets (cached for good); the service worker, the web app manifest and the
 * icons at the top of the build (revalidated on every load, so a new service worker is found at once); and, for
 * any other page a browser asks for, the app's index.html with its settings filled in, whose router shows the
 * screen (a single-page app's fallback). The build's own index.html, unfilled, is never served.
 */
export function serveWebApp(app: NestExpressApplication, files: WebAppFiles): void {
  const sendPage = (response: Response) => {
    response.setHeader('cache-control', 'no-cache');
    response.type('html').send(files.indexHtml);
  };
  app.useStaticAssets(files.assetsDir, { prefix: '/assets', index: false, immutable: true, maxAge: '365d' });
  app.use('/index.html', (_request: Request, response: Response) => sendPage(response));
  app.useStaticAssets(files.distDir, { index: false, maxAge: 0, redirect: false });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApiPath(request.path) || !request.accepts('html')) return next();
    sendPage(response);
  });
}

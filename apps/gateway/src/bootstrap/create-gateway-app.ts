import { trustProxies } from '../identity/client-info';
import { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { CORRELATION_ID_HEADER, createServiceApp } from '@waystation/platform';
import helmet from 'helmet';
import { AppModule } from '../app.module';
import { GatewayConfig } from '../config/gateway.config';
import { setupOpenApi } from '../openapi/setup-openapi';
import { serveWebApp } from '../web-app/serve-web-app';
import { readWebAppFiles, tileImageSource } from '../web-app/web-app-files';

/**
 * The public app with the manners of an API on the internet: security headers (helmet's defaults, whose
 * content security policy the /docs page and the worker app keep to; the app's map tiles are the one
 * addition), CORS for the configured origins only, a body size limit, the OpenAPI document, and the worker app
 * once it is built.
 */
export async function createGatewayApp(config: GatewayConfig): Promise<INestApplication> {
  const app = await createServiceApp(AppModule.forRoot(config), { maxBodyBytes: config.GATEWAY_MAX_BODY_BYTES });
  trustProxies(app, config.GATEWAY_TRUSTED_PROXY_HOPS);
  const tiles = tileImageSource(config.GATEWAY_WEB_MAP_TILE_URL);
  app.use(helmet({ contentSecurityPolicy: { directives: { imgSrc: ["'self'", 'data:', ...(tiles ? [tiles] : [])] } } }));
  app.enableCors({
    // No origin listed: no CORS headers at all, so browsers keep other sites' pages away from the API.
    origin: config.GATEWAY_CORS_ORIGINS,
    // Bearer tokens, never cookies: a cross-site page cannot make the browser send credentials for the caller.
    credentials: false,
    exposedHeaders: [CORRELATION_ID_HEADER, 'Retry-After', 'Allow'],
    maxAge: 600,
  });
  setupOpenApi(app);
  const webApp = readWebAppFiles(config.GATEWAY_WEB_DIST_DIR, config.GATEWAY_WEB_MAP_TILE_URL);
  if (webApp) serveWebApp(app as NestExpressApplication, webApp);
  return app;
}

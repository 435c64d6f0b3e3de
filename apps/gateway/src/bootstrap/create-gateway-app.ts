import { trustProxies } from '../identity/client-info';
import { INestApplication } from '@nestjs/common';
import { CORRELATION_ID_HEADER, createServiceApp } from '@waystation/platform';
import helmet from 'helmet';
import { AppModule } from '../app.module';
import { GatewayConfig } from '../config/gateway.config';
import { setupOpenApi } from '../openapi/setup-openapi';

/**
 * The public app with the manners of an API on the internet: security headers (helmet's defaults, whose
 * content security policy the /docs page keeps to), CORS for the configured origins only, a body size limit,
 * and the OpenAPI document.
 */
export async function createGatewayApp(config: GatewayConfig): Promise<INestApplication> {
  const app = await createServiceApp(AppModule.forRoot(config), { maxBodyBytes: config.GATEWAY_MAX_BODY_BYTES });
  trustProxies(app, config.GATEWAY_TRUSTED_PROXY_HOPS);
  app.use(helmet());
  app.enableCors({
    // No origin listed: no CORS headers at all, so browsers keep other sites' pages away from the API.
    origin: config.GATEWAY_CORS_ORIGINS,
    // Bearer tokens, never cookies: a cross-site page cannot make the browser send credentials for the caller.
    credentials: false,
    exposedHeaders: [CORRELATION_ID_HEADER, 'Retry-After', 'Allow'],
    maxAge: 600,
  });
  setupOpenApi(app);
  return app;
}

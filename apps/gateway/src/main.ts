import { createManagementApp, createServiceApp, loadConfig } from '@waystation/platform';
import { AppModule } from './app.module';
import { gatewayConfigSchema } from './config/gateway.config';
import { trustProxies } from './identity/client-info';
import { setupOpenApi } from './openapi/setup-openapi';

async function main(): Promise<void> {
  const config = loadConfig(gatewayConfigSchema);
  const app = await createServiceApp(AppModule.forRoot(config));
  trustProxies(app, config.GATEWAY_TRUSTED_PROXY_HOPS);
  setupOpenApi(app);
  const management = await createManagementApp(app);
  await management.listen(config.GATEWAY_MANAGEMENT_PORT, config.HTTP_HOST);
  await app.listen(config.GATEWAY_HTTP_PORT, config.HTTP_HOST);
}

void main();

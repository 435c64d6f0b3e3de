import { createManagementApp, loadConfig } from '@waystation/platform';
import { createGatewayApp } from './bootstrap/create-gateway-app';
import { gatewayConfigSchema } from './config/gateway.config';

async function main(): Promise<void> {
  const config = loadConfig(gatewayConfigSchema);
  const app = await createGatewayApp(config);
  const management = await createManagementApp(app);
  await management.listen(config.GATEWAY_MANAGEMENT_PORT, config.HTTP_HOST);
  await app.listen(config.GATEWAY_HTTP_PORT, config.HTTP_HOST);
}

void main();

import { createServiceApp, loadConfig } from '@waystation/platform';
import { AppModule } from './app.module';
import { stationsConfigSchema } from './config/stations.config';

async function main(): Promise<void> {
  const config = loadConfig(stationsConfigSchema);
  const app = await createServiceApp(AppModule.forRoot(config));
  await app.listen(config.STATIONS_HTTP_PORT, config.HTTP_HOST);
}

void main();

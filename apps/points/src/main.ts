import { startEventConsumer } from '@waystation/messaging';
import { createServiceApp, loadConfig } from '@waystation/platform';
import { AppModule } from './app.module';
import { pointsConfigSchema } from './config/points.config';

async function main(): Promise<void> {
  const config = loadConfig(pointsConfigSchema);
  const app = await createServiceApp(AppModule.forRoot(config));
  await startEventConsumer(app);
  await app.listen(config.POINTS_HTTP_PORT, config.HTTP_HOST);
}

void main();

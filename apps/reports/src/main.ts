import { startEventConsumer } from '@waystation/messaging';
import { createServiceApp, loadConfig } from '@waystation/platform';
import { AppModule } from './app.module';
import { reportsConfigSchema } from './config/reports.config';

async function main(): Promise<void> {
  const config = loadConfig(reportsConfigSchema);
  const app = await createServiceApp(AppModule.forRoot(config));
  await startEventConsumer(app);
  await app.listen(config.REPORTS_HTTP_PORT, config.HTTP_HOST);
}

void main();

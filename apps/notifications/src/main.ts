import { startEventConsumer } from '@waystation/messaging';
import { createServiceApp, loadConfig } from '@waystation/platform';
import { AppModule } from './app.module';
import { notificationsConfigSchema } from './config/notifications.config';

async function main(): Promise<void> {
  const config = loadConfig(notificationsConfigSchema);
  const app = await createServiceApp(AppModule.forRoot(config));
  await startEventConsumer(app);
  await app.listen(config.NOTIFICATIONS_HTTP_PORT, config.HTTP_HOST);
}

void main();

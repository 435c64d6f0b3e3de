import { CreateNotifications1764400003000 } from './1764400003000-create-notifications';

export const notificationsMigrations = [CreateNotifications1764400003000];

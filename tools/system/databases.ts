/** One database per service that owns data. */
export const DATABASES = ['stations', 'reports', 'points', 'notifications', 'gateway'] as const;

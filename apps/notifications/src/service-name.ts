import type { ServiceName } from '@waystation/contracts';

/** This app's name: stamped as `producer` on its events, its Kafka principal, its logs' `service`. */
export const SERVICE_NAME = 'notifications' satisfies ServiceName;

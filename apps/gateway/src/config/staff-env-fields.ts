import { DEVELOPMENT_ADMIN } from '@waystation/contracts';
import { usernameSchema } from '@waystation/http-api';
import { z } from 'zod';

const count = (defaultValue: number) => z.coerce.number().int().min(1).default(defaultValue);

/** Staff accounts: the first admin, and how repeated password failures slow down and lock sign-in. */
export const staffEnvFields = {
  /** Created on start when no admin account exists (once, whichever replica starts first). */
  GATEWAY_BOOTSTRAP_ADMIN_USERNAME: usernameSchema.default(DEVELOPMENT_ADMIN.username),
  /** The development default is refused when NODE_ENV=production (see gatewayConfigSchema). */
  GATEWAY_BOOTSTRAP_ADMIN_PASSWORD: z.string().min(12).max(128).default(DEVELOPMENT_ADMIN.password),
  GATEWAY_STAFF_SIGN_IN_SLOWDOWN_AFTER: count(5),
  GATEWAY_STAFF_SIGN_IN_FIRST_DELAY_MS: count(1_000),
  GATEWAY_STAFF_SIGN_IN_LOCK_AFTER: count(10),
  GATEWAY_STAFF_SIGN_IN_LOCK_MINUTES: count(15),
};

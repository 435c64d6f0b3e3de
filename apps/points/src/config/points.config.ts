import { commonEnvSchema, envFields } from '@waystation/platform';
import { z } from 'zod';

export const pointsConfigSchema = commonEnvSchema.extend({
  POINTS_HTTP_PORT: envFields.port(3103),
  POINTS_DATABASE_URL: envFields.postgresUrl('points'),
  POINTS_COMMIT_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(0)
    .describe('How often consumed offsets are committed; 0 commits after every batch'),
});
export type PointsConfig = z.output<typeof pointsConfigSchema>;

import {
  callerTokenEnvFields,
  commonEnvSchema,
  databaseEnvFields,
  envFields,
  kafkaSaslEnvFields,
  refuseDevelopmentDefaults,
} from '@waystation/platform';
import { z } from 'zod';
import { SERVICE_NAME } from '../service-name';

const DEVELOPMENT_CHECK_IN_SECRET = 'stations-development-check-in-secret-not-for-production';

const positiveInteger = (defaultValue: number) => z.coerce.number().int().min(1).default(defaultValue);

export const stationsConfigSchema = commonEnvSchema
  .extend({
    ...kafkaSaslEnvFields(SERVICE_NAME),
    ...databaseEnvFields,
    ...callerTokenEnvFields,
    STATIONS_HTTP_PORT: envFields.port(3101),
    STATIONS_DATABASE_URL: envFields.postgresUrl('stations'),
    /** Signs the rotating and printed check-in codes; every replica needs the same one. */
    STATIONS_CHECK_IN_SECRET: z.string().min(32).default(DEVELOPMENT_CHECK_IN_SECRET),
    STATIONS_CHECK_IN_CODE_WINDOW_SECONDS: z.coerce.number().int().min(10).max(3_600).default(60),
    STATIONS_CHECK_IN_RADIUS_METERS: z.coerce.number().int().min(10).max(5_000).default(200),
    STATIONS_CHECK_IN_TIME_LIMIT_MINUTES: positiveInteger(240),
    /** 0 turns the job off (the tests run it by hand). */
    STATIONS_AUTO_CHECK_OUT_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
    /** The city's: every station's opening hours and visit days are wall-clock times there. */
    STATIONS_TIME_ZONE: envFields.timeZone('Asia/Shanghai'),
  })
  .superRefine(refuseDevelopmentDefaults({ STATIONS_CHECK_IN_SECRET: DEVELOPMENT_CHECK_IN_SECRET }));
export type StationsConfig = z.output<typeof stationsConfigSchema>;

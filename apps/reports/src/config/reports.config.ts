import { callerTokenEnvFields, commonEnvSchema, databaseEnvFields, envFields, kafkaSaslEnvFields } from '@waystation/platform';
import { z } from 'zod';
import { SERVICE_NAME } from '../service-name';
import { photoEnvFields } from './photo-env-fields';

export const reportsConfigSchema = commonEnvSchema
  .extend({
    ...kafkaSaslEnvFields(SERVICE_NAME),
    ...databaseEnvFields,
    ...callerTokenEnvFields,
    REPORTS_HTTP_PORT: envFields.port(3102),
    REPORTS_DATABASE_URL: envFields.postgresUrl('reports'),
    ...photoEnvFields,
  })
  .refine((config) => config.REPORTS_PHOTO_STORE !== 's3' || config.REPORTS_PHOTO_S3_BUCKET, {
    message: 'is required with REPORTS_PHOTO_STORE=s3',
    path: ['REPORTS_PHOTO_S3_BUCKET'],
  });
export type ReportsConfig = z.output<typeof reportsConfigSchema>;

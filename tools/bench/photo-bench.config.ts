import { loadConfig } from '@waystation/platform';
import { z } from 'zod';

/** `nx run bench:photos`'s bounds: each side stops at its count or its time, whichever comes first. */
export const photoBenchConfigSchema = z.object({
  /** Submissions (two photo uploads and a report each) per side. */
  BENCH_PHOTO_SUBMISSIONS: z.coerce.number().int().min(10).default(300),
  /** The most either side is measured for. */
  BENCH_PHOTO_SECONDS: z.coerce.number().int().min(1).max(600).default(60),
});

export type PhotoBenchConfig = z.output<typeof photoBenchConfigSchema>;

export const loadPhotoBenchConfig = (env: NodeJS.ProcessEnv = process.env): PhotoBenchConfig => loadConfig(photoBenchConfigSchema, env);

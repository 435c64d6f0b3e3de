import { z } from 'zod';

/** The languages the apps and notifications speak. */
export const languageSchema = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof languageSchema>;

import { z } from 'zod';
import { boundedTextSchema } from './bounded-text.schema';

/** A text in each language the apps speak, both required (the city office writes both). */
export const localizedTextSchema = (maxLength: number) =>
  z.object({ 'zh-CN': boundedTextSchema(maxLength, { multiline: true }), en: boundedTextSchema(maxLength, { multiline: true }) });
export type LocalizedText = z.infer<ReturnType<typeof localizedTextSchema>>;

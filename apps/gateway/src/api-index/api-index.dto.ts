import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const apiIndexSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Paths relative to the gateway, by what they lead to. */
  links: z.record(z.string(), z.string()),
});
export type ApiIndex = z.infer<typeof apiIndexSchema>;

export class ApiIndexDto extends createZodDto(apiIndexSchema) {}

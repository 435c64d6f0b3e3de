import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  open311RequestSchema,
  open311RequestsQuerySchema,
  open311RequestUpdateSchema,
  open311UpdatesQuerySchema,
} from './open311-requests';
import { open311ServiceDefinitionSchema, open311ServiceSchema } from './open311-services';
import { open311CreatedRequestSchema, open311DiscoverySchema, open311NewRequestSchema, open311TokenSchema } from './open311-submissions';

/** GeoReport v2's error: `code` is the HTTP status it came with. */
export const open311ErrorSchema = z.object({ code: z.number().int(), description: z.string() });

export class Open311ServiceDto extends createZodDto(open311ServiceSchema) {}
export class Open311ServiceDefinitionDto extends createZodDto(open311ServiceDefinitionSchema) {}
export class Open311RequestDto extends createZodDto(open311RequestSchema) {}
export class Open311RequestUpdateDto extends createZodDto(open311RequestUpdateSchema) {}
export class Open311ErrorDto extends createZodDto(open311ErrorSchema) {}
export class Open311RequestsQueryDto extends createZodDto(open311RequestsQuerySchema) {}
export class Open311UpdatesQueryDto extends createZodDto(open311UpdatesQuerySchema) {}
export class Open311NewRequestDto extends createZodDto(open311NewRequestSchema) {}
export class Open311CreatedRequestDto extends createZodDto(open311CreatedRequestSchema) {}
export class Open311TokenDto extends createZodDto(open311TokenSchema) {}
export class Open311DiscoveryDto extends createZodDto(open311DiscoverySchema) {}

import { createZodDto } from 'nestjs-zod';
import { jwksSchema } from './jwks';
import { refreshRequestSchema } from './refresh-request';

export class RefreshRequestDto extends createZodDto(refreshRequestSchema) {}
export class JwksDto extends createZodDto(jwksSchema) {}

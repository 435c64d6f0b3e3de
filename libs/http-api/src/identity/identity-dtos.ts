import { createZodDto } from 'nestjs-zod';
import { jwksSchema } from './jwks';
import { refreshRequestSchema } from './refresh-request';
import { tokenPairSchema } from './token-pair';

export class RefreshRequestDto extends createZodDto(refreshRequestSchema) {}
export class TokenPairDto extends createZodDto(tokenPairSchema) {}
export class JwksDto extends createZodDto(jwksSchema) {}

import { createZodDto } from 'nestjs-zod';
import { homeQuerySchema } from './home-query';

export class HomeQueryDto extends createZodDto(homeQuerySchema) {}

import { createZodDto } from 'nestjs-zod';
import { idCursorPageQuerySchema } from './page';

export class PageQueryDto extends createZodDto(idCursorPageQuerySchema) {}

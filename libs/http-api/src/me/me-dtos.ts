import { createZodDto } from 'nestjs-zod';
import { updateMeSchema } from './me-commands';

export class UpdateMeDto extends createZodDto(updateMeSchema) {}

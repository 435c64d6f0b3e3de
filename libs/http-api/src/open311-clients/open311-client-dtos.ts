import { createZodDto } from 'nestjs-zod';
import { pageSchemaOf } from '../common/page';
import { issuedOpen311ClientViewSchema, issueOpen311ClientSchema, open311ClientViewSchema } from './open311-client-view';

export class IssueOpen311ClientDto extends createZodDto(issueOpen311ClientSchema) {}
export class Open311ClientViewDto extends createZodDto(open311ClientViewSchema) {}
export class IssuedOpen311ClientViewDto extends createZodDto(issuedOpen311ClientViewSchema) {}
export class Open311ClientPageDto extends createZodDto(pageSchemaOf(open311ClientViewSchema)) {}

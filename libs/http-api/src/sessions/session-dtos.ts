import { createZodDto } from 'nestjs-zod';
import { pageSchemaOf } from '../common/page';
import { markAttendanceSchema, scheduleSessionSchema, sessionsPageQuerySchema, signUpsPageQuerySchema } from './session-commands';
import { mySignUpViewSchema, sessionViewSchema, signUpViewSchema } from './session-view';

/** Requests and answers of the service session routes, for the gateway (public API, OpenAPI). */
export class ScheduleSessionDto extends createZodDto(scheduleSessionSchema) {}
export class MarkAttendanceDto extends createZodDto(markAttendanceSchema) {}
export class SessionsPageQueryDto extends createZodDto(sessionsPageQuerySchema) {}
export class SignUpsPageQueryDto extends createZodDto(signUpsPageQuerySchema) {}
export class SessionViewDto extends createZodDto(sessionViewSchema) {}
export class SessionPageDto extends createZodDto(pageSchemaOf(sessionViewSchema.describe('Soonest first'))) {}
export class SignUpViewDto extends createZodDto(signUpViewSchema) {}
export class SignUpPageDto extends createZodDto(pageSchemaOf(signUpViewSchema.describe('In sign-up order'))) {}
export class MySignUpPageDto extends createZodDto(pageSchemaOf(mySignUpViewSchema.describe('Newest first'))) {}

import { createZodDto } from 'nestjs-zod';
import { phoneSignInSchema, requestPhoneCodeSchema } from './phone-sign-in-commands';

/** Validated request bodies of the workers' sign-in. */
export class RequestPhoneCodeDto extends createZodDto(requestPhoneCodeSchema) {}
export class PhoneSignInDto extends createZodDto(phoneSignInSchema) {}

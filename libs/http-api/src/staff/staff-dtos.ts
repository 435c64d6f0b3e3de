import { createZodDto } from 'nestjs-zod';
import { pageSchemaOf } from '../common/page';
import { createStaffSchema, oidcSignInSchema, resetStaffPasswordSchema, staffSignInSchema, updateStaffSchema } from './staff-commands';
import { createdStaffViewSchema, passwordResetViewSchema, staffViewSchema } from './staff-view';

export class CreateStaffDto extends createZodDto(createStaffSchema) {}
export class UpdateStaffDto extends createZodDto(updateStaffSchema) {}
export class ResetStaffPasswordDto extends createZodDto(resetStaffPasswordSchema) {}
export class StaffSignInDto extends createZodDto(staffSignInSchema) {}
export class OidcSignInDto extends createZodDto(oidcSignInSchema) {}

export class StaffViewDto extends createZodDto(staffViewSchema) {}
export class CreatedStaffViewDto extends createZodDto(createdStaffViewSchema) {}
export class StaffPageDto extends createZodDto(pageSchemaOf(staffViewSchema)) {}
export class PasswordResetViewDto extends createZodDto(passwordResetViewSchema) {}

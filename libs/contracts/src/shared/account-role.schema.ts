import { z } from 'zod';

export const accountRoleSchema = z.enum(['worker', 'community-staff', 'station-manager', 'department', 'admin']);

export type AccountRole = z.infer<typeof accountRoleSchema>;

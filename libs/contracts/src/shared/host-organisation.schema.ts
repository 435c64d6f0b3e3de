import { z } from 'zod';

/** Who runs a station day to day: a community committee, an enterprise, a trade union or a party branch. */
export const hostOrganisationSchema = z.enum(['community', 'enterprise', 'union', 'party-branch']);

export type HostOrganisation = z.infer<typeof hostOrganisationSchema>;

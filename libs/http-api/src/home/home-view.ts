import { z } from 'zod';
import { balanceViewSchema } from '../points/points-views';
import { reportViewSchema } from '../reports/report-view';
import { nearbyStationViewSchema } from '../stations/station-view';

/** How many of the worker's newest reports the home screen looks through for open ones. */
export const HOME_RECENT_REPORTS = 50;

/** What the worker app's first screen shows, in one call. */
export const homeViewSchema = z.object({
  stations: z.array(nearbyStationViewSchema).describe('Operating stations near the point asked about, nearest first'),
  points: balanceViewSchema,
  unreadNotifications: z.number().int().nonnegative().describe('Notifications in the inbox not read yet'),
  openReports: z
    .array(reportViewSchema)
    .describe(`The reports still open (neither closed, rejected nor merged) among your ${HOME_RECENT_REPORTS} newest, newest first`),
});
export type HomeView = z.infer<typeof homeViewSchema>;

import { z } from 'zod';

/**
 * How a worker proved they were at the station: the rotating code on the station's screen, or the printed code
 * at the door together with a reported location inside the station's geofence.
 */
export const checkInMethodSchema = z.enum(['rotating-code', 'printed-code']);
export type CheckInMethod = z.infer<typeof checkInMethodSchema>;

/** Why a check-in ended: the worker checked out, or the time limit checked them out. */
export const checkOutReasonSchema = z.enum(['worker', 'time-limit']);
export type CheckOutReason = z.infer<typeof checkOutReasonSchema>;

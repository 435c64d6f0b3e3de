import { z } from 'zod';

// Chinese map SDKs use GCJ-02; events keep the device's WGS-84 so each map layer converts for itself.
export const geoPointSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
  })
  .describe('WGS-84 degrees, as the device reports them');

export type GeoPoint = z.infer<typeof geoPointSchema>;

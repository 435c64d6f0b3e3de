import { z } from 'zod';

/** Bounds a boundary's size, so one area cannot make an import, a row or an event unreasonably large. */
export const MAX_RING_POSITIONS = 5_000;
const MAX_RINGS = 50;
const MAX_POLYGONS = 50;

/**
 * GeoJSON's order: longitude first. An array with its ranges checked rather than a tuple: the OpenAPI document
 * would render a tuple in the draft-07 form (`items: [...]`), which OpenAPI 3.1 refuses.
 */
export const positionSchema = z
  .array(z.number())
  .length(2)
  .superRefine(([lng, lat], context) => {
    if (Math.abs(lng) > 180) context.addIssue({ code: 'custom', path: [0], message: 'A longitude lies between -180 and 180' });
    if (Math.abs(lat) > 90) context.addIssue({ code: 'custom', path: [1], message: 'A latitude lies between -90 and 90' });
  })
  .describe('[lng, lat] in WGS-84 degrees');

const ringSchema = z
  .array(positionSchema)
  .min(4)
  .max(MAX_RING_POSITIONS)
  .describe('A linear ring: at least four positions, the last one the same as the first');
const polygonRingsSchema = z.array(ringSchema).min(1).max(MAX_RINGS).describe('The outer ring, then any holes');

export const polygonBoundarySchema = z.object({ type: z.literal('Polygon'), coordinates: polygonRingsSchema });
export const multiPolygonBoundarySchema = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(polygonRingsSchema).min(1).max(MAX_POLYGONS),
});

/** An area's boundary: a GeoJSON (RFC 7946) Polygon or MultiPolygon geometry in WGS-84 longitude/latitude. */
export const areaBoundarySchema = z
  .discriminatedUnion('type', [polygonBoundarySchema, multiPolygonBoundarySchema])
  .describe('GeoJSON Polygon or MultiPolygon, WGS-84 [lng, lat]');
export type AreaBoundary = z.infer<typeof areaBoundarySchema>;

/** The smallest box around a boundary, GeoJSON's way: [west, south, east, north]. */
export const bboxSchema = z.array(z.number()).length(4).describe('[minLng, minLat, maxLng, maxLat]');
export type Bbox = z.infer<typeof bboxSchema>;

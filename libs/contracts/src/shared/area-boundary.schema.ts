import { z } from 'zod';

/** Bounds a boundary's size, so one area cannot make an import, a row or an event unreasonably large. */
export const MAX_RING_POSITIONS = 5_000;
const MAX_RINGS = 50;
const MAX_POLYGONS = 50;

const longitudeSchema = z.number().min(-180).max(180);
const latitudeSchema = z.number().min(-90).max(90);

/** GeoJSON's order: longitude first. */
export const positionSchema = z.tuple([longitudeSchema, latitudeSchema]).describe('[lng, lat] in WGS-84 degrees');

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
export const bboxSchema = z
  .tuple([longitudeSchema, latitudeSchema, longitudeSchema, latitudeSchema])
  .describe('[minLng, minLat, maxLng, maxLat]');
export type Bbox = z.infer<typeof bboxSchema>;

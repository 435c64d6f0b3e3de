import { z } from 'zod';

export const amenitySchema = z.enum([
  'water',
  'air-conditioning',
  'microwave',
  'seating',
  'books',
  'charging',
  'toilet',
  'first-aid',
  'wifi',
]);

export type Amenity = z.infer<typeof amenitySchema>;

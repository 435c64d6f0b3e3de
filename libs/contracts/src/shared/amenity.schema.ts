import { z } from 'zod';

/** What a station offers its visitors: the city's fixed vocabulary (issue 10), filterable in the nearby search. */
export const amenitySchema = z.enum([
  'drinking-water',
  'hot-water',
  'microwave',
  'air-conditioning',
  'heating',
  'seating',
  'books-and-newspapers',
  'phone-charging',
  'e-bike-charging',
  'toilet',
  'first-aid-kit',
  'umbrellas',
  'repair-tools',
  'wifi',
  'rest-bed',
  'lockers',
]);

export type Amenity = z.infer<typeof amenitySchema>;

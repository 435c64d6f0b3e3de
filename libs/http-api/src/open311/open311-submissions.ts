import { boundedTextSchema, reportAnswersSchema, reportCategoryCodeSchema, reportLocationSchema } from '@waystation/contracts';
import { z } from 'zod';
import { queryNumberSchema } from '../common/query-number';

const personalField = (what: string) =>
  z.string().max(200).optional().describe(`The submitter's ${what}: accepted as the standard has it, never stored or passed on`);

/**
 * POST requests' fields (GeoReport v2), form-encoded; `attribute[code]=value` (and `attribute[code][]=key` for a
 * multivaluelist) answer the service's attributes. This API does not geocode: lat and long are required.
 */
export const open311NewRequestSchema = z
  .object({
    api_key: z.string().min(1).max(200).describe('The key the city office issued this client'),
    jurisdiction_id: z.string().max(100).optional().describe('OPEN311_JURISDICTION_ID; any other is refused with 404'),
    service_code: z.string().min(1).max(50).describe('A service_code of GET services'),
    lat: queryNumberSchema(z.coerce.number().min(-90).max(90)).optional(),
    long: queryNumberSchema(z.coerce.number().min(-180).max(180)).optional(),
    address_string: boundedTextSchema(300).optional().describe('Kept as the address; it does not replace lat and long'),
    address_id: z.string().max(100).optional().describe('Accepted, not used'),
    description: boundedTextSchema(2_000, { multiline: true }),
    media_url: z.url().max(500).optional().describe('Accepted, not fetched nor stored: photos come only through the workers’ app'),
    email: personalField('e-mail'),
    device_id: personalField('device id'),
    account_id: personalField('account id in the client’s own system'),
    first_name: personalField('first name'),
    last_name: personalField('last name'),
    phone: personalField('phone'),
    attribute: z
      .record(z.string().max(50), z.union([z.string().max(500), z.array(z.string().max(50)).max(30)]))
      .default({})
      .describe("Answers to the service's attributes, by attribute code"),
  })
  .transform(({ lat, long, ...request }, context) => {
    if (lat === undefined || long === undefined) {
      context.addIssue({
        code: 'custom',
        path: [lat === undefined ? 'lat' : 'long'],
        message: 'lat and long are required: this API does not geocode address_string or address_id',
      });
      return z.NEVER;
    }
    return { ...request, lat, long };
  });
export type Open311NewRequest = z.output<typeof open311NewRequestSchema>;

/** What the gateway files for an Open311 client, once it has checked the key and typed the answers. */
export const open311SubmissionSchema = z.object({
  category: reportCategoryCodeSchema,
  description: boundedTextSchema(2_000, { multiline: true }),
  location: reportLocationSchema,
  address: boundedTextSchema(300).optional(),
  answers: reportAnswersSchema.default({}),
});
export type Open311Submission = z.output<typeof open311SubmissionSchema>;

/** POST requests' answer: the request is filed at once, so its id is known and there is no token to wait on. */
export const open311CreatedRequestSchema = z.object({
  service_request_id: z.string(),
  service_notice: z.string().describe('What happens next'),
  account_id: z.string().optional().describe('As the client sent it'),
});
export type Open311CreatedRequest = z.infer<typeof open311CreatedRequestSchema>;

/** GET tokens/{token}'s answer: requests are filed at once, so a token is the service_request_id itself. */
export const open311TokenSchema = z.object({ service_request_id: z.string(), token: z.string() });
export type Open311Token = z.infer<typeof open311TokenSchema>;

/** GeoReport v2's service discovery: where the API is, its formats, and how to get a key. */
export const open311DiscoverySchema = z.object({
  changeset: z.string(),
  contact: z.string(),
  key_service: z.string(),
  endpoints: z.array(
    z.object({
      specification: z.string(),
      url: z.string(),
      changeset: z.string(),
      type: z.enum(['production', 'test']),
      formats: z.array(z.string()),
    }),
  ),
});
export type Open311Discovery = z.infer<typeof open311DiscoverySchema>;

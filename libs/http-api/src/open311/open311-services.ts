import { z } from 'zod';

/** GeoReport v2's attribute datatypes; Waystation's question types map onto four of them. */
export const Open311Datatypes = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;

/** A service (a report category) as `GET services` lists it, with GeoReport v2's field names. */
export const open311ServiceSchema = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean().describe('Whether the service has attributes: read them at services/{service_code}'),
  type: z.enum(['realtime', 'batch', 'blackbox']),
  keywords: z.string().describe('Comma-separated'),
  group: z.string(),
});
export type Open311Service = z.infer<typeof open311ServiceSchema>;

export const open311AttributeValueSchema = z.object({ key: z.string(), name: z.string() });

/** A question of the category, as an attribute of its service definition. */
export const open311AttributeSchema = z.object({
  variable: z.boolean().describe('True: the client sends an answer (false would mark an informational text)'),
  code: z.string().describe('Send the answer as attribute[code]'),
  datatype: z.enum(Open311Datatypes),
  required: z.boolean(),
  datatype_description: z.string(),
  order: z.number().int().min(1),
  description: z.string(),
  values: z.array(open311AttributeValueSchema).optional().describe('The choices of a singlevaluelist or multivaluelist only'),
});
export type Open311Attribute = z.infer<typeof open311AttributeSchema>;

export const open311ServiceDefinitionSchema = z.object({
  service_code: z.string(),
  attributes: z.array(open311AttributeSchema),
});
export type Open311ServiceDefinition = z.infer<typeof open311ServiceDefinitionSchema>;

import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** The fields GeoReport v2 (and mySociety's servicerequestupdates) define for each answer, to check answers against. */
export const OPEN311_FIELDS = {
  service: ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'],
  attribute: ['variable', 'code', 'datatype', 'required', 'datatype_description', 'order', 'description', 'values'],
  request: [
    'service_request_id',
    'status',
    'status_notes',
    'service_name',
    'service_code',
    'description',
    'agency_responsible',
    'service_notice',
    'requested_datetime',
    'updated_datetime',
    'expected_datetime',
    'address',
    'address_id',
    'zipcode',
    'lat',
    'long',
    'media_url',
  ],
  created: ['service_request_id', 'token', 'service_notice', 'account_id'],
  token: ['service_request_id', 'token'],
  discovery: ['changeset', 'contact', 'key_service', 'endpoints'],
  endpoint: ['specification', 'url', 'changeset', 'type', 'formats'],
  update: ['update_id', 'service_request_id', 'status', 'updated_datetime', 'description', 'media_url'],
};

/** The element each GeoReport v2 list holds its items in, by the list's element. */
const ITEM_ELEMENTS: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  endpoints: 'endpoint',
  formats: 'format',
  errors: 'error',
  service_request_updates: 'request_update',
  attributes: 'attribute',
  values: 'value',
};

const ITEMS = new Set(Object.values(ITEM_ELEMENTS));

const parser = new XMLParser({ parseTagValue: false, isArray: (name) => ITEMS.has(name) });

/**
 * Reads a GeoReport v2 XML answer as a client would, after checking it is well-formed XML with the root named:
 * each list becomes an array, every value its text. Compare it with `asXmlText` of the JSON answer.
 */
export function parseOpen311Xml(xml: string, root: string): unknown {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const document = parser.parse(xml) as Record<string, unknown>;
  if (!(root in document)) throw new Error(`The XML's root is not <${root}>: ${Object.keys(document).join(', ')}`);
  return unwrapLists(root, document[root]);
}

/** The JSON answer as its XML says it: numbers and booleans as their text. */
export function asXmlText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asXmlText);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, asXmlText(entry)]));
  return String(value);
}

function unwrapLists(name: string, value: unknown): unknown {
  const item = ITEM_ELEMENTS[name];
  if (item) {
    const items =
      value !== null && typeof value === 'object' ? ((value as Record<string, unknown>)[item] as unknown[] | undefined) : undefined;
    return (items ?? []).map((entry) => unwrapLists(item, entry));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, unwrapLists(key, entry)]));
  }
  return value;
}

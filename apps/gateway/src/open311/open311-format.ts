import type { Response } from 'express';
import { XMLBuilder } from 'fast-xml-parser';
import { FormatUnknownException } from './open311-errors';

/** GeoReport v2's formats, chosen by the path's extension (`services.json`, `services.xml`). */
export const OPEN311_FORMATS = ['json', 'xml'] as const;
export type Open311Format = (typeof OPEN311_FORMATS)[number];

export const OPEN311_CONTENT_TYPES: Record<Open311Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** The media types of the formats, as discovery lists them. */
export const CONTENT_TYPES_OF_FORMATS = ['application/json', 'text/xml'];

/**
 * The element each list's items are in, by the list's name: the spec's roots (`services`, `service_requests`,
 * `errors`, `service_request_updates`), the nested lists of a service definition and those of the discovery document.
 */
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

const builder = new XMLBuilder({ ignoreAttributes: false });

/** The element a GeoReport v2 list's items are in (`services` → `service`). */
export function open311ItemElementOf(list: string): string | undefined {
  return ITEM_ELEMENTS[list];
}

export function open311FormatOf(extension: string): Open311Format {
  const format = OPEN311_FORMATS.find((known) => known === extension);
  if (!format) throw new FormatUnknownException(extension, OPEN311_FORMATS);
  return format;
}

/** The format an answer to this path is in: its extension's, JSON when it has none the API knows. */
export function open311FormatOfPath(path: string): Open311Format {
  return path.endsWith('.xml') ? 'xml' : 'json';
}

/**
 * A GeoReport v2 document in `format`: JSON as it is (a list is a bare array), XML under `root` with each list's
 * items in the spec's element (`<services><service>…</service></services>`).
 */
export function renderOpen311(format: Open311Format, root: string, document: object): string {
  if (format === 'json') return JSON.stringify(document);
  return builder.build({ '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' }, [root]: xmlTreeOf(root, document) });
}

function xmlTreeOf(name: string, value: unknown): unknown {
  if (Array.isArray(value)) {
    const item = open311ItemElementOf(name);
    if (!item) throw new Error(`No Open311 element is named for the items of ${name}`);
    return { [item]: value.map((entry) => xmlTreeOf(item, entry)) };
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, xmlTreeOf(key, entry)]));
  }
  return value;
}

/** Answers `document` in `format`, with its content type. */
export function sendOpen311(response: Response, format: Open311Format, root: string, document: object, status = 200): void {
  response
    .status(status)
    .type(OPEN311_CONTENT_TYPES[format])
    .send(renderOpen311(format, root, document));
}

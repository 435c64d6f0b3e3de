import type { Station } from '../vocabulary';

/** The station's name in the reader's language, its Chinese name where it has no English one. */
export function stationName({ names }: Pick<Station, 'names'>, language: string): string {
  return language === 'en' && names.en ? names.en : names['zh-CN'];
}

/** A link the phone hands to its maps app (geo: URI, RFC 5870), with the name as the label. */
export function directionsHref({ lat, lng }: Station['location'], label: string): string {
  return `geo:${lat},${lng}?q=${lat},${lng}(${encodeURIComponent(label)})`;
}

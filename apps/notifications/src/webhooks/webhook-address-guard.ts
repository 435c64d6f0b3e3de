import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { addressProblem } from './webhook-url-policy';

/** Resolves a host name to all its addresses, as `dns.lookup` with `all: true` does. */
export type ResolveAll = (
  hostname: string,
  options: LookupAllOptions,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

/** The error a connection fails with when the endpoint's name resolves to an address webhooks may not reach. */
export class ForbiddenWebhookAddressError extends Error {
  readonly code = 'EWEBHOOKADDRESS';
}

/**
 * The `lookup` a webhook connection resolves its host name with: every address the name resolves to must pass
 * `addressProblem`, checked at the moment of connecting. Registration judges only the URL as written, so without
 * this a name that resolves to a public address when registered could later resolve to 10.0.0.1 or the cloud's
 * metadata address (DNS rebinding) and the delivery would reach inside the network.
 */
export function guardedLookup(allowLoopback: boolean, resolveAll: ResolveAll = dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    resolveAll(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.map(({ address }) => addressProblem(address, allowLoopback)).find(Boolean);
      if (refused) return callback(new ForbiddenWebhookAddressError(`${hostname}: ${refused}`), '', 0);
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

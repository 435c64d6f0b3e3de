import { BlockList, isIP } from 'node:net';

/** Addresses a webhook may never be sent to: this network, private ranges, link-local (cloud metadata), multicast. */
const FORBIDDEN = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 3],
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  FORBIDDEN.addSubnet(network, prefix, 'ipv6');
}
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/**
 * Why `url` may not be a webhook endpoint, or undefined when it may: https only, never to a private, link-local or
 * unspecified address written in the URL, nor with credentials in it; loopback (127.0.0.0/8, ::1, localhost), also
 * over plain http, only when `allowLoopback` (development and tests). Host names are not resolved here.
 */
export function webhookUrlProblem(url: string, allowLoopback: boolean): string | undefined {
  const parsed = new URL(url);
  if (parsed.username || parsed.password) return 'A webhook URL must not carry a user name or password';
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  const family = isIP(host);
  const version = family === 6 ? 'ipv6' : 'ipv4';
  // IPv4 written as IPv6 (::ffff:10.0.0.1): refused whatever it maps to, rather than judged by its IPv4 half.
  if (family === 6 && host.startsWith('::ffff:')) return reserved(host);
  const loopback = family === 0 ? host === 'localhost' || host.endsWith('.localhost') : LOOPBACK.check(host, version);
  if (loopback) return allowLoopback ? undefined : 'A webhook URL must not point at this machine (loopback)';
  if (family !== 0 && FORBIDDEN.check(host, version)) return reserved(host);
  if (parsed.protocol !== 'https:') return 'A webhook URL must be https';
  return undefined;
}

const reserved = (host: string) => `A webhook URL must not point at a private or reserved address (${host})`;

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

const isMappedIpv4 = (address: string) => isIP(address) === 6 && address.toLowerCase().startsWith('::ffff:');
const isLoopback = (address: string) => LOOPBACK.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

/**
 * Why a webhook may not be sent to the IP `address`, or undefined when it may: never to a private, link-local,
 * multicast or unspecified address, nor to IPv4 written as IPv6 (::ffff:10.0.0.1: refused whatever it maps to, rather
 * than judged by its IPv4 half); loopback only when `allowLoopback` (development and tests).
 */
export function addressProblem(address: string, allowLoopback: boolean): string | undefined {
  if (isMappedIpv4(address)) return reserved(address);
  if (isLoopback(address)) return allowLoopback ? undefined : LOOPBACK_REFUSED;
  if (FORBIDDEN.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4')) return reserved(address);
  return undefined;
}

/**
 * Why `url` may not be a webhook endpoint, or undefined when it may: https only, never to an address `addressProblem`
 * refuses written in the URL, nor with credentials in it; loopback (127.0.0.0/8, ::1, localhost), also over plain
 * http, only when `allowLoopback`. A host name is judged by its addresses when sending (webhook-address-guard.ts).
 */
export function webhookUrlProblem(url: string, allowLoopback: boolean): string | undefined {
  const parsed = new URL(url);
  if (parsed.username || parsed.password) return 'A webhook URL must not carry a user name or password';
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (isIP(host) !== 0) {
    const problem = addressProblem(host, allowLoopback);
    if (problem || isLoopback(host)) return problem;
  } else if (host === 'localhost' || host.endsWith('.localhost')) {
    return allowLoopback ? undefined : LOOPBACK_REFUSED;
  }
  if (parsed.protocol !== 'https:') return 'A webhook URL must be https';
  return undefined;
}

const LOOPBACK_REFUSED = 'A webhook URL must not point at this machine (loopback)';
const reserved = (host: string) => `A webhook URL must not point at a private or reserved address (${host})`;

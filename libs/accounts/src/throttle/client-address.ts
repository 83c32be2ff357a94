import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key an address is counted under, or null when it is not counted. IPv4 as is (an IPv4-mapped IPv6 address as its
 * IPv4 form); IPv6 by its /64, which is what one subscriber is given (counting single IPv6 addresses would give an
 * attacker 2^64 fresh budgets). Loopback is not counted: it is either an operator on the host or a reverse proxy whose
 * forwarding we were not told to trust (TRUST_PROXY), and then every client would share one count and one attacker
 * could hold back everyone.
 */
export function addressKey(address: string | null | undefined): string | null {
  if (!address) return null;
  const mapped = address.toLowerCase().match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  const v4 = mapped ? mapped[1] : address;
  if (isIPv4(v4)) return v4.startsWith('127.') ? null : v4;
  if (!isIPv6(address)) return null;
  const groups = expandIPv6(address.split('%')[0]);
  if (groups.every((g, i) => (i < 7 ? g === 0 : g === 1))) return null;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

function expandIPv6(address: string): number[] {
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const parse = (part: string | undefined) => (part ? part.split(':').flatMap(groupsOf) : []);
  const front = parse(head);
  if (tail === undefined) return front;
  const back = parse(tail);
  return [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

/** One colon-separated part: a hex group, or an embedded dotted IPv4 (two groups). */
function groupsOf(part: string): number[] {
  if (!part.includes('.')) return [parseInt(part, 16)];
  const [a, b, c, d] = part.split('.').map(Number);
  return [(a << 8) | b, (c << 8) | d];
}

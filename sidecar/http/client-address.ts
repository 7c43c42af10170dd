import { isIPv4, isIPv6 } from 'node:net';

/**
 * Bits of an IPv6 address that name one subscriber: a provider delegates a /56 (or a /64 within one) to
 * a home or a phone, so every address in it is the same client. express-rate-limit keys IPv6 the same way.
 */
const IPV6_SUBSCRIBER_BITS = 56;

/**
 * The key every per-address limit counts under, from Express's `req.ip` (which `trust proxy` resolved):
 * an IPv4 address as it is (also when written IPv4-mapped, `::ffff:192.0.2.1`), an IPv6 address as its
 * /56. A client that holds a whole IPv6 prefix could otherwise take a fresh address, and a fresh budget
 * of guesses and messages, for every request.
 */
export function clientAddressKey(ip: string | undefined): string {
  const address = (ip ?? '').replace(/%.*$/, '');
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return address === '' ? 'unknown' : address;
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff)
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  const kept = groups.map((group, n) => {
    const bits = Math.min(16, Math.max(0, IPV6_SUBSCRIBER_BITS - n * 16));
    return bits === 0 ? 0 : group & (0xffff << (16 - bits)) & 0xffff;
  });
  return `${kept.map((g) => g.toString(16)).join(':')}/${IPV6_SUBSCRIBER_BITS}`;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a dotted IPv4 tail converted). */
function ipv6Groups(address: string): number[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const text = dotted
    ? `${address.slice(0, dotted.index)}${((Number(dotted[1]) << 8) | Number(dotted[2])).toString(16)}:${(
        (Number(dotted[3]) << 8) |
        Number(dotted[4])
      ).toString(16)}`
    : address;
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const start = parse(head);
  if (tail === undefined) return start;
  const end = parse(tail);
  return [...start, ...new Array<number>(8 - start.length - end.length).fill(0), ...end];
}

/**
 * The network a client address stands for when requests are counted: an IPv4 address alone, an
 * IPv6 address by its /64. A single IPv6 subscriber is normally given a whole /64 (RFC 6177,
 * RFC 7421), so counting each address alone would let one client rotate through 2^64 of them.
 */

/** The eight 16-bit groups of the IPv6 address `address`, or undefined when it is none. */
function ipv6Groups(address: string): number[] | undefined {
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const head = parse(halves[0] ?? '');
  const tail = halves.length === 2 ? parse(halves[1] ?? '') : [];
  // An embedded IPv4 address (`::ffff:192.0.2.1`) takes the last two groups.
  const last = tail.length > 0 ? tail : head;
  const dotted = last.at(-1)?.includes('.') === true ? last.pop() : undefined;
  if (dotted !== undefined) {
    const bytes = dotted.split('.').map(Number);
    if (bytes.length !== 4 || bytes.some((byte) => !Number.isInteger(byte) || byte < 0 || byte > 255)) return undefined;
    last.push(((bytes[0]! << 8) | bytes[1]!).toString(16), ((bytes[2]! << 8) | bytes[3]!).toString(16));
  }
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return undefined;
  return groups.map((group) => parseInt(group, 16));
}

/**
 * The key `address` is counted under: an IPv6 address's /64 written as `2001:db8:0:1::/64`, and
 * anything else (IPv4, or text that is no address) as it is.
 */
export function countedNetwork(address: string): string {
  if (!address.includes(':')) return address;
  const groups = ipv6Groups(address.replace(/%.*$/, ''));
  if (groups === undefined) return address;
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

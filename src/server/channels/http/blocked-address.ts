import { isIPv4, isIPv6 } from "node:net";

type TRange = { prefix: string; bits: number; name: string };

// Order matters where ranges nest: the narrower, more telling name comes first.
const IPV4_RANGES: TRange[] = [
  { prefix: "0.0.0.0", bits: 8, name: "this-network (0.0.0.0/8)" },
  { prefix: "10.0.0.0", bits: 8, name: "private (10.0.0.0/8)" },
  { prefix: "100.64.0.0", bits: 10, name: "carrier-grade NAT (100.64.0.0/10)" },
  { prefix: "127.0.0.0", bits: 8, name: "loopback (127.0.0.0/8)" },
  { prefix: "169.254.169.254", bits: 32, name: "cloud metadata (169.254.169.254)" },
  { prefix: "169.254.0.0", bits: 16, name: "link-local (169.254.0.0/16)" },
  // Azure's platform endpoint (wire server) answers every VM from a public-looking address.
  { prefix: "168.63.129.16", bits: 32, name: "cloud metadata (168.63.129.16)" },
  { prefix: "172.16.0.0", bits: 12, name: "private (172.16.0.0/12)" },
  { prefix: "192.0.0.0", bits: 24, name: "IETF protocol assignments (192.0.0.0/24)" },
  { prefix: "192.0.2.0", bits: 24, name: "documentation (192.0.2.0/24)" },
  { prefix: "192.168.0.0", bits: 16, name: "private (192.168.0.0/16)" },
  { prefix: "198.18.0.0", bits: 15, name: "benchmarking (198.18.0.0/15)" },
  { prefix: "198.51.100.0", bits: 24, name: "documentation (198.51.100.0/24)" },
  { prefix: "203.0.113.0", bits: 24, name: "documentation (203.0.113.0/24)" },
  { prefix: "224.0.0.0", bits: 4, name: "multicast (224.0.0.0/4)" },
  { prefix: "255.255.255.255", bits: 32, name: "broadcast (255.255.255.255)" },
  { prefix: "240.0.0.0", bits: 4, name: "reserved (240.0.0.0/4)" },
];

/** IPv6 ranges that carry an IPv4 address in their last 32 bits, which decides. */
const IPV6_EMBEDDING_RANGES: TRange[] = [
  { prefix: "::ffff:0:0", bits: 96, name: "IPv4-mapped" },
  { prefix: "64:ff9b::", bits: 96, name: "NAT64" },
];

const IPV6_RANGES: TRange[] = [
  { prefix: "::", bits: 128, name: "unspecified (::)" },
  { prefix: "::1", bits: 128, name: "loopback (::1)" },
  // Deprecated since 2006; nothing legitimate lives there, and some stacks route it to IPv4.
  { prefix: "::", bits: 96, name: "IPv4-compatible (::/96)" },
  { prefix: "64:ff9b:1::", bits: 48, name: "local-use NAT64 (64:ff9b:1::/48)" },
  { prefix: "100::", bits: 64, name: "discard-only (100::/64)" },
  // Tunnels whose far end is chosen by the address itself.
  { prefix: "2001::", bits: 32, name: "Teredo (2001::/32)" },
  { prefix: "2002::", bits: 16, name: "6to4 (2002::/16)" },
  { prefix: "2001:db8::", bits: 32, name: "documentation (2001:db8::/32)" },
  { prefix: "fd00:ec2::254", bits: 128, name: "cloud metadata (fd00:ec2::254)" },
  { prefix: "fc00::", bits: 7, name: "unique-local (fc00::/7)" },
  { prefix: "fe80::", bits: 10, name: "link-local (fe80::/10)" },
  { prefix: "fec0::", bits: 10, name: "site-local (fec0::/10)" },
  { prefix: "ff00::", bits: 8, name: "multicast (ff00::/8)" },
];

/**
 * Why an outbound connection to `ip` must not be made (the range it falls in),
 * or null when it is an ordinary public address. Anything that is not a plain
 * IP address is refused too, so a caller can never slip a hostname past it.
 */
export function isBlockedAddress(ip: string): string | null {
  if (isIPv4(ip)) return blockedIpv4(parseIpv4(ip));
  const bytes = parseIpv6(ip);
  if (!bytes) return "not an IP address";
  for (const range of IPV6_EMBEDDING_RANGES) {
    if (inRange(bytes, range)) {
      const embedded = blockedIpv4(bytes.subarray(12));
      return embedded ? `${range.name} ${embedded}` : null;
    }
  }
  return IPV6_RANGES.find((range) => inRange(bytes, range))?.name ?? null;
}

function blockedIpv4(bytes: Uint8Array): string | null {
  return IPV4_RANGES.find((range) => matches(bytes, parseIpv4(range.prefix), range.bits))?.name ?? null;
}

function inRange(bytes: Uint8Array, range: TRange): boolean {
  const prefix = parseIpv6(range.prefix);
  return prefix !== null && matches(bytes, prefix, range.bits);
}

function matches(bytes: Uint8Array, prefix: Uint8Array, bits: number): boolean {
  for (let bit = 0; bit < bits; bit += 8) {
    const mask = bits - bit >= 8 ? 0xff : (0xff << (8 - (bits - bit))) & 0xff;
    if (((bytes[bit / 8] ?? 0) & mask) !== ((prefix[bit / 8] ?? 0) & mask)) return false;
  }
  return true;
}

function parseIpv4(ip: string): Uint8Array {
  return Uint8Array.from(ip.split(".").map(Number));
}

/** The 16 bytes of an IPv6 address (zone index ignored), or null when it is not one. */
function parseIpv6(ip: string): Uint8Array | null {
  let text = ip.split("%")[0] ?? "";
  if (!isIPv6(text)) return null;
  let tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    tail = [...parseIpv4(dotted[1])];
    text = `${text.slice(0, -dotted[1].length)}0:0`;
  }
  const [head = "", rest] = text.split("::");
  const words = (part: string) => (part ? part.split(":").map((word) => parseInt(word, 16)) : []);
  const before = words(head);
  const after = rest === undefined ? [] : words(rest);
  const all = [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
  const bytes = new Uint8Array(16);
  all.forEach((word, index) => {
    bytes[index * 2] = word >> 8;
    bytes[index * 2 + 1] = word & 0xff;
  });
  if (tail.length) bytes.set(tail, 12);
  return bytes;
}

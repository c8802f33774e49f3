import { describe, expect, it } from "vitest";
import { isBlockedAddress } from "./blocked-address";

describe("isBlockedAddress", () => {
  it.each([
    ["0.0.0.0", "this-network"],
    ["0.255.255.255", "this-network"],
    ["10.0.0.1", "private (10.0.0.0/8)"],
    ["10.255.255.255", "private (10.0.0.0/8)"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.255", "carrier-grade NAT"],
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["169.254.169.254", "cloud metadata (169.254.169.254)"],
    ["169.254.0.1", "link-local"],
    ["168.63.129.16", "cloud metadata (168.63.129.16)"],
    ["172.16.0.1", "private (172.16.0.0/12)"],
    ["172.31.255.255", "private (172.16.0.0/12)"],
    ["192.0.0.8", "IETF protocol assignments"],
    ["192.0.2.1", "documentation (192.0.2.0/24)"],
    ["192.168.1.1", "private (192.168.0.0/16)"],
    ["198.18.0.1", "benchmarking"],
    ["198.19.255.255", "benchmarking"],
    ["198.51.100.7", "documentation (198.51.100.0/24)"],
    ["203.0.113.5", "documentation (203.0.113.0/24)"],
    ["224.0.0.1", "multicast (224.0.0.0/4)"],
    ["239.255.255.250", "multicast (224.0.0.0/4)"],
    ["240.0.0.1", "reserved (240.0.0.0/4)"],
    ["255.255.255.255", "broadcast"],
  ])("blocks IPv4 %s as %s", (ip, reason) => {
    expect(isBlockedAddress(ip)).toContain(reason);
  });

  it.each([
    ["::", "unspecified"],
    ["::1", "loopback (::1)"],
    ["0:0:0:0:0:0:0:1", "loopback (::1)"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback"],
    ["::ffff:10.1.2.3", "IPv4-mapped private"],
    ["::ffff:169.254.169.254", "IPv4-mapped cloud metadata"],
    ["0:0:0:0:0:ffff:a9fe:a9fe", "IPv4-mapped cloud metadata"],
    ["::127.0.0.1", "IPv4-compatible"],
    ["::7f00:1", "IPv4-compatible"],
    ["::8.8.8.8", "IPv4-compatible"],
    ["64:ff9b::127.0.0.1", "NAT64 loopback"],
    ["64:ff9b::a9fe:a9fe", "NAT64 cloud metadata"],
    ["64:ff9b:1::1", "local-use NAT64"],
    ["100::1", "discard-only"],
    ["2001::1", "Teredo"],
    ["2002:7f00:1::1", "6to4"],
    ["2001:db8::1", "documentation (2001:db8::/32)"],
    ["fc00::1", "unique-local"],
    ["fdff:ffff::1", "unique-local"],
    ["fd00:ec2::254", "cloud metadata (fd00:ec2::254)"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["fec0::1", "site-local"],
    ["ff02::1", "multicast"],
  ])("blocks IPv6 %s as %s", (ip, reason) => {
    expect(isBlockedAddress(ip)).toContain(reason);
  });

  it.each([
    "1.1.1.1",
    "8.8.8.8",
    "93.184.216.34",
    "9.255.255.255",
    "11.0.0.0",
    "100.63.255.255",
    "100.128.0.0",
    "126.255.255.255",
    "128.0.0.0",
    "169.253.255.255",
    "169.255.0.0",
    "172.15.255.255",
    "172.32.0.0",
    "192.0.1.1",
    "192.0.3.1",
    "192.167.255.255",
    "192.169.0.0",
    "198.17.255.255",
    "198.20.0.0",
    "223.255.255.255",
    "2606:4700:4700::1111",
    "2a00:1450:4001:80b::200e",
    "::ffff:8.8.8.8",
    "64:ff9b::8.8.8.8",
    "2001:db9::1",
    "fbff::1",
    "fe00::1",
  ])("allows public %s", (ip) => {
    expect(isBlockedAddress(ip)).toBeNull();
  });

  it.each(["localhost", "example.com", "", "[::1]", "2130706433", "0x7f.1", "127.1", "1.2.3.4.5"])(
    "refuses %j, which is not a plain IP address",
    (value) => {
      expect(isBlockedAddress(value)).toBe("not an IP address");
    },
  );
});

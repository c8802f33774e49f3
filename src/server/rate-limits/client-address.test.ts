import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the entry the trusted proxies appended, not the ones a client can write", () => {
    const headers = { "x-forwarded-for": "203.0.113.9, 198.51.100.7, 10.0.0.2" };
    expect(clientAddress(headers, 1)).toBe("10.0.0.2");
    expect(clientAddress(headers, 2)).toBe("198.51.100.7");
    expect(clientAddress(headers, 5)).toBe("203.0.113.9");
  });

  it("without a trusted proxy uses what Next.js put there (the socket's address unless the client sent one)", () => {
    expect(clientAddress({ "x-forwarded-for": "192.0.2.1" }, 0)).toBe("192.0.2.1");
    expect(clientAddress({}, 0)).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "not an address" }, 1)).toBe("unknown");
  });

  it("counts IPv6 by /64 and strips ports and IPv4 mapping", () => {
    expect(normaliseAddress("2001:db8:0:12:aaaa::1")).toBe("2001:db8:0:12::/64");
    expect(normaliseAddress("2001:0db8:0000:0012:ffff:1:2:3")).toBe("2001:db8:0:12::/64");
    expect(normaliseAddress("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
    expect(normaliseAddress("::1")).toBe("0:0:0:0::/64");
    expect(normaliseAddress("::ffff:192.0.2.5")).toBe("192.0.2.5");
    expect(normaliseAddress("192.0.2.5:51234")).toBe("192.0.2.5");
  });
});

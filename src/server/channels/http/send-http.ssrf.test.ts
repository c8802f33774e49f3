import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { HttpTransportError } from "./http-transport-error";
import type { TResolvedAddress } from "./resolve-destination";
import { sendHttp } from "./send-http";
import { startConnectionCounter, type TConnectionCounter } from "./test-support/test-servers";

// The guard as production runs it (allowPrivate: false). A silent listener on
// 127.0.0.1 proves that a refused send never even opened a connection.
let loopback: TConnectionCounter;
beforeAll(async () => {
  loopback = await startConnectionCounter();
});
afterAll(() => loopback.close());

const guarded = (lookup: (hostname: string) => Promise<TResolvedAddress[]>) => ({ allowPrivate: false, lookup });
const noLookup = () => vi.fn(async (): Promise<TResolvedAddress[]> => {
  throw new Error("lookup must not be called");
});

async function refusal(promise: Promise<unknown>): Promise<HttpTransportError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(HttpTransportError);
  return error as HttpTransportError;
}

describe("sendHttp SSRF guard", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["0.0.0.0", "this-network"],
    ["2130706433", "loopback"],
    ["0x7f.1", "loopback"],
    ["[::1]", "loopback (::1)"],
    ["[::ffff:127.0.0.1]", "IPv4-mapped loopback"],
    ["10.0.0.1", "private (10.0.0.0/8)"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["[fc00::1]", "unique-local"],
    ["169.254.169.254", "cloud metadata"],
  ])("refuses https://%s before connecting (%s)", async (host, reason) => {
    const lookup = noLookup();
    const error = await refusal(sendHttp({ url: `https://${host}:${loopback.port}/hook`, body: "x" }, guarded(lookup)));
    expect(error.kind).toBe("blocked_destination");
    expect(error.message).toContain(reason);
    expect(lookup).not.toHaveBeenCalled();
    expect(loopback.connections()).toBe(0);
  });

  it("refuses a hostname that resolves to loopback", async () => {
    const lookup = vi.fn(async () => [{ address: "127.0.0.1", family: 4 as const }]);
    const error = await refusal(sendHttp({ url: `https://internal.test:${loopback.port}/` }, guarded(lookup)));
    expect(error).toMatchObject({
      kind: "blocked_destination",
      message: "internal.test resolves to 127.0.0.1, a loopback (127.0.0.0/8) address, which is not allowed",
    });
    expect(loopback.connections()).toBe(0);
  });

  it("refuses a hostname with any blocked address among public ones", async () => {
    const lookup = async (): Promise<TResolvedAddress[]> => [
      { address: "93.184.216.34", family: 4 },
      { address: "::ffff:169.254.169.254", family: 6 },
    ];
    const error = await refusal(sendHttp({ url: "https://mixed.test/" }, guarded(lookup)));
    expect(error.kind).toBe("blocked_destination");
    expect(error.message).toContain("IPv4-mapped cloud metadata");
  });

  it("refuses the loopback name even before resolving it", async () => {
    const lookup = noLookup();
    const error = await refusal(sendHttp({ url: `https://localhost:${loopback.port}/` }, guarded(lookup)));
    expect(error.kind).toBe("blocked_destination");
    expect(lookup).not.toHaveBeenCalled();
  });

  it("refuses plain http", async () => {
    const error = await refusal(sendHttp({ url: "http://hooks.example.com/x" }, guarded(noLookup())));
    expect(error.kind).toBe("blocked_destination");
    expect(error.message).toContain("must use https://");
  });

  it("connects to the address it checked, not to a second answer rebound to loopback", async () => {
    // First answer public (and checked), every later one 127.0.0.1. Re-resolving at
    // connect time would land on the loopback listener; pinning goes to the public
    // address, which cannot succeed here (no such receiver, or no valid certificate).
    const answers = ["93.184.216.34", "127.0.0.1"];
    const lookup = vi.fn(async () => [{ address: answers.shift() ?? "127.0.0.1", family: 4 as const }]);
    const error = await refusal(sendHttp({ url: `https://rebind.test:${loopback.port}/`, timeoutMs: 300 }, guarded(lookup)));
    expect(lookup).toHaveBeenCalledOnce();
    expect(loopback.connections()).toBe(0);
    expect(error.kind).not.toBe("blocked_destination");
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { isBlockedAddress } from "./blocked-address";
import { HttpTransportError } from "./http-transport-error";
import type { TResolvedAddress } from "./resolve-destination";
import { sendHttp } from "./send-http";
import { selfSignedCertificate, startConnectionCounter, startReceiver, type TConnectionCounter, type TReceiver } from "./test-support/test-servers";

/**
 * The guard's later checks (each redirect, the address actually connected to)
 * need a first hop that the guard lets through, and this machine has no public
 * receiver. So one loopback address, 127.10.0.1, stands in for a public one:
 * it alone is let through; every other address is judged by the real rules.
 */
const STAND_IN_PUBLIC = "127.10.0.1";
vi.mock("./blocked-address", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./blocked-address")>();
  return { isBlockedAddress: vi.fn((ip: string) => (ip === "127.10.0.1" ? null : actual.isBlockedAddress(ip))) };
});

let publicReceiver: TReceiver;
let loopback: TConnectionCounter;
let redirectTarget = "";

beforeAll(async () => {
  // The stand-in receiver's certificate is self-signed; what is under test here is the address guard, not TLS.
  vi.stubEnv("NODE_TLS_REJECT_UNAUTHORIZED", "0");
  publicReceiver = await startReceiver(
    (request, response) => (request.path === "/redirect" ? response.writeHead(302, { location: redirectTarget }).end() : response.end("public")),
    { host: STAND_IN_PUBLIC, tls: selfSignedCertificate() },
  );
  // Same port on the real loopback address, so a connection that strays from the pinned address lands here.
  loopback = await startConnectionCounter({ port: publicReceiver.port });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([publicReceiver.close(), loopback.close()]);
});
beforeEach(() => {
  publicReceiver.requests.length = 0;
});

const lookup = vi.fn(async (hostname: string): Promise<TResolvedAddress[]> => [
  { address: hostname === "public.test" ? STAND_IN_PUBLIC : "127.0.0.1", family: 4 },
]);
const guarded = { allowPrivate: false, lookup };
const publicUrl = (path: string) => `https://public.test:${publicReceiver?.port}${path}`;

async function refusal(promise: Promise<unknown>): Promise<HttpTransportError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(HttpTransportError);
  return error as HttpTransportError;
}

describe("sendHttp guard on redirects and connected addresses", () => {
  it("lets the stand-in public receiver through (so the refusals below come from the redirect)", async () => {
    const result = await sendHttp({ url: publicUrl("/") }, guarded);
    expect(result).toMatchObject({ status: 200, body: "public", remoteAddress: STAND_IN_PUBLIC });
  });

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
  ])("refuses a redirect to https://%s (%s)", async (host, reason) => {
    redirectTarget = `https://${host}:${loopback.port}/latest/meta-data/`;
    const error = await refusal(sendHttp({ url: publicUrl("/redirect"), body: "x" }, guarded));
    expect(error.kind).toBe("blocked_destination");
    expect(error.message).toMatch(new RegExp(`^Redirect from public\\.test:\\d+ refused: .*${reason.replace(/[()]/g, "\\$&")}`));
    expect(publicReceiver.requests).toHaveLength(1);
    expect(loopback.connections()).toBe(0);
  });

  it("refuses a redirect to a hostname that resolves to loopback", async () => {
    redirectTarget = `https://internal.test:${loopback.port}/`;
    const error = await refusal(sendHttp({ url: publicUrl("/redirect") }, guarded));
    expect(error.kind).toBe("blocked_destination");
    expect(error.message).toMatch(/^Redirect from public\.test:\d+ refused: internal\.test resolves to 127\.0\.0\.1, a loopback/);
    expect(loopback.connections()).toBe(0);
  });

  it("refuses a redirect down to plain http", async () => {
    redirectTarget = "http://hooks.example.com/x";
    const error = await refusal(sendHttp({ url: publicUrl("/redirect") }, guarded));
    expect(error.kind).toBe("blocked_destination");
    expect(error.message).toContain("must use https://");
  });

  it("pins the connection to the first, checked answer when the next answer is rebound to loopback", async () => {
    const answers = [STAND_IN_PUBLIC, "127.0.0.1"];
    const rebinding = vi.fn(async () => [{ address: answers.shift() ?? "127.0.0.1", family: 4 as const }]);
    const result = await sendHttp({ url: `https://rebind.test:${publicReceiver.port}/` }, { allowPrivate: false, lookup: rebinding });
    expect(result.remoteAddress).toBe(STAND_IN_PUBLIC);
    expect(rebinding).toHaveBeenCalledOnce();
    expect(loopback.connections()).toBe(0);
  });

  it("checks the address actually connected to, whatever the checks before said", async () => {
    // The pre-connect check is fooled once, as a resolver or OS trick would; the connected socket still is loopback.
    vi.mocked(isBlockedAddress).mockImplementationOnce(() => null);
    const error = await refusal(sendHttp({ url: `https://sneaky.test:${loopback.port}/`, timeoutMs: 2000 }, guarded));
    expect(error).toMatchObject({
      kind: "blocked_destination",
      remoteAddress: "127.0.0.1",
      message: "Connected to sneaky.test at 127.0.0.1, a loopback (127.0.0.0/8) address, which is not allowed",
    });
    await vi.waitFor(() => expect(loopback.connections()).toBe(1));
  });
});

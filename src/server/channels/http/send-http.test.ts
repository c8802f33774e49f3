import { afterEach, describe, expect, it, vi } from "vitest";
import { HttpTransportError } from "./http-transport-error";
import { MAX_RESPONSE_BYTES } from "./request-once";
import { sendHttp } from "./send-http";
import { selfSignedCertificate, startConnectionCounter, startReceiver, type TReceiver } from "./test-support/test-servers";

// Receivers run on loopback, so these tests use the development switch; the guard itself is tested in send-http.ssrf.test.ts.
const dev = { allowPrivate: true };
const toClose: Array<{ close: () => Promise<void> }> = [];
async function track<T extends { close: () => Promise<void> }>(server: Promise<T>): Promise<T> {
  toClose.push(await server);
  return toClose[toClose.length - 1] as T;
}
afterEach(async () => {
  await Promise.all(toClose.splice(0).map((server) => server.close()));
});

async function failure(promise: Promise<unknown>): Promise<HttpTransportError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(HttpTransportError);
  return error as HttpTransportError;
}

describe("sendHttp", () => {
  it("delivers the exact body and headers and reports the response", async () => {
    const receiver = await track(
      startReceiver((_request, response) => {
        response.setHeader("x-request-id", "r-1");
        response.setHeader("set-cookie", ["a=1", "b=2"]);
        response.end('{"ok":true}');
      }),
    );
    const body = JSON.stringify({ text: "Disk full on db-1 — ünïcödé" });

    const result = await sendHttp(
      { url: `${receiver.origin}/hooks/abc?x=1`, headers: { "Content-Type": "application/json", "X-Signature": "sig-123" }, body },
      dev,
    );

    expect(receiver.requests).toHaveLength(1);
    const [received] = receiver.requests;
    expect(received).toMatchObject({ method: "POST", path: "/hooks/abc?x=1", body });
    expect(received?.headers).toMatchObject({
      "content-type": "application/json",
      "x-signature": "sig-123",
      "content-length": String(Buffer.byteLength(body)),
      "user-agent": "OpsConductor-Notify",
    });
    expect(result).toMatchObject({
      status: 200,
      body: '{"ok":true}',
      bodyExcerpt: '{"ok":true}',
      remoteAddress: "127.0.0.1",
      finalUrl: `${receiver.origin}/hooks/abc?x=1`,
    });
    expect(result.headers).toMatchObject({ "x-request-id": "r-1", "set-cookie": "a=1, b=2" });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("sends URLSearchParams form-encoded", async () => {
    const receiver = await track(startReceiver());
    await sendHttp({ url: receiver.origin, body: new URLSearchParams({ To: "+15550100", Body: "a&b=c" }) }, dev);
    expect(receiver.requests[0]?.body).toBe("To=%2B15550100&Body=a%26b%3Dc");
    expect(receiver.requests[0]?.headers["content-type"]).toBe("application/x-www-form-urlencoded;charset=UTF-8");
  });

  it("sends a GET without a body", async () => {
    const receiver = await track(startReceiver());
    await sendHttp({ url: receiver.origin, method: "GET" }, dev);
    expect(receiver.requests[0]).toMatchObject({ method: "GET", body: "" });
    expect(receiver.requests[0]?.headers["content-length"]).toBeUndefined();
  });

  it("returns error statuses as responses rather than throwing", async () => {
    const receiver = await track(startReceiver((_request, response) => response.writeHead(500).end("boom")));
    expect(await sendHttp({ url: receiver.origin, body: "x" }, dev)).toMatchObject({ status: 500, bodyExcerpt: "boom" });
  });

  it("reads at most 64 KB of the body and excerpts 2 KB", async () => {
    const receiver = await track(
      startReceiver((_request, response) => {
        response.write("x".repeat(MAX_RESPONSE_BYTES));
        // Never ends: without the cap this would run into the timeout.
        response.write("y".repeat(MAX_RESPONSE_BYTES));
      }),
    );
    const result = await sendHttp({ url: receiver.origin, timeoutMs: 2000 }, dev);
    expect(result.body).toBe("x".repeat(MAX_RESPONSE_BYTES));
    expect(result.bodyExcerpt).toHaveLength(2048);
  });

  it("connects to the address the lookup gave and sends the name as Host", async () => {
    const receiver = await track(startReceiver());
    const lookup = vi.fn(async () => [{ address: "127.0.0.1", family: 4 as const }]);
    const result = await sendHttp({ url: `http://receiver.test:${receiver.port}/x` }, { ...dev, lookup });
    expect(lookup).toHaveBeenCalledExactlyOnceWith("receiver.test");
    expect(receiver.requests[0]?.headers.host).toBe(`receiver.test:${receiver.port}`);
    expect(result.remoteAddress).toBe("127.0.0.1");
  });

  describe("failures", () => {
    it("times out a receiver that never answers, within the configured time", async () => {
      const receiver = await track(startReceiver(() => undefined));
      const started = performance.now();
      const error = await failure(sendHttp({ url: receiver.origin, timeoutMs: 300 }, dev));
      const elapsed = performance.now() - started;
      expect(error.kind).toBe("timeout");
      expect(error.message).toBe("Timed out after 300 ms waiting for the response from 127.0.0.1");
      expect(elapsed).toBeGreaterThanOrEqual(290);
      expect(elapsed).toBeLessThan(800);
    });

    it("times out a body that never ends", async () => {
      const receiver = await track(startReceiver((_request, response) => response.writeHead(200).write("partial")));
      const error = await failure(sendHttp({ url: receiver.origin, timeoutMs: 300 }, dev));
      expect(error).toMatchObject({ kind: "timeout", message: "Timed out after 300 ms reading the response from 127.0.0.1" });
    });

    it("reports a receiver that stops halfway through the body", async () => {
      const receiver = await track(
        startReceiver((_request, response) => {
          response.writeHead(200, { "content-length": "100" }).write("partial");
          setTimeout(() => response.socket?.destroy(), 20);
        }),
      );
      const error = await failure(sendHttp({ url: receiver.origin }, dev));
      expect(error).toMatchObject({ kind: "network", message: "127.0.0.1 closed the connection while sending the response" });
    });

    it("times out a lookup that never answers", async () => {
      const lookup = () => new Promise<never>(() => undefined);
      const error = await failure(sendHttp({ url: "http://slow.test/", timeoutMs: 300 }, { ...dev, lookup }));
      expect(error).toMatchObject({ kind: "timeout", message: "Timed out after 300 ms resolving slow.test" });
    });

    it("says who refused the connection", async () => {
      const closed = await startConnectionCounter();
      await closed.close();
      const error = await failure(sendHttp({ url: `http://127.0.0.1:${closed.port}/` }, dev));
      expect(error).toMatchObject({ kind: "refused", message: `Connection refused by 127.0.0.1:${closed.port}`, code: "ECONNREFUSED" });
    });

    it("reports a failed DNS lookup", async () => {
      const lookup = async () => {
        throw Object.assign(new Error("getaddrinfo ENOTFOUND nowhere.test"), { code: "ENOTFOUND" });
      };
      const error = await failure(sendHttp({ url: "https://nowhere.test/" }, { lookup }));
      expect(error).toMatchObject({ kind: "dns", message: "DNS lookup for nowhere.test failed: no such host (ENOTFOUND)" });
    });

    it("names the certificate problem of a self-signed receiver", async () => {
      const receiver = await track(startReceiver(undefined, { tls: selfSignedCertificate() }));
      const error = await failure(sendHttp({ url: receiver.origin }, dev));
      expect(error).toMatchObject({
        kind: "tls",
        code: "DEPTH_ZERO_SELF_SIGNED_CERT",
        message: "TLS certificate problem: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)",
      });
      expect(receiver.requests).toHaveLength(0);
    });

    it("reports a receiver that hangs up without answering", async () => {
      const receiver = await track(startReceiver((_request, response) => response.socket?.destroy()));
      const error = await failure(sendHttp({ url: receiver.origin }, dev));
      expect(error.kind).toBe("network");
      expect(error.message).toBe("127.0.0.1 (127.0.0.1:" + receiver.port + ") closed the connection without answering (socket hang up)");
    });
  });

  describe("redirects", () => {
    function redirectingTo(target: () => string, status: number): Promise<TReceiver> {
      return startReceiver((_request, response) => response.writeHead(status, { location: target() }).end("moved"));
    }

    it("turns a POST into a bodiless GET after 302 and reports the final URL", async () => {
      const target = await track(startReceiver());
      const origin = await track(redirectingTo(() => `${target.origin}/final`, 302));
      const result = await sendHttp({ url: `${origin.origin}/start`, body: "payload", headers: { "content-type": "text/plain" } }, dev);
      expect(result).toMatchObject({ status: 200, finalUrl: `${target.origin}/final` });
      expect(target.requests[0]).toMatchObject({ method: "GET", body: "" });
      expect(target.requests[0]?.headers["content-type"]).toBeUndefined();
    });

    it("replays method and body after 307 and 308", async () => {
      const target = await track(startReceiver());
      const second = await track(redirectingTo(() => `${target.origin}/b`, 308));
      const first = await track(redirectingTo(() => `${second.origin}/a`, 307));
      await sendHttp({ url: first.origin, body: "payload" }, dev);
      expect(target.requests[0]).toMatchObject({ method: "POST", path: "/b", body: "payload" });
    });

    it("keeps Authorization and custom headers on the same origin and drops them on another", async () => {
      const elsewhere = await track(startReceiver());
      let step = 0;
      const home = await track(
        startReceiver((_request, response) => {
          step += 1;
          if (step === 1) response.writeHead(307, { location: "/again" }).end();
          else response.writeHead(307, { location: `${elsewhere.origin}/x` }).end();
        }),
      );
      const headers = { Authorization: "Bearer secret", "X-Api-Key": "custom-secret", "webhook-signature": "v1,abc", "content-type": "application/json" };
      await sendHttp({ url: home.origin, body: "b", headers }, dev);
      expect(home.requests.map((request) => [request.headers.authorization, request.headers["x-api-key"]])).toEqual([
        ["Bearer secret", "custom-secret"],
        ["Bearer secret", "custom-secret"],
      ]);
      expect(elsewhere.requests[0]?.headers.authorization).toBeUndefined();
      expect(elsewhere.requests[0]?.headers["x-api-key"]).toBeUndefined();
      expect(elsewhere.requests[0]?.headers).toMatchObject({ "webhook-signature": "v1,abc", "content-type": "application/json", "user-agent": "OpsConductor-Notify" });
    });

    it("gives up after maxRedirects", async () => {
      const loop: TReceiver = await track(redirectingTo(() => `${loop.origin}/again`, 302));
      const error = await failure(sendHttp({ url: loop.origin, maxRedirects: 2 }, dev));
      expect(error).toMatchObject({ kind: "too_many_redirects", message: `Gave up after 2 redirects (the last one from 127.0.0.1:${loop.port})` });
      expect(loop.requests).toHaveLength(3);
    });
  });
});

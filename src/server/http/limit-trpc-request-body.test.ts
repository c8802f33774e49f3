import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { appRouter, type AppRouter } from "@/server/api/root";
import { limitTrpcRequestBody } from "./limit-trpc-request-body";

// The app's own router and error formatter, wired as the tRPC route does; no
// one is signed in, so a call that gets past the limit is refused with 401.
const handle = (request: Request) =>
  fetchRequestHandler({ endpoint: "/api/trpc", req: limitTrpcRequestBody(request), router: appRouter, createContext: () => ({ user: null }) });

const client = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "http://test/api/trpc", transformer: superjson, fetch: (url, init) => handle(new Request(url, init as RequestInit)) })],
});

async function clientError(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await promise.then(() => null, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<AppRouter>;
}

const branding = (footer: string) => ({ product_name: "Acme Ops", accent_color: "#0f766e", footer_text: footer });

describe("limitTrpcRequestBody on the app's router", () => {
  it("lets a call within the limits reach the procedure", async () => {
    const error = await clientError(client.templates.branding.save.mutate(branding("Questions? #ops")));
    expect(error.data?.code).toBe("UNAUTHORIZED");
  });

  it("answers a body over 1 MB with 413 in tRPC's error shape, naming the limit", async () => {
    const error = await clientError(client.templates.branding.save.mutate(branding("x".repeat(2 * 1024 * 1024))));
    expect(error.message).toBe("Request body is larger than 1 MB, the limit for a JSON request");
    expect(error.data).toMatchObject({ code: "PAYLOAD_TOO_LARGE", httpStatus: 413, fieldErrors: { body: ["is larger than 1 MB"] } });
  });

  it("answers JSON nested deeper than 32 levels with 400 naming the depth limit", async () => {
    let deep: unknown = "end";
    for (let i = 0; i < 1_000; i++) deep = [deep];
    const response = await handle(
      new Request("http://test/api/trpc/templates.branding.save", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: deep }) }),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.json).toMatchObject({ message: "Request body nests arrays/objects deeper than 32 levels (the JSON depth limit)", data: { code: "BAD_REQUEST" } });
  });

  it("refuses every call of an oversized batch", async () => {
    const response = await handle(
      new Request("http://test/api/trpc/templates.branding.save,templates.branding.save?batch=1", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ 0: { json: branding("x".repeat(600_000)) }, 1: { json: branding("y".repeat(600_000)) } }),
      }),
    );
    expect(response.status).toBe(413);
    const items = await response.json();
    expect(items).toHaveLength(2);
    for (const item of items) expect(item.error.json.data.code).toBe("PAYLOAD_TOO_LARGE");
  });
});

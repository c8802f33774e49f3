import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/server/errors/app-error";
import { errorResponse } from "./rest";

describe("errorResponse", () => {
  it("answers an unexpected error with a generic message and a request id, logging the details server-side only", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = errorResponse(new Error('relation "secret_table" does not exist at select * from secret_table'));
    const body = await response.json();
    expect(response.status).toBe(500);
    expect(body.error).toEqual({ code: "internal", message: expect.stringMatching(/^Internal error; it was logged as request [0-9a-f-]{36}$/), request_id: expect.any(String) });
    expect(JSON.stringify(body)).not.toMatch(/secret_table|at |select/);
    expect(String(log.mock.calls[0]?.[0])).toContain(body.error.request_id);
    log.mockRestore();
  });

  it("answers an AppError with its status, code, fields and batch details", async () => {
    const response = errorResponse(new AppError("BAD_REQUEST", "Invalid event", { details: [{ index: 2, path: "type", message: "is required" }] }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "bad_request", message: "Invalid event" }, details: [{ index: 2, path: "type", message: "is required" }] });
  });
});

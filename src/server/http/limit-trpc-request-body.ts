import { TRPCError } from "@trpc/server";
import { limitRequestBody } from "./limit-request-body";
import { JSON_MAX_DEPTH, JSON_REQUEST_MAX_BYTES } from "./request-limits";

/**
 * The tRPC route's request, its body held to the JSON request limits. tRPC
 * reads the body inside the procedure call, so the refusal is a TRPCError:
 * the client gets 413 (size) or 400 (depth) in tRPC's own error shape, with
 * the message naming the limit, and no procedure runs.
 */
export function limitTrpcRequestBody(request: Request): Request {
  return limitRequestBody(request, { maxBytes: JSON_REQUEST_MAX_BYTES, maxDepth: JSON_MAX_DEPTH }, (error) =>
    new TRPCError({ code: error.code === "PAYLOAD_TOO_LARGE" ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST", message: error.message, cause: error }),
  );
}

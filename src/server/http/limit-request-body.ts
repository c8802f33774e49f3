import type { AppError } from "@/server/errors/app-error";
import { jsonDepthGauge } from "./json-depth-gauge";
import { jsonTooDeep, requestTooLarge } from "./request-limits";

export type TRequestBodyLimits = { maxBytes: number; maxDepth: number };

/**
 * A copy of `request` whose body can be read only within `limits`: once more
 * than `maxBytes` arrive (or Content-Length says they will), or the JSON nests
 * deeper than `maxDepth`, reading it fails with `refuse(error)` and the rest
 * is never read. For handlers that read the body themselves (tRPC's): they
 * answer that error as they answer any other. Streaming, so nothing beyond
 * the limit is held in memory; a body-less request is returned as it is.
 */
export function limitRequestBody(request: Request, limits: TRequestBodyLimits, refuse: (error: AppError) => Error = (error) => error): Request {
  if (!request.body) return request;
  const source = request.body;
  const declared = Number(request.headers.get("content-length") ?? 0);
  const tooDeep = jsonDepthGauge(limits.maxDepth);
  let received = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const fail = (error: AppError) => {
        controller.error(refuse(error));
        void (reader ?? source).cancel().catch(() => undefined);
      };
      if (declared > limits.maxBytes) return fail(requestTooLarge(limits.maxBytes));
      reader ??= source.getReader();
      const { done, value } = await reader.read();
      if (done) return controller.close();
      received += value.byteLength;
      if (received > limits.maxBytes) return fail(requestTooLarge(limits.maxBytes));
      if (tooDeep(value)) return fail(jsonTooDeep("body", limits.maxDepth));
      controller.enqueue(value);
    },
    cancel: (reason) => (reader ?? source).cancel(reason),
  });
  return new Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal, duplex: "half" } as RequestInit);
}

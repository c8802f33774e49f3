/**
 * The request body as bytes, refusing (with `tooLarge()`) one that declares or
 * turns out to be longer than `maxBytes`, without reading the rest of it. The
 * running count matters as much as Content-Length: chunked uploads have none.
 */
export async function readLimitedBody(request: Request, maxBytes: number, tooLarge: () => Error): Promise<Buffer<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Not awaited: cancelling one branch of a clone() settles only when the other is cancelled too.
      reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

import { z } from "zod";

/** Headers we set ourselves: a custom value would break the request or forge its signature. */
const RESERVED = new Set(["host", "content-length", "content-type", "transfer-encoding", "connection", "webhook-id", "webhook-timestamp", "webhook-signature"]);
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const MAX_HEADERS = 20;

/** Extra request headers for a webhook or SMS gateway, e.g. an API key the receiver checks. */
export const ZCustomHeaders = z.record(z.string(), z.string().max(4096, "must be at most 4,096 characters")).superRefine((headers, context) => {
  const names = Object.keys(headers);
  if (names.length > MAX_HEADERS) context.addIssue({ code: "custom", message: `may have at most ${MAX_HEADERS} headers` });
  for (const name of names) {
    const problem = !TOKEN.test(name)
      ? "is not a valid header name"
      : RESERVED.has(name.toLowerCase())
        ? "is set by OpsConductor Notify and cannot be overridden"
        : /[\r\n\0]/.test(headers[name] ?? "")
          ? "must not contain line breaks"
          : null;
    if (problem) context.addIssue({ code: "custom", path: [name], message: problem });
  }
});
export type TCustomHeaders = z.infer<typeof ZCustomHeaders>;

/** "Name: value" lines, as people type them into a form, to a header map; null when a line has no colon. */
export function parseHeaderLines(text: string): TCustomHeaders | null {
  const headers: TCustomHeaders = {};
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const colon = line.indexOf(":");
    if (colon <= 0) return null;
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

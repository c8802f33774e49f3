import http from "node:http";

export type TPosted = { id: string; sentAt: number; acceptedAt: number };

/** Refused or failed POSTs: counted and reported, not fatal — they are a finding. */
export type TPostFailures = { count: number; byStatus: Record<string, number>; first?: string };

/**
 * POSTs to /api/v1/notifications over keep-alive connections (node:http costs
 * the bench process less CPU than fetch, and the bench shares the machine with
 * the app). Times are performance.now() in this process.
 */
export function createApiClient(options: { baseUrl: string; apiKey: string; maxSockets: number }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets });
  const url = new URL("/api/v1/notifications", options.baseUrl);
  const failures: TPostFailures = { count: 0, byStatus: {} };
  const recordFailure = (status: string, detail: string) => {
    failures.count += 1;
    failures.byStatus[status] = (failures.byStatus[status] ?? 0) + 1;
    failures.first ??= `${status}: ${detail.slice(0, 300)}`;
  };

  /** The accepted notification, or null when the API refused it (see `failures`). */
  const postNotification = (body: string): Promise<TPosted | null> =>
    new Promise((resolve) => {
      const sentAt = performance.now();
      const request = http.request(
        url,
        {
          method: "POST",
          agent,
          headers: { authorization: `Bearer ${options.apiKey}`, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            const acceptedAt = performance.now();
            const text = Buffer.concat(chunks).toString();
            if (response.statusCode !== 202) {
              recordFailure(`HTTP ${response.statusCode}`, text);
              return resolve(null);
            }
            resolve({ id: String((JSON.parse(text) as { id: number }).id), sentAt, acceptedAt });
          });
        },
      );
      request.on("error", (error) => {
        recordFailure(error.name, error.message);
        resolve(null);
      });
      request.end(body);
    });

  return { postNotification, failures, close: () => agent.destroy() };
}

import http from "node:http";

export type TPosted = { id: string; sentAt: number; acceptedAt: number };
/** An accepted POST /api/v1/events: the event ids in request order. */
export type TPostedEvents = { ids: string[]; sentAt: number; acceptedAt: number };

/** Refused or failed POSTs: counted and reported, not fatal — they are a finding. */
export type TPostFailures = { count: number; byStatus: Record<string, number>; first?: string };

/**
 * POSTs to /api/v1/notifications (and /api/v1/events) over keep-alive
 * connections (node:http costs the bench process less CPU than fetch, and the
 * bench shares the machine with the app). Times are performance.now() in this
 * process.
 */
export function createApiClient(options: { baseUrl: string; apiKey: string; maxSockets: number }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets });
  const notificationsUrl = new URL("/api/v1/notifications", options.baseUrl);
  const eventsUrl = new URL("/api/v1/events", options.baseUrl);
  const failures: TPostFailures = { count: 0, byStatus: {} };
  const recordFailure = (status: string, detail: string) => {
    failures.count += 1;
    failures.byStatus[status] = (failures.byStatus[status] ?? 0) + 1;
    failures.first ??= `${status}: ${detail.slice(0, 300)}`;
  };

  /** The 202 answer's JSON with its timing, or null when the API refused it (see `failures`). */
  const post = (url: URL, body: string): Promise<{ answer: unknown; sentAt: number; acceptedAt: number } | null> =>
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
            resolve({ answer: JSON.parse(text), sentAt, acceptedAt });
          });
        },
      );
      request.on("error", (error) => {
        recordFailure(error.name, error.message);
        resolve(null);
      });
      request.end(body);
    });

  /** The accepted notification, or null when the API refused it (see `failures`). */
  const postNotification = async (body: string): Promise<TPosted | null> => {
    const posted = await post(notificationsUrl, body);
    return posted && { id: String((posted.answer as { id: number }).id), sentAt: posted.sentAt, acceptedAt: posted.acceptedAt };
  };

  /** One event (answered `{id}`) or a batch `{"events": [...]}` (answered `{ids}`); null when refused. */
  const postEvents = async (body: string): Promise<TPostedEvents | null> => {
    const posted = await post(eventsUrl, body);
    if (!posted) return null;
    const answer = posted.answer as { id?: string; ids?: string[] };
    return { ids: answer.ids ?? (answer.id ? [answer.id] : []), sentAt: posted.sentAt, acceptedAt: posted.acceptedAt };
  };

  return { postNotification, postEvents, failures, close: () => agent.destroy() };
}

import { appUrl } from "@/env";
import { AppError } from "@/server/errors/app-error";
import { acknowledgeByLink } from "@/server/incidents/acknowledge-by-link";

/** The acknowledge button's POST; answers with the page again (303), saying what happened. */
export async function POST(_request: Request, context: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await context.params;
  let result = "acknowledged";
  try {
    await acknowledgeByLink(token);
  } catch (error) {
    if (!(error instanceof AppError)) {
      console.error("[ack] acknowledging by link failed:", error);
      return new Response("Internal error; it was logged.", { status: 500 });
    }
    result = error.code === "CONFLICT" ? (/resolved/.test(error.message) ? "resolved" : "used") : "invalid";
  }
  // The public address, not whatever host the request reached behind a proxy.
  return Response.redirect(new URL(`/ack/${encodeURIComponent(token)}?result=${result}`, `${appUrl()}/`), 303);
}

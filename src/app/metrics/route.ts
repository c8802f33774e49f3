import { errorResponse } from "@/server/api/rest";
import { authenticateMetricsToken } from "@/server/metrics/metrics-token";
import { renderMetrics } from "@/server/metrics/render-metrics";

/** Prometheus scrape target: the whole service's figures, from the database (README "Monitoring with Prometheus"). */
export async function GET(request: Request): Promise<Response> {
  try {
    authenticateMetricsToken(request.headers.get("authorization"));
    const { contentType, body } = await renderMetrics();
    return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

import { checkHealth } from "@/server/health/check-health";

// Public on purpose: load balancers and the executor probe it without a key.
export async function GET(): Promise<Response> {
  const report = await checkHealth();
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

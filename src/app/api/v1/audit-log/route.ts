import { apiKeyRoute } from "@/server/api/rest";
import { listAuditLog } from "@/server/audit/list-audit-log";

export const GET = apiKeyRoute("admin", async ({ request }) => {
  // An empty parameter (`action=`) means no filter, as the page's own links send it.
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
  return Response.json(await listAuditLog(params), { headers: { "Cache-Control": "no-store" } });
});

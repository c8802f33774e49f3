import { apiKeyRoute } from "@/server/api/rest";
import { getStatsOverview } from "@/server/stats/get-stats-overview";

export const GET = apiKeyRoute("notifications:read", async ({ request }) => {
  // An empty parameter (`channel=`) means no filter, as the dashboard's own links send it.
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, value]) => value !== ""));
  return Response.json(await getStatsOverview(params), { headers: { "Cache-Control": "no-store" } });
});

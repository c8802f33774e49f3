import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { getPreferences } from "@/server/preferences/get-preferences";
import { savePreferences } from "@/server/preferences/save-preferences";

type TParams = { user_id: string };

export const GET = apiKeyRoute<TParams>(["preferences:read", "preferences:write"], async ({ params }) => Response.json(await getPreferences({ user: params.user_id })));

export const POST = apiKeyRoute<TParams>("preferences:write", async ({ request, params }) =>
  Response.json(await savePreferences({ user: params.user_id, input: await readJsonBody(request) })),
);

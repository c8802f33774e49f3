import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { parseInput } from "@/server/errors/app-error";
import { getSmtpSettings } from "@/server/smtp/get-smtp-settings";
import { saveSmtpSettings } from "@/server/smtp/save-smtp-settings";
import { ZSmtpSettingsInput } from "@/server/smtp/smtp-settings-schema";

export const GET = apiKeyRoute("admin", async () => Response.json(await getSmtpSettings()));

export const POST = apiKeyRoute("admin", async ({ request }) => {
  const settings = parseInput(ZSmtpSettingsInput, await readJsonBody(request));
  return Response.json(await saveSmtpSettings({ settings }));
});

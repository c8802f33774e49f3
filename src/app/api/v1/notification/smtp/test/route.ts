import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { parseInput } from "@/server/errors/app-error";
import { sendSmtpTestEmail } from "@/server/smtp/send-smtp-test-email";
import { ZSmtpTestRequest } from "@/server/smtp/smtp-settings-schema";
import { testSmtpConnection } from "@/server/smtp/test-smtp-connection";

/** `{ settings?, to? }`: tests the given (or in-force) settings; with `to`, also sends a test email. Always 200 with a diagnosis. */
export const POST = apiKeyRoute("admin", async ({ request, apiKey }) => {
  const { settings, to } = parseInput(ZSmtpTestRequest, await readJsonBody(request));
  const diagnosis = to
    ? await sendSmtpTestEmail({ settings, to, sentBy: `API key "${apiKey.name}"` })
    : await testSmtpConnection({ settings });
  return Response.json(diagnosis);
});

import { apiKeyRoute, readJsonBody } from "@/server/api/rest";
import { parseInput } from "@/server/errors/app-error";
import { takeSmtpTest } from "@/server/rate-limits/smtp-test-limits";
import { sendSmtpTestEmail } from "@/server/smtp/send-smtp-test-email";
import { ZSmtpTestRequest } from "@/server/smtp/smtp-settings-schema";
import { testSmtpConnection } from "@/server/smtp/test-smtp-connection";

/**
 * `{ settings?, to? }`: tests the given (or in-force) settings; with `to`, also sends a test email.
 * 200 with a diagnosis, or 429 once the key has used up its SMTP tests for the minute.
 */
export const POST = apiKeyRoute("admin", async ({ request, apiKey }) => {
  await takeSmtpTest(`key:${apiKey.id}`);
  const { settings, to } = parseInput(ZSmtpTestRequest, await readJsonBody(request));
  const diagnosis = to
    ? await sendSmtpTestEmail({ settings, to, sentBy: `API key "${apiKey.name}"` })
    : await testSmtpConnection({ settings });
  return Response.json(diagnosis);
});

import { apiKeyRoute } from "@/server/api/rest";
import { parseInput } from "@/server/errors/app-error";
import { sendPasswordReset } from "@/server/users/send-password-reset";
import { ZUserId } from "@/server/users/user-schemas";

/** Emails the user a reset link; answers whether the SMTP server took it (`sent`, `detail`). */
export const POST = apiKeyRoute<{ id: string }>("admin", async ({ params, apiKey }) =>
  Response.json(await sendPasswordReset({ id: parseInput(ZUserId, params.id), requestedBy: `api_key:${apiKey.name}` })),
);

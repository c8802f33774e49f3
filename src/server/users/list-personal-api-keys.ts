import { db } from "@/server/db/client";
import { toPersonalApiKeyView, type TPersonalApiKeyView } from "./personal-api-key-view";

/** The keys a user made for themself on their account page, newest first. */
export async function listPersonalApiKeys(userId: number): Promise<TPersonalApiKeyView[]> {
  const keys = await db().apiKey.findMany({ where: { createdById: userId, personal: true }, orderBy: { createdAt: "desc" } });
  return keys.map(toPersonalApiKeyView);
}

import { db } from "@/server/db/client";
import { USER_VIEW_COLUMNS, toUserView, type TUserView } from "./user-view";

/** Everyone with an account, deactivated ones included (they are kept, with their history), active ones first. */
export async function listManagedUsers(): Promise<TUserView[]> {
  const users = await db().user.findMany({ orderBy: [{ deactivatedAt: { sort: "asc", nulls: "first" } }, { email: "asc" }], take: 5_000, select: USER_VIEW_COLUMNS });
  return users.map(toUserView);
}

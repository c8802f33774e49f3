import { z } from "zod";
import { listUsers } from "@/server/auth/list-users";
import { Role } from "@/server/db/client";
import { adminProcedure, createTrpcRouter } from "../trpc";

/** Who someone is, for pickers and the signed-in user's own menu: no password hash, no timestamps. */
export const ZUserSummary = z.object({ id: z.number(), email: z.string(), name: z.string().nullable(), role: z.enum(Role) });

export const usersRouter = createTrpcRouter({
  list: adminProcedure.output(z.array(ZUserSummary)).query(() => listUsers()),
});

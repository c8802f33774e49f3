import { listUsers } from "@/server/auth/list-users";
import { adminProcedure, createTrpcRouter } from "../trpc";

export const usersRouter = createTrpcRouter({
  list: adminProcedure.query(() => listUsers()),
});

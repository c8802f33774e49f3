import { checkHealth } from "@/server/health/check-health";
import { createTrpcRouter, protectedProcedure } from "../trpc";

export const healthRouter = createTrpcRouter({
  status: protectedProcedure.query(() => checkHealth()),
});

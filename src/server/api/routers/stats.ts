import { getStatsOverview } from "@/server/stats/get-stats-overview";
import { ZStatsOverview } from "@/server/stats/stats-overview-schema";
import { ZStatsQuery } from "@/server/stats/stats-query-schema";
import { createTrpcRouter, protectedProcedure } from "../trpc";

export const statsRouter = createTrpcRouter({
  overview: protectedProcedure.input(ZStatsQuery).output(ZStatsOverview).query(({ input }) => getStatsOverview(input)),
});

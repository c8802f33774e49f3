import { z } from "zod";
import { ZEventId, ZListEventsQuery } from "@/server/events/event-schema";
import { getEvent } from "@/server/events/get-event";
import { listEvents } from "@/server/events/list-events";
import { createTrpcRouter, protectedProcedure } from "../trpc";

export const eventsRouter = createTrpcRouter({
  list: protectedProcedure.input(ZListEventsQuery).query(({ input }) => listEvents(input)),
  byId: protectedProcedure.input(z.object({ id: ZEventId })).query(({ input }) => getEvent(input.id)),
});

import { z } from "zod";
import { integrationsOverview, sendSampleAlert, ZAlertsReceived, ZIntegrationReceiverView, ZSendSampleAlert } from "@/server/integrations/integrations-overview";
import { adminProcedure, createTrpcRouter } from "../trpc";

/** The Alertmanager and Grafana receivers: admins read their setup and recent payloads, and send sample alerts. */
export const integrationsRouter = createTrpcRouter({
  overview: adminProcedure.output(z.array(ZIntegrationReceiverView)).query(() => integrationsOverview()),
  sendSample: adminProcedure.input(ZSendSampleAlert).output(ZAlertsReceived).mutation(({ input, ctx }) => sendSampleAlert({ receiver: input.receiver, actor: ctx.user.email })),
});

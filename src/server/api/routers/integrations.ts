import { z } from "zod";
import { integrationsOverview, sendSampleAlert, ZIntegrationReceiverView, ZSendSampleAlert } from "@/server/integrations/integrations-overview";
import { ZAlertsReceived } from "@/server/integrations/receive-alerts";
import { adminProcedure, createTrpcRouter } from "../trpc";

/** The Alertmanager and Grafana receivers: admins read their setup and recent payloads, and send sample alerts. */
export const integrationsRouter = createTrpcRouter({
  overview: adminProcedure.output(z.array(ZIntegrationReceiverView)).query(() => integrationsOverview()),
  sendSample: adminProcedure.input(ZSendSampleAlert).output(ZAlertsReceived).mutation(({ input, ctx }) => sendSampleAlert({ receiver: input.receiver, actor: ctx.user.email })),
});

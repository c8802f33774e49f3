import { z } from "zod";
import { acknowledgeIncident, resolveIncident, ZIncidentId } from "@/server/incidents/close-incident";
import { deleteEscalationPolicy, getEscalationPolicy, listEscalationPolicies, saveEscalationPolicy } from "@/server/incidents/escalation-policies";
import { ZEscalationPolicyId, ZEscalationPolicyInput } from "@/server/incidents/escalation-policy-schema";
import { getIncident, listIncidents, ZListIncidentsQuery } from "@/server/incidents/incident-queries";
import { toIncidentView } from "@/server/incidents/incident-view";
import { adminProcedure, createTrpcRouter, operatorProcedure, protectedProcedure } from "../trpc";

const ZById = z.object({ id: ZIncidentId });

export const incidentsRouter = createTrpcRouter({
  list: protectedProcedure.input(ZListIncidentsQuery).query(({ input }) => listIncidents(input)),
  byId: protectedProcedure.input(ZById).query(({ input }) => getIncident(input.id)),
  acknowledge: operatorProcedure.input(ZById).mutation(async ({ input, ctx }) => toIncidentView(await acknowledgeIncident({ id: input.id, actor: ctx.user.email, via: "the web app" }))),
  resolve: operatorProcedure.input(ZById).mutation(async ({ input, ctx }) => toIncidentView(await resolveIncident({ id: input.id, actor: ctx.user.email, via: "the web app" }))),
});

const ZPolicyById = z.object({ id: ZEscalationPolicyId });

export const escalationPoliciesRouter = createTrpcRouter({
  list: adminProcedure.query(() => listEscalationPolicies()),
  byId: adminProcedure.input(ZPolicyById).query(({ input }) => getEscalationPolicy(input.id)),
  create: adminProcedure.input(ZEscalationPolicyInput).mutation(({ input }) => saveEscalationPolicy({ input })),
  update: adminProcedure.input(ZEscalationPolicyInput.safeExtend({ id: ZEscalationPolicyId })).mutation(({ input: { id, ...policy } }) => saveEscalationPolicy({ id, input: policy })),
  delete: adminProcedure.input(ZPolicyById).output(z.void()).mutation(({ input }) => deleteEscalationPolicy(input.id)),
});

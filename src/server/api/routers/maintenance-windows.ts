import { z } from "zod";
import { userActor } from "@/server/maintenance/maintenance-actor";
import {
  ZListMaintenanceWindowsQuery,
  ZMaintenanceWindowDetail,
  ZMaintenanceWindowId,
  ZMaintenanceWindowInput,
  ZMaintenanceWindowPatch,
  ZMaintenanceWindowView,
} from "@/server/maintenance/maintenance-window-schema";
import { createMaintenanceWindow, deleteMaintenanceWindow, endMaintenanceWindow, getMaintenanceWindow, listMaintenanceWindows, updateMaintenanceWindow } from "@/server/maintenance/maintenance-windows";
import { adminProcedure, createTrpcRouter, operatorProcedure } from "../trpc";

const ZById = z.object({ id: ZMaintenanceWindowId });

/** Operators read maintenance windows; admins change them. */
export const maintenanceWindowsRouter = createTrpcRouter({
  list: operatorProcedure.input(ZListMaintenanceWindowsQuery).output(z.array(ZMaintenanceWindowView)).query(({ input }) => listMaintenanceWindows(input)),
  byId: operatorProcedure.input(ZById).output(ZMaintenanceWindowDetail).query(({ input }) => getMaintenanceWindow(input.id)),
  create: adminProcedure.input(ZMaintenanceWindowInput).output(ZMaintenanceWindowView).mutation(({ input, ctx }) => createMaintenanceWindow({ input, actor: userActor(ctx.user) })),
  /** The changed fields beside the id (null clears one), with the same paths as on create. */
  update: adminProcedure
    .input(ZMaintenanceWindowPatch.extend({ id: ZMaintenanceWindowId }))
    .output(ZMaintenanceWindowView)
    .mutation(({ input: { id, ...patch }, ctx }) => updateMaintenanceWindow({ id, patch, actor: userActor(ctx.user) })),
  end: adminProcedure.input(ZById).output(ZMaintenanceWindowView).mutation(({ input, ctx }) => endMaintenanceWindow({ id: input.id, actor: userActor(ctx.user) })),
  delete: adminProcedure.input(ZById).output(z.void()).mutation(({ input, ctx }) => deleteMaintenanceWindow({ id: input.id, actor: userActor(ctx.user) })),
});

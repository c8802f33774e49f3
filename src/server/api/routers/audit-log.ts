import { ZAuditFilterOptions, ZAuditLogPage, ZAuditLogQuery } from "@/server/audit/audit-log-schema";
import { listAuditFilterOptions } from "@/server/audit/list-audit-filter-options";
import { listAuditLog } from "@/server/audit/list-audit-log";
import { adminProcedure, createTrpcRouter } from "../trpc";

export const auditLogRouter = createTrpcRouter({
  list: adminProcedure.input(ZAuditLogQuery).output(ZAuditLogPage).query(({ input }) => listAuditLog(input)),
  filterOptions: adminProcedure.output(ZAuditFilterOptions).query(() => listAuditFilterOptions()),
});

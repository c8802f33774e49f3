import type { TApiRoute } from "./api-route";
import { auditLogRoutes } from "./paths/audit-log";
import { channelTestRoutes } from "./paths/channel-tests";
import { escalationPolicyRoutes } from "./paths/escalation-policies";
import { eventRoutes } from "./paths/events";
import { incidentRoutes } from "./paths/incidents";
import { integrationRoutes } from "./paths/integrations";
import { internalRoutes } from "./paths/internal";
import { maintenanceWindowRoutes } from "./paths/maintenance-windows";
import { notificationRoutes } from "./paths/notifications";
import { preferenceRoutes } from "./paths/preferences";
import { referenceRoutes } from "./paths/reference";
import { ruleRoutes } from "./paths/rules";
import { smtpRoutes } from "./paths/smtp";
import { statsRoutes } from "./paths/stats";
import { templateRoutes } from "./paths/templates";
import { userRoutes } from "./paths/users";
import { workerRoutes } from "./paths/worker";

/** Every REST route, area by area, in the order the reference shows them. */
export const API_ROUTES: readonly TApiRoute[] = [
  ...notificationRoutes,
  ...eventRoutes,
  ...integrationRoutes,
  ...incidentRoutes,
  ...ruleRoutes,
  ...escalationPolicyRoutes,
  ...maintenanceWindowRoutes,
  ...templateRoutes,
  ...preferenceRoutes,
  ...channelTestRoutes,
  ...smtpRoutes,
  ...statsRoutes,
  ...workerRoutes,
  ...referenceRoutes,
  ...userRoutes,
  ...auditLogRoutes,
  ...internalRoutes,
];

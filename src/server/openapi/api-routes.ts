import type { TApiRoute } from "./api-route";
import { channelTestRoutes } from "./paths/channel-tests";
import { escalationPolicyRoutes } from "./paths/escalation-policies";
import { eventRoutes } from "./paths/events";
import { incidentRoutes } from "./paths/incidents";
import { internalRoutes } from "./paths/internal";
import { maintenanceWindowRoutes } from "./paths/maintenance-windows";
import { notificationRoutes } from "./paths/notifications";
import { preferenceRoutes } from "./paths/preferences";
import { referenceRoutes } from "./paths/reference";
import { ruleRoutes } from "./paths/rules";
import { smtpRoutes } from "./paths/smtp";
import { templateRoutes } from "./paths/templates";
import { workerRoutes } from "./paths/worker";

/** Every REST route, area by area, in the order the reference shows them. */
export const API_ROUTES: readonly TApiRoute[] = [
  ...notificationRoutes,
  ...eventRoutes,
  ...incidentRoutes,
  ...ruleRoutes,
  ...escalationPolicyRoutes,
  ...maintenanceWindowRoutes,
  ...templateRoutes,
  ...preferenceRoutes,
  ...channelTestRoutes,
  ...smtpRoutes,
  ...workerRoutes,
  ...referenceRoutes,
  ...internalRoutes,
];

// The API layer runs on the server only: a client component importing it fails the build.
import "server-only";
import { apiKeysRouter } from "./routers/api-keys";
import { auditLogRouter } from "./routers/audit-log";
import { channelsRouter } from "./routers/channels";
import { eventsRouter } from "./routers/events";
import { escalationPoliciesRouter, incidentsRouter } from "./routers/incidents";
import { healthRouter } from "./routers/health";
import { integrationsRouter } from "./routers/integrations";
import { mailCatcherRouter } from "./routers/mail-catcher";
import { maintenanceWindowsRouter } from "./routers/maintenance-windows";
import { notificationsRouter } from "./routers/notifications";
import { preferencesRouter } from "./routers/preferences";
import { queueRouter } from "./routers/queue";
import { rulesRouter } from "./routers/rules";
import { smtpSettingsRouter } from "./routers/smtp-settings";
import { statsRouter } from "./routers/stats";
import { templatesRouter } from "./routers/templates";
import { usersRouter, ZUserSummary } from "./routers/users";
import { createCallerFactory, createTrpcRouter, protectedProcedure } from "./trpc";

export const appRouter = createTrpcRouter({
  me: protectedProcedure.output(ZUserSummary).query(({ ctx }) => ctx.user),
  notifications: notificationsRouter,
  mailCatcher: mailCatcherRouter,
  apiKeys: apiKeysRouter,
  health: healthRouter,
  queue: queueRouter,
  templates: templatesRouter,
  smtpSettings: smtpSettingsRouter,
  channels: channelsRouter,
  events: eventsRouter,
  incidents: incidentsRouter,
  escalationPolicies: escalationPoliciesRouter,
  integrations: integrationsRouter,
  maintenanceWindows: maintenanceWindowsRouter,
  preferences: preferencesRouter,
  rules: rulesRouter,
  users: usersRouter,
  stats: statsRouter,
  auditLog: auditLogRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

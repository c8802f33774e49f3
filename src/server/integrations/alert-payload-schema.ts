import { z } from "zod";

/**
 * The webhook bodies of Alertmanager (payload version 4) and Grafana alerting
 * (version 1, the same shape plus Grafana's fields). Objects are loose: both
 * tools add fields over time, and an unknown one must not refuse an alert.
 * Only what a mapping needs is required: each alert's status, labels and
 * startsAt.
 */
const ZStringMap = z.record(z.string(), z.string("values must be strings"), "must be an object of strings");
const ZTimestamp = z.iso.datetime({ offset: true, message: "must be an RFC 3339 date-time such as 2026-12-02T09:30:00Z" });
const ZStatus = z.enum(["firing", "resolved"], "must be firing or resolved");
const ZOptionalText = z.string("must be a string").max(4096, "must be at most 4,096 characters").optional();

export const ZAlertmanagerAlert = z.looseObject({
  status: ZStatus,
  labels: ZStringMap,
  annotations: ZStringMap.default({}),
  startsAt: ZTimestamp,
  endsAt: ZTimestamp.or(z.literal("")).optional(),
  generatorURL: ZOptionalText,
  fingerprint: z.string("must be a string").trim().min(1, "must not be empty").max(200, "must be at most 200 characters").optional(),
});
export type TAlertmanagerAlert = z.output<typeof ZAlertmanagerAlert>;

export const ZAlertmanagerPayload = z.looseObject({
  version: z.string("must be a string").optional(),
  status: ZStatus.optional(),
  receiver: ZOptionalText,
  groupKey: ZOptionalText,
  groupLabels: ZStringMap.optional(),
  commonLabels: ZStringMap.optional(),
  commonAnnotations: ZStringMap.optional(),
  externalURL: ZOptionalText,
  truncatedAlerts: z.number("must be a number").int().nonnegative().optional(),
  alerts: z.array(ZAlertmanagerAlert, "must be an array of alerts"),
});
export type TAlertmanagerPayload = z.output<typeof ZAlertmanagerPayload>;

export const ZGrafanaAlert = ZAlertmanagerAlert.extend({
  silenceURL: ZOptionalText,
  dashboardURL: ZOptionalText,
  panelURL: ZOptionalText,
  imageURL: ZOptionalText,
  values: z.record(z.string(), z.unknown(), "must be an object").nullish(),
  valueString: ZOptionalText,
});
export type TGrafanaAlert = z.output<typeof ZGrafanaAlert>;

export const ZGrafanaPayload = ZAlertmanagerPayload.extend({
  orgId: z.number("must be a number").int().optional(),
  title: ZOptionalText,
  state: ZOptionalText,
  message: z.string("must be a string").optional(),
  alerts: z.array(ZGrafanaAlert, "must be an array of alerts"),
});
export type TGrafanaPayload = z.output<typeof ZGrafanaPayload>;

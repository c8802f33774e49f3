import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors/app-error";
import { dedupeKeyOf } from "@/server/events/derive-event";
import { conditionOf } from "@/server/incidents/condition";
import { alertEventType, alertSeverity } from "./alert-event-type";
import { mapAlertmanagerPayload } from "./map-alertmanager-payload";
import { mapGrafanaPayload } from "./map-grafana-payload";

const grafanaFixture: unknown = JSON.parse(readFileSync(new URL("../../../tests/fixtures/grafana-webhook-payload.json", import.meta.url), "utf8"));

const alert = (overrides: Record<string, unknown> = {}) => ({
  status: "firing",
  labels: { alertname: "DiskFull", severity: "critical", instance: "db-01:9100", env: "prod" },
  annotations: { summary: "Disk / on db-01 is 95% full", description: "Only 2 GB left.", runbook_url: "https://runbooks.example.com/disk-full" },
  startsAt: "2026-12-02T09:30:00.123456789Z",
  endsAt: "0001-01-01T00:00:00Z",
  generatorURL: "http://prometheus:9090/graph?g0.expr=disk",
  fingerprint: "5d3a1b2c3d4e5f60",
  ...overrides,
});
const payload = (overrides: Record<string, unknown> = {}, alerts: unknown[] = [alert()]) => ({
  version: "4",
  status: "firing",
  receiver: "notify",
  groupKey: '{}:{alertname="DiskFull"}',
  groupLabels: { alertname: "DiskFull" },
  commonLabels: {},
  commonAnnotations: {},
  externalURL: "http://alertmanager:9093",
  truncatedAlerts: 0,
  alerts,
  ...overrides,
});

function badRequest(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a 400");
}

describe("alert event types", () => {
  it.each([
    ["DiskFull", "alert.disk_full"],
    ["KubePodCrashLooping", "alert.kube_pod_crash_looping"],
    ["HighCPUUsage", "alert.high_cpu_usage"],
    ["High memory usage", "alert.high_memory_usage"],
    ["node_exporter:down!", "alert.node_exporter_down"],
    ["..weird..dots..", "alert.weird.dots"],
    ["", "alert.unnamed"],
    [undefined, "alert.unnamed"],
  ])("%s is %s", (name, type) => {
    expect(alertEventType(name)).toBe(type);
  });

  it("stays within the event type's 100 characters and its pattern", () => {
    const type = alertEventType("A".repeat(50) + "Very".repeat(40));
    expect(type.length).toBeLessThanOrEqual(100);
    expect(type).toMatch(/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/);
  });
});

describe("alert severity", () => {
  it.each([
    ["critical", "critical"],
    ["CRITICAL", "critical"],
    ["page", "critical"],
    ["warning", "warning"],
    ["error", "info"],
    ["info", "info"],
    [undefined, "info"],
  ])("severity=%s is %s", (label, severity) => {
    expect(alertSeverity(label === undefined ? {} : { severity: label })).toBe(severity);
  });
});

describe("Alertmanager payloads", () => {
  it("maps an alert onto an event: type, severity, labels, title, message with links, fingerprint as group and dedupe key", () => {
    const { events, warnings } = mapAlertmanagerPayload(payload());
    expect(warnings).toEqual([]);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      type: "alert.disk_full",
      severity: "critical",
      source: "alertmanager",
      title: "Disk / on db-01 is 95% full",
      labels: { alertname: "DiskFull", severity: "critical", instance: "db-01:9100", env: "prod" },
      group_key: "alert:5d3a1b2c3d4e5f60",
      occurred_at: "2026-12-02T09:30:00.123Z",
    });
    expect(event!.message).toBe("Only 2 GB left.\n\nRunbook: https://runbooks.example.com/disk-full\nSource: http://prometheus:9090/graph?g0.expr=disk");
    expect(event!.data).toMatchObject({
      alert: { fingerprint: "5d3a1b2c3d4e5f60", status: "firing", starts_at: "2026-12-02T09:30:00.123Z", receiver: "notify", external_url: "http://alertmanager:9093" },
      links: [{ name: "Runbook", url: "https://runbooks.example.com/disk-full" }, { name: "Source", url: "http://prometheus:9090/graph?g0.expr=disk" }],
    });
    expect(conditionOf({ ...event!, source: event!.source ?? null, job: null, data: event!.data ?? {} })).toMatchObject({ key: "alert:5d3a1b2c3d4e5f60", outcome: "failed", recoveryOnly: true });
  });

  it("dedupes a re-sent firing alert by fingerprint, start and status, whatever its annotations now say", () => {
    const first = mapAlertmanagerPayload(payload()).events[0]!;
    const again = mapAlertmanagerPayload(payload({}, [alert({ annotations: { summary: "Disk / on db-01 is 97% full" } })])).events[0]!;
    const resolved = mapAlertmanagerPayload(payload({}, [alert({ status: "resolved", endsAt: "2026-12-02T09:45:00Z" })])).events[0]!;
    expect(dedupeKeyOf(again, 1)).toEqual(dedupeKeyOf(first, 1));
    expect(dedupeKeyOf(first, 1)).toEqual({ key: "alert:5d3a1b2c3d4e5f60:2026-12-02T09:30:00.123Z:firing", byIdempotencyKey: false });
    expect(dedupeKeyOf(resolved, 1)?.key).toBe("alert:5d3a1b2c3d4e5f60:2026-12-02T09:30:00.123Z:resolved");
    expect(resolved.occurred_at).toBe("2026-12-02T09:45:00.000Z");
    expect(resolved.data).toMatchObject({ alert: { status: "resolved", ends_at: "2026-12-02T09:45:00.000Z" } });
  });

  it("accepts an unknown payload version when the fields it needs are there, with a warning on each event", () => {
    const { events, warnings } = mapAlertmanagerPayload(payload({ version: "5", somethingNew: { nested: true } }, [alert({ extraField: 1 })]));
    expect(warnings).toEqual(['Alertmanager sent payload version "5"; it was read as version 4, the one this receiver knows.']);
    expect(events[0]!.data).toMatchObject({ warnings });
  });

  it("says when Alertmanager left alerts out", () => {
    expect(mapAlertmanagerPayload(payload({ truncatedAlerts: 3 })).warnings).toEqual([expect.stringContaining("left out 3 alerts")]);
  });

  it("answers 400 naming the field, with the alert's index", () => {
    const error = badRequest(() => mapAlertmanagerPayload(payload({}, [alert(), alert({ startsAt: "yesterday" })])));
    expect(error.status).toBe(400);
    expect(error.details).toEqual([{ index: 1, path: "alerts.1.startsAt", message: expect.stringContaining("RFC 3339") }]);
    expect(error.message).toMatch(/^Invalid Alertmanager payload: alerts\.1\.startsAt: /);

    expect(badRequest(() => mapAlertmanagerPayload({ version: "4" })).details).toEqual([{ index: 0, path: "alerts", message: "must be an array of alerts" }]);
    expect(badRequest(() => mapAlertmanagerPayload(payload({}, [alert({ status: "pending" })]))).details?.[0]?.path).toBe("alerts.0.status");
    expect(badRequest(() => mapAlertmanagerPayload(payload({}, [alert({ labels: { alertname: 7 } })]))).details?.[0]?.path).toBe("alerts.0.labels.alertname");
  });

  it("keeps odd label names and long texts within the event's limits", () => {
    const long = "x".repeat(20_000);
    const { events } = mapAlertmanagerPayload(payload({}, [alert({ labels: { alertname: "Odd", "grafana folder": "a b" }, annotations: { summary: long, description: long, other: long } })]));
    expect(events[0]!.labels).toEqual({ alertname: "Odd", grafana_folder: "a b" });
    expect(events[0]!.title!.length).toBeLessThanOrEqual(200);
    expect(events[0]!.message!.length).toBeLessThanOrEqual(10_000);
  });

  it("knows an alert without a fingerprint by its labels", () => {
    const { fingerprint: _none, ...unsigned } = alert();
    const [a] = mapAlertmanagerPayload(payload({}, [unsigned])).events;
    const [b] = mapAlertmanagerPayload(payload({}, [{ ...unsigned, labels: { ...unsigned.labels } }])).events;
    expect(a!.group_key).toMatch(/^alert:[0-9a-f]{16}$/);
    expect(a!.group_key).toBe(b!.group_key);
  });
});

describe("Grafana payloads", () => {
  it("maps the example of Grafana's documentation", () => {
    const { events, warnings } = mapGrafanaPayload(grafanaFixture);
    expect(warnings).toEqual([]);
    expect(events.map((event) => [event.type, event.severity, event.title, event.labels?.team])).toEqual([
      ["alert.high_memory_usage", "info", "This alert was triggered for zone us-1", "blue"],
      ["alert.high_cpu_usage", "info", "This alert was triggered for zone eu-1", "blue"],
    ]);
    expect(events[0]!.data).toMatchObject({
      alert: { fingerprint: "c6eadffa33fcdf37", status: "firing", starts_at: "2021-10-12T07:51:03.157Z" },
      values: { B: 44.23943737541908, C: 1 },
      grafana_org_id: 1,
    });
    // Empty dashboard and panel URLs are no links.
    expect((events[0]!.data as { links: { name: string }[] }).links.map((link) => link.name)).toEqual(["Runbook", "Source", "Silence"]);
    expect(events[0]!.message).toContain("Silence: https://play.grafana.org/alerting/silence/new?");
  });

  it("accepts an Alertmanager-shaped body with no version, with a warning", () => {
    const { version: _version, ...body } = grafanaFixture as Record<string, unknown>;
    expect(mapGrafanaPayload(body).warnings).toEqual(["Grafana names no payload version; it was read as version 1, the one this receiver knows."]);
  });
});

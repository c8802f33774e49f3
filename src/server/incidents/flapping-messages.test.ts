import { describe, expect, it } from "vitest";
import type { TNewNotification } from "@/server/notifications/insert-notification";
import { conditionOf } from "./condition";
import { quietFlapping, type TFlap } from "./flapping-messages";

const notification = (eventId: string): TNewNotification => ({
  subject: "Disk / on db-01 is 95% full",
  body: "Only 2 GB left.",
  notificationType: "alert.disk_full",
  priority: "HIGH",
  jobRunId: null,
  metadata: {},
  channel: "EMAIL",
  recipientEmail: "oncall@example.com",
  recipientUserId: 1,
  channelId: null,
  destinationKey: null,
  destinationEncrypted: null,
  apiKeyId: null,
  idempotencyKey: null,
  eventId,
  decision: { recipient: "oncall@example.com", outcome: "NOTIFIED", reason: 'Rule "Disks" matched', userId: 1, ruleId: 3, eventId },
});

const flapOf = (condition: NonNullable<ReturnType<typeof conditionOf>>, started: boolean): TFlap => ({ jobKey: condition.key, name: condition.name, states: condition.states, changes: 6, started, since: new Date() });

describe("flapping messages name what flaps", () => {
  const alert = conditionOf({ type: "alert.disk_full", source: "alertmanager", job: null, labels: { alertname: "DiskFull", instance: "db-01:9100" }, data: { alert: { fingerprint: "5d3a1b2c3d4e5f60", status: "firing", starts_at: "2026-12-02T09:30:00Z" } } });
  const job = conditionOf({ type: "job.failed", source: "executor", job: { name: "nightly-backup" }, labels: {}, data: {} });

  it("an alert by its alertname and instance, never by its fingerprint, in firing and resolved", () => {
    expect(alert).toMatchObject({ key: "alert:5d3a1b2c3d4e5f60", name: "Alert DiskFull on db-01:9100" });
    const [first, held] = quietFlapping([notification("e-1"), notification("e-2")], new Map([["e-1", flapOf(alert!, true)], ["e-2", flapOf(alert!, false)]]));
    expect(first?.subject).toMatch(/^Flapping: DiskFull on db-01:9100 changed state 6 times in /);
    expect(first?.body).toMatch(/^Alert DiskFull on db-01:9100 keeps alternating between firing and resolved: 6 changes within /);
    expect(held?.status).toBe("SUPPRESSED");
    expect(held?.decision?.reason).toMatch(/held back: alert DiskFull on db-01:9100 is flapping \(6 changes in /);
    for (const words of [first?.subject, first?.body, first?.decision?.reason, held?.decision?.reason]) expect(words).not.toContain("5d3a1b2c3d4e5f60");
  });

  it("a job by its name, between failure and success", () => {
    const [first] = quietFlapping([notification("e-3")], new Map([["e-3", flapOf(job!, true)]]));
    expect(first?.subject).toMatch(/^Flapping: nightly-backup changed state 6 times/);
    expect(first?.body).toMatch(/^Job nightly-backup keeps alternating between failure and success/);
    expect(first?.decision?.reason).toContain("job nightly-backup started flapping");
  });

  it("an alert without alertname by its type", () => {
    expect(conditionOf({ type: "alert.high_cpu", source: "grafana", job: null, labels: {}, data: { alert: { fingerprint: "f", status: "firing", starts_at: "x" } } })?.name).toBe("Alert high_cpu");
  });
});

import { describe, expect, it } from "vitest";
import type { TRoutableEvent } from "@/server/events/routable-event";
import { windowMatches, type TWindowScope } from "./maintenance-scope";

const event = (overrides: Partial<TRoutableEvent> = {}): TRoutableEvent => ({
  type: "job.failed",
  severity: "warning",
  source: "executor",
  title: "Job nightly-backup failed",
  message: null,
  job: { name: "db-backup-nightly" },
  labels: { env: "prod", team: "dba" },
  data: {},
  occurredAt: new Date("2026-12-01T10:00:00Z"),
  ...overrides,
});

const scope = (overrides: Partial<TWindowScope>): TWindowScope => ({ source: null, jobGlob: null, labels: {}, ...overrides });

describe("windowMatches", () => {
  it("covers every event when no scope is given", () => {
    expect(windowMatches(scope({}), event())).toBe(true);
    expect(windowMatches(scope({}), event({ source: null, job: null, labels: {} }))).toBe(true);
  });

  it("matches the source exactly", () => {
    expect(windowMatches(scope({ source: "executor" }), event())).toBe(true);
    expect(windowMatches(scope({ source: "Executor" }), event())).toBe(false);
    expect(windowMatches(scope({ source: "executor" }), event({ source: null }))).toBe(false);
  });

  it("matches the job name with a glob, and never an event without a job", () => {
    expect(windowMatches(scope({ jobGlob: "db-*" }), event())).toBe(true);
    expect(windowMatches(scope({ jobGlob: "db-backup-{nightly,weekly}" }), event())).toBe(true);
    expect(windowMatches(scope({ jobGlob: "web-*" }), event())).toBe(false);
    expect(windowMatches(scope({ jobGlob: "*" }), event({ job: null }))).toBe(false);
    expect(windowMatches(scope({ jobGlob: "*" }), event({ job: { host: "db-01" } }))).toBe(false);
  });

  it("needs every given label to be equal", () => {
    expect(windowMatches(scope({ labels: { env: "prod" } }), event())).toBe(true);
    expect(windowMatches(scope({ labels: { env: "prod", team: "dba" } }), event())).toBe(true);
    expect(windowMatches(scope({ labels: { env: "prod", team: "web" } }), event())).toBe(false);
    expect(windowMatches(scope({ labels: { region: "eu" } }), event())).toBe(false);
  });

  it("needs every part of the scope at once", () => {
    const all = scope({ source: "executor", jobGlob: "db-*", labels: { env: "prod" } });
    expect(windowMatches(all, event())).toBe(true);
    expect(windowMatches(all, event({ labels: { env: "staging" } }))).toBe(false);
    expect(windowMatches(all, event({ source: "cron" }))).toBe(false);
  });

  it("matches nothing with a glob that does not compile, and ignores stored labels that are not strings", () => {
    expect(windowMatches(scope({ jobGlob: "[" }), event())).toBe(false);
    expect(windowMatches(scope({ labels: { env: 1 } }), event())).toBe(true);
    expect(windowMatches(scope({ labels: ["env"] }), event())).toBe(true);
  });
});

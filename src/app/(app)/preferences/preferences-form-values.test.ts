import { describe, expect, it } from "vitest";
import { ZPreferencesInput } from "@/server/preferences/preferences-schema";
import type { TPreferencesView } from "@/server/preferences/preferences-view";
import { fromLocalInput, inOneHour, localInputValue, tomorrowAtEight } from "./dnd-time";
import { preferencesErrorsFrom, withoutErrors } from "./preferences-errors";
import { isSameInput, preferencesFormValuesFrom, preferencesInputFrom, savedInputOf } from "./preferences-form-values";
import { moveRow, shadowingOf, type TSubscriptionRow } from "./subscription-rows";

const now = new Date("2026-12-01T12:00:00Z");
const view: TPreferencesView = {
  user: { id: 3, email: "ada@example.com", name: null },
  email_enabled: true,
  slack_enabled: false,
  teams_enabled: false,
  webhook_enabled: false,
  sms_enabled: true,
  slack_webhook_url: null,
  slack_webhook_url_set: false,
  teams_webhook_url: null,
  teams_webhook_url_set: false,
  custom_webhook_url: null,
  custom_webhook_url_set: false,
  sms_number: "+44••••0123",
  sms_number_set: true,
  quiet_hours_start: "22:00",
  quiet_hours_end: "07:00",
  quiet_hours_days: [1, 2, 3, 4, 5, 6, 7],
  timezone: "Europe/Berlin",
  critical_bypasses_quiet_hours: true,
  dnd_until: "2030-01-01T07:00:00.000Z",
  subscriptions: [{ pattern: "job.failed", min_severity: "info", channels: ["email", "sms"] }],
  summary: "",
  updated_at: null,
};

const row = (key: string, pattern: string): TSubscriptionRow => ({ key, pattern, min_severity: "info", channels: [], delivery: "now", digest_at: "" });

describe("preferences form values", () => {
  it("turn the saved view into a valid input that counts as unchanged", () => {
    const { input, errors } = preferencesInputFrom(preferencesFormValuesFrom(view), now);
    expect(errors).toEqual({});
    expect(ZPreferencesInput.safeParse(input).success).toBe(true);
    expect(isSameInput(input, savedInputOf(view))).toBe(true);
  });

  it("keep a digest through the form: a daily one with its time, an hourly one without, and none when set back to 'each at once'", () => {
    const digests = { ...view, subscriptions: [{ pattern: "job.failed", min_severity: "info" as const, channels: ["email" as const], digest: "daily" as const, digest_at: "08:30" }, { pattern: "job.*", min_severity: "info" as const, channels: ["email" as const], digest: "hourly" as const }] };
    const values = preferencesFormValuesFrom(digests);
    expect(values.subscriptions.map((one) => [one.delivery, one.digest_at])).toEqual([["daily", "08:30"], ["hourly", ""]]);
    const { input } = preferencesInputFrom(values, now);
    expect(input.subscriptions).toEqual(digests.subscriptions);
    expect(isSameInput(input, savedInputOf(digests))).toBe(true);
    const reset = { ...values, subscriptions: values.subscriptions.map((one) => ({ ...one, delivery: "now" as const, digest_at: "" })) };
    expect(preferencesInputFrom(reset, now).input.subscriptions?.every((one) => one.digest === undefined && one.digest_at === undefined)).toBe(true);
  });

  it("save cleared quiet hours as null and a picked date in the chosen zone", () => {
    const values = { ...preferencesFormValuesFrom(view), quiet_hours_start: "", quiet_hours_end: "", dnd_custom: "2026-12-02T08:00" };
    const { input } = preferencesInputFrom(values, now);
    expect(input).toMatchObject({ quiet_hours_start: null, quiet_hours_end: null, dnd_until: "2026-12-02T07:00:00Z" });
  });

  it("refuse an incomplete or past do-not-disturb date", () => {
    const values = preferencesFormValuesFrom(view);
    expect(preferencesInputFrom({ ...values, dnd_custom: "" }, now).errors).toEqual({ dnd_until: ["Pick a date and a time."] });
    expect(preferencesInputFrom({ ...values, dnd_custom: "2020-01-01T10:00" }, now).errors).toEqual({ dnd_until: ["Pick a time in the future."] });
  });
});

describe("do-not-disturb times", () => {
  it("are computed in the user's zone, not the browser's", () => {
    expect(inOneHour(now)).toBe("2026-12-01T13:00:00Z");
    expect(tomorrowAtEight(now, "Europe/Berlin")).toBe("2026-12-02T07:00:00Z");
    expect(tomorrowAtEight(now, "America/New_York")).toBe("2026-12-02T13:00:00Z");
    expect(localInputValue("2026-12-02T07:00:00.000Z", "Europe/Berlin")).toBe("2026-12-02T08:00");
    expect(fromLocalInput("", "Europe/Berlin")).toBeNull();
  });
});

describe("preferences errors", () => {
  it("drop the tRPC input wrapper and name rows by key, so they survive reordering", () => {
    const rows = [row("a", "job.*"), row("b", "Job")];
    const errors = preferencesErrorsFrom({ "input.quiet_hours_end": ["must differ"], "input.subscriptions.1.pattern": ["lowercase only"], "subscriptions.1": ["bad"] }, rows);
    expect(errors).toEqual({ quiet_hours_end: "must differ", "subscriptions.b.pattern": "lowercase only, bad" });
    expect(withoutErrors(errors, ["subscriptions.b."])).toEqual({ quiet_hours_end: "must differ" });
  });
});

describe("subscription rows", () => {
  it("move within bounds and tell which rows can never decide", () => {
    const rows = [row("a", "*"), row("b", "job.*"), row("c", "job.*")];
    expect(moveRow(rows, 0, 1).map((each) => each.key)).toEqual(["b", "a", "c"]);
    expect(moveRow(rows, 0, -1)).toBe(rows);
    expect(shadowingOf(rows, 1)).toMatch(/row 1 matches every event/);
    expect(shadowingOf(moveRow(rows, 0, 1).reverse(), 0)).toBeNull();
    expect(shadowingOf([row("a", "job.*"), row("b", "job.*")], 1)).toMatch(/same pattern/);
  });
});

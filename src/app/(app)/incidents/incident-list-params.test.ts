import { describe, expect, it } from "vitest";
import { newerHref, olderHref, readIncidentListParams, statusHref } from "./incident-list-params";

describe("incident list URL state", () => {
  it("defaults to open incidents on the first page and drops what it cannot show", () => {
    expect(readIncidentListParams(new URLSearchParams(""))).toEqual({ status: "open", cursor: undefined, newer: [] });
    expect(readIncidentListParams(new URLSearchParams("status=closed&cursor=abc&newer=9"))).toEqual({ status: "open", cursor: undefined, newer: [] });
    expect(readIncidentListParams(new URLSearchParams("status=resolved&cursor=40&newer=90,x,65"))).toEqual({ status: "resolved", cursor: 40, newer: [90, 65] });
  });

  it("steps older and back newer through the remembered cursors", () => {
    const first = olderHref("/incidents", "all", undefined, [], 90);
    expect(first).toBe("/incidents?status=all&cursor=90");
    const second = olderHref("/incidents", "all", 90, [], 40);
    expect(second).toBe("/incidents?status=all&cursor=40&newer=90");
    const { status, newer } = readIncidentListParams(new URLSearchParams(second.split("?")[1]));
    expect(newerHref("/incidents", status, newer)).toBe(first);
    expect(newerHref("/incidents", "all", [])).toBe("/incidents?status=all");
  });

  it("keeps the default status out of the URL", () => {
    expect(statusHref("/incidents", "open")).toBe("/incidents");
    expect(statusHref("/incidents", "acknowledged")).toBe("/incidents?status=acknowledged");
    expect(olderHref("/incidents", "open", undefined, [], 7)).toBe("/incidents?cursor=7");
  });
});

import { describe, expect, it } from "vitest";
import { byText, jobText, levelText, timelineEntryLabel, timelineKindMeta } from "./incident-words";

describe("incident words", () => {
  it("says which level was reached, and in which repeat", () => {
    expect(levelText({ level: 2, round: 0 })).toBe("Level 2");
    expect(levelText({ level: 1, round: 2 })).toBe("Level 1 · repeat 2");
    expect(levelText({ level: 0, round: 0 })).toBe("No level notified yet");
  });

  it("names who closed an incident and how", () => {
    expect(byText("ana@example.com", "email link")).toBe("ana@example.com via email link");
    expect(byText("the job", null)).toBe("the job");
    expect(byText(null, "the web app")).toBeNull();
  });

  it("splits a job key into source and job name", () => {
    expect(jobText("executor:nightly-backup")).toBe("executor · nightly-backup");
    expect(jobText("group-key-without-source")).toBe("group-key-without-source");
  });

  it("labels timeline kinds, and keeps unknown ones readable", () => {
    expect(timelineKindMeta("acknowledged")).toEqual({ label: "Acknowledged", tone: "warning" });
    expect(timelineKindMeta("paused_by_maintenance").label).toBe("Paused by maintenance");
  });

  it("names a timeline entry by the level it reached", () => {
    expect(timelineEntryLabel({ kind: "level_notified", level: 2 })).toBe("Level 2");
    expect(timelineEntryLabel({ kind: "repeated", level: 1 })).toBe("Repeated · level 1");
    expect(timelineEntryLabel({ kind: "acknowledged", level: null })).toBe("Acknowledged");
  });
});

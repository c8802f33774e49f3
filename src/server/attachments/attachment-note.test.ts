import { describe, expect, it } from "vitest";
import { attachmentNote } from "./attachment-note";
import { formatTransform, parseTransform } from "./attachment-transform";

describe("formatTransform / parseTransform", () => {
  it.each([
    [{ tail: null, gzip: false }, null],
    [{ tail: null, gzip: true }, "gzip"],
    [{ tail: { keptLines: 500, totalLines: 120_345 }, gzip: false }, "tail:500/120345"],
    [{ tail: { keptLines: 500, totalLines: 120_345 }, gzip: true }, "tail:500/120345+gzip"],
  ])("%o <-> %s", (steps, text) => {
    expect(formatTransform(steps)).toBe(text);
    expect(parseTransform(text)).toEqual(steps);
  });

  it("reads unknown text as no transform", () => expect(parseTransform("rot13")).toEqual({ tail: null, gzip: false }));
});

describe("attachmentNote", () => {
  const base = { filename: "build.log", originalSizeBytes: 13_002_342 };

  it("says what was cut, with the counts", () => {
    expect(attachmentNote({ ...base, transform: "tail:500/120345" })).toBe("build.log was truncated to its last 500 lines (of 120,345).");
    expect(attachmentNote({ ...base, filename: "build.log.gz", transform: "tail:500/120345+gzip" })).toBe(
      "build.log was truncated to its last 500 lines (of 120,345) and gzip-compressed.",
    );
  });

  it("says a file was compressed and how large it was", () => {
    expect(attachmentNote({ ...base, filename: "build.log.gz", transform: "gzip" })).toBe("build.log was gzip-compressed (12.4 MB before compression).");
  });

  it("says nothing about a file sent as given", () => expect(attachmentNote({ ...base, transform: null })).toBeNull());
});

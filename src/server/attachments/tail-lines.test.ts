import { describe, expect, it } from "vitest";
import { tailLines } from "./tail-lines";

const lines = (text: string) => Buffer.from(text);

describe("tailLines", () => {
  it("keeps the last lines and counts them all, with or without a final newline", () => {
    expect(tailLines(lines("a\nb\nc\nd\n"), 2)).toEqual({ content: lines("c\nd\n"), keptLines: 2, totalLines: 4 });
    expect(tailLines(lines("a\nb\nc\nd"), 2)).toEqual({ content: lines("c\nd"), keptLines: 2, totalLines: 4 });
    expect(tailLines(lines("a\r\nb\r\nc\r\n"), 1)).toEqual({ content: lines("c\r\n"), keptLines: 1, totalLines: 3 });
  });

  it("counts empty lines as lines", () => {
    expect(tailLines(lines("\n\n\n"), 1)).toEqual({ content: lines("\n"), keptLines: 1, totalLines: 3 });
  });

  it("returns null when there is nothing to cut", () => {
    expect(tailLines(lines(""), 1)).toBeNull();
    expect(tailLines(lines("only line"), 1)).toBeNull();
    expect(tailLines(lines("a\nb\n"), 2)).toBeNull();
    expect(tailLines(lines("a\nb"), 5)).toBeNull();
  });

  it("cuts at line ends, never inside a multi-byte character", () => {
    const result = tailLines(lines("größe 1\nÄrger 2\nüber 3\n"), 2);
    expect(result?.content.toString("utf8")).toBe("Ärger 2\nüber 3\n");
  });

  it("handles a large log", () => {
    const log = Array.from({ length: 120_345 }, (_, i) => `line ${i + 1}`).join("\n");
    const result = tailLines(Buffer.from(log), 500);
    expect(result?.totalLines).toBe(120_345);
    const kept = result?.content.toString().split("\n") ?? [];
    expect(kept).toHaveLength(500);
    expect(kept[0]).toBe("line 119846");
    expect(kept.at(-1)).toBe("line 120345");
  });
});

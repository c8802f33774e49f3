import { describe, expect, it } from "vitest";
import { mapInSlices } from "./map-in-slices";

describe("mapInSlices", () => {
  it("maps every item in order", async () => {
    const items = Array.from({ length: 250 }, (_, index) => index);
    expect(await mapInSlices(items, (item) => item * 2)).toEqual(items.map((item) => item * 2));
  });

  it("lets other work run between slices of 100", async () => {
    const seen: string[] = [];
    setImmediate(() => seen.push("other work"));
    await mapInSlices(Array.from({ length: 201 }, (_, index) => index), (item) => {
      if (item % 100 === 0) seen.push(`item ${item}`);
    });
    expect(seen).toEqual(["item 0", "other work", "item 100", "item 200"]);
  });
});

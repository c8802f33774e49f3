import { describe, expect, it } from "vitest";
import { analysisEngine, REFUSED_TAGS, templateEngine } from "./template-engine";
import { TEMPLATE_FILTERS } from "./template-filters";

describe("templateEngine", () => {
  it("is created once per mode", () => {
    expect(templateEngine("html")).toBe(templateEngine("html"));
    expect(templateEngine("html")).not.toBe(templateEngine("text"));
  });

  it.each(["html", "text"] as const)("%s mode has exactly the catalogued filters", (mode) => {
    const registered = Object.keys(templateEngine(mode).filters).sort();
    expect(registered).toEqual(TEMPLATE_FILTERS.map((filter) => filter.name).sort());
  });

  it("has no other filter for validation either", () => {
    expect(Object.keys(analysisEngine().filters).sort()).toEqual(Object.keys(templateEngine("text").filters).sort());
  });

  it("refuses unknown filters when parsing for render", () => {
    expect(() => templateEngine("text").parse("{{ job.name | sha256 }}")).toThrow(/undefined filter: sha256/);
  });

  it.each(REFUSED_TAGS)("refuses the %s tag when parsing", (tag) => {
    expect(() => templateEngine("text").parse(`{% ${tag} 'partial' %}`)).toThrow(`{% ${tag} %} is not available`);
  });

  it("cannot read a file, even when asked directly", () => {
    // package.json exists in the working directory: the default file system would read it.
    expect(() => templateEngine("text").parseFileSync("package.json")).toThrow(/Failed to lookup/);
  });

  it("only reads the context's own properties", () => {
    const output = templateEngine("text").parseAndRenderSync("[{{ event.constructor }}][{{ event.__proto__ }}][{{ event.toString }}][{{ event.title }}]", { event: { title: "t" } });
    expect(output).toBe("[][][][t]");
  });

  it("escapes output in html mode only", () => {
    const scope = { title: "<b>&</b>" };
    expect(templateEngine("html").parseAndRenderSync("{{ title }}", scope)).toBe("&lt;b&gt;&amp;&lt;/b&gt;");
    expect(templateEngine("text").parseAndRenderSync("{{ title }}", scope)).toBe("<b>&</b>");
  });
});

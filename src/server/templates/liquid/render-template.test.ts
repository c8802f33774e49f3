import { describe, expect, it } from "vitest";
import { renderTemplate } from "./render-template";
import { sampleContext } from "./sample-contexts";
import { TemplateRenderError } from "./template-render-error";

const failed = sampleContext("job-failed");
const alert = sampleContext("critical-alert");
const XSS = "<img src=x onerror=alert(1)>";
const withTitle = (title: string) => ({ ...failed, event: { ...failed.event, title } });

function renderError(run: () => unknown): TemplateRenderError {
  try {
    run();
  } catch (error) {
    if (error instanceof TemplateRenderError) return error;
    throw error;
  }
  throw new Error("expected a TemplateRenderError");
}

describe("renderTemplate", () => {
  it("renders the context", () => {
    expect(renderTemplate("{{ job.name }} on {{ job.host }}: {{ job.duration_ms | duration }}", failed, { mode: "text" })).toBe("nightly-backup on db-01: 4 min 12 s");
  });

  it("renders an event title with markup as text in html mode", () => {
    expect(renderTemplate("<h1>{{ event.title }}</h1>", withTitle(XSS), { mode: "html" })).toBe("<h1>&lt;img src=x onerror=alert(1)&gt;</h1>");
  });

  it("escapes echo, assign and filtered output too", () => {
    const html = renderTemplate("{% echo event.title %}|{% assign t = event.title %}{{ t }}|{{ event.title | upcase }}|{{ event.title | raw | upcase }}", withTitle(XSS), { mode: "html" });
    expect(html).not.toContain("<");
    expect(html.split("|")).toHaveLength(4);
  });

  it("does not escape what ends with | raw", () => {
    expect(renderTemplate("{{ event.title | raw }}", withTitle("<b>ok</b>"), { mode: "html" })).toBe("<b>ok</b>");
  });

  it("does not escape in text mode", () => {
    expect(renderTemplate("{{ event.title }}", withTitle(XSS), { mode: "text" })).toBe(XSS);
  });

  it("renders missing values as empty", () => {
    expect(renderTemplate("[{{ job.name }}][{{ job.host }}][{{ event.labels.nope }}]", alert, { mode: "text" })).toBe("[][][]");
    expect(renderTemplate("{% if job %}job{% else %}no job{% endif %}", alert, { mode: "text" })).toBe("no job");
  });

  it("stops a huge loop with a limit error instead of hanging", () => {
    const started = performance.now();
    const error = renderError(() => renderTemplate("{% for i in (1..100000000) %}{{ i }}{% endfor %}", failed, { mode: "text" }));
    expect(error.kind).toBe("limit");
    expect(performance.now() - started).toBeLessThan(2_000);
  }, 10_000);

  it("stops nested loops at the render time limit, with the position of the loop", () => {
    const started = performance.now();
    const error = renderError(() => renderTemplate("start\n{% for i in (1..5000) %}{% for j in (1..5000) %}x{% endfor %}{% endfor %}", failed, { mode: "text" }));
    expect(error.kind).toBe("limit");
    expect(error.message).toMatch(/render limit exceeded/);
    expect(error.line).toBe(2);
    expect(performance.now() - started).toBeLessThan(2_000);
  }, 10_000);

  it("stops a doubling text at the memory limit", () => {
    const source = '{% assign s = "0123456789" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}';
    const error = renderError(() => renderTemplate(source, failed, { mode: "text" }));
    expect(error.kind).toBe("limit");
    expect(error.message).toMatch(/memory alloc limit exceeded/);
  }, 10_000);

  it("throws a syntax error with its position", () => {
    const error = renderError(() => renderTemplate("Hello\n  {% if job %}", failed, { mode: "text" }));
    expect(error).toMatchObject({ kind: "syntax", line: 2, column: 3 });
    expect(error.message).toBe("tag {% if job %} not closed (line 2, column 3)");
  });

  it.each(["include", "render", "layout"])("refuses the %s tag", (tag) => {
    const error = renderError(() => renderTemplate(`x {% ${tag} "footer" %}`, failed, { mode: "html" }));
    expect(error).toMatchObject({ kind: "syntax", line: 1, column: 3 });
  });

  it("refuses a template over the size limit", () => {
    expect(renderError(() => renderTemplate("x".repeat(100_001), failed, { mode: "text" })).kind).toBe("too_large");
  });

  it("leaves the context it was given as it was", () => {
    const context = structuredClone(failed);
    renderTemplate("{% increment job %}{% increment event %}{% assign recipient = 1 %}", context, { mode: "text" });
    expect(context).toEqual(failed);
    expect(renderTemplate("{{ job.name }}", context, { mode: "text" })).toBe("nightly-backup");
  });
});

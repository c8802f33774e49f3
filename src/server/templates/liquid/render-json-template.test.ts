import { describe, expect, it } from "vitest";
import { renderJsonTemplate, validateJsonTemplate } from "./render-json-template";
import { sampleContext } from "./sample-contexts";
import { TemplateRenderError } from "./template-render-error";

const failed = sampleContext("job-failed");
const withTitle = (title: string) => ({ ...failed, event: { ...failed.event, title } });
const options = { customVariables: ["runbook_base"] };

const BLOCKS = `{
  "text": "{{ event.title }}",
  "blocks": [
    { "type": "header", "text": { "type": "plain_text", "text": "{{ event.severity | severity_emoji }} {{ event.title }}" } },
    { "type": "section", "fields": [
      { "type": "mrkdwn", "text": "*Duration*\\n{{ job.duration_ms | duration }}" },
      { "type": "mrkdwn", "text": "*Exit code* {{ job.exit_code }}" }
    ] }
  ],
  "unfurl_links": false,
  "priority": 2
}`;

function renderError(run: () => unknown): TemplateRenderError {
  try {
    run();
  } catch (error) {
    if (error instanceof TemplateRenderError) return error;
    throw error;
  }
  throw new Error("expected a TemplateRenderError");
}

describe("renderJsonTemplate", () => {
  it("renders every string and keeps the structure and other values", () => {
    expect(renderJsonTemplate(BLOCKS, failed)).toEqual({
      text: "nightly-backup failed on db-01",
      blocks: [
        { type: "header", text: { type: "plain_text", text: "⚠️ nightly-backup failed on db-01" } },
        {
          type: "section",
          fields: [
            { type: "mrkdwn", text: "*Duration*\n4 min 12 s" },
            { type: "mrkdwn", text: "*Exit code* 1" },
          ],
        },
      ],
      unfurl_links: false,
      priority: 2,
    });
  });

  it("keeps quotes, backslashes and braces in values from breaking the JSON or adding keys", () => {
    const title = 'x", "injected": "yes\\ }';
    const rendered = renderJsonTemplate('{"text": "{{ event.title }}", "n": 1}', withTitle(title));
    expect(rendered).toEqual({ text: title, n: 1 });
    expect(JSON.parse(JSON.stringify(rendered))).toEqual({ text: title, n: 1 });
  });

  it("renders in text mode: no HTML escaping", () => {
    expect(renderJsonTemplate('{"text": "{{ event.title }}"}', withTitle("<b>&</b>"))).toEqual({ text: "<b>&</b>" });
  });

  it("does not render property names, and keeps __proto__ a plain key", () => {
    const rendered = renderJsonTemplate('{"{{ event.title }}": "v", "__proto__": {"polluted": "{{ job.name }}"}}', failed);
    expect(Object.keys(rendered as object)).toEqual(["{{ event.title }}", "__proto__"]);
    expect(Object.getPrototypeOf(rendered)).toBe(Object.prototype);
    expect(JSON.stringify(rendered)).toBe('{"{{ event.title }}":"v","__proto__":{"polluted":"nightly-backup"}}');
  });

  it("throws invalid JSON with its line and column", () => {
    const error = renderError(() => renderJsonTemplate('{\n  "text": "a",\n  "b": }', failed));
    expect(error).toMatchObject({ kind: "syntax", line: 3, column: 8 });
    expect(error.message).toMatch(/^invalid JSON: unexpected "}": expected a value/);
  });

  it("throws a Liquid syntax error at its position in the JSON source", () => {
    const error = renderError(() => renderJsonTemplate('{\n  "a": "ok",\n  "text": "\\"quoted\\" {% if job %}"\n}', failed));
    expect(error).toMatchObject({ kind: "syntax", line: 3, column: 23 });
  });

  it("shares one time budget across all strings", () => {
    // Each string alone renders well within the 100 ms limit; 150 of them do not.
    const string = '"{% for i in (1..5000) %}x{% endfor %}"';
    expect(renderJsonTemplate(`[${string}]`, failed)).toEqual(["x".repeat(5000)]);
    const source = `[${Array.from({ length: 150 }, () => string).join(",")}]`;
    const started = performance.now();
    expect(renderError(() => renderJsonTemplate(source, failed)).kind).toBe("limit");
    expect(performance.now() - started).toBeLessThan(1_500);
  }, 20_000);
});

describe("validateJsonTemplate", () => {
  it("passes a valid Block Kit template", () => {
    expect(validateJsonTemplate(BLOCKS, options)).toEqual({ errors: [], warnings: [] });
  });

  it("reports a JSON syntax error at its line and column", () => {
    expect(validateJsonTemplate('{\n  "text": "a"\n  "more": 1\n}', options).errors).toEqual([{ line: 3, column: 3, message: 'invalid JSON: unexpected "\\"": expected , or }' }]);
  });

  it("reports problems inside strings at their place in the JSON source", () => {
    const source = '{\n  "text": "\\"{{ job.stauts }}\\"",\n  "blocks": [{ "text": "a\\nb {{ job.name | upcse }}" }]\n}';
    expect(validateJsonTemplate(source, options).errors).toEqual([
      { line: 2, column: 17, message: "unknown variable job.stauts — did you mean job.status?" },
      { line: 3, column: 44, message: "unknown filter upcse — did you mean upcase?" },
    ]);
  });

  it("reports a Liquid syntax error of a string at its place", () => {
    expect(validateJsonTemplate('[\n  "fine",\n  "x {% if job %}"\n]', options).errors).toEqual([{ line: 3, column: 6, message: "tag {% if job %} not closed" }]);
  });

  it("warns about Liquid in a property name", () => {
    expect(validateJsonTemplate('{\n  "{{ job.name }}": "v"\n}', options)).toEqual({
      errors: [],
      warnings: [{ line: 2, column: 4, message: "property names are not rendered: only string values are templates" }],
    });
  });
});

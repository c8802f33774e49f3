import { describe, expect, it } from "vitest";
import { TEMPLATE_FILTERS } from "./template-filters";
import { validateTemplate, type TValidateOptions } from "./validate-template";

const html: TValidateOptions = { mode: "html", customVariables: ["runbook_base"] };
const text: TValidateOptions = { mode: "text", customVariables: ["runbook_base"] };
const errorsOf = (source: string, options = html) => validateTemplate(source, options).errors;

describe("validateTemplate: syntax", () => {
  it.each([
    ["an unclosed block", "Hello {{ recipient.name }},\n\n{% if job %}\n  {{ job.name }}\n", { line: 3, column: 1, message: "tag {% if job %} not closed" }],
    ["an unclosed output", "line one\nline {{ job.name \nline three", { line: 2, column: 6, message: 'output "{{ job.name \\nline three" not closed' }],
    ["a stray end tag", "ok\n  {% endif %}", { line: 2, column: 3, message: 'tag "endif" not found' }],
    ["an unknown tag", "{% if job %}\n{% sendmail %}\n{% endif %}", { line: 2, column: 1, message: 'tag "sendmail" not found' }],
    ["an empty output", "a\n\t {{ }}", { line: 2, column: 6, message: 'invalid value expression: ""' }],
    ["a broken for", "x\ny {% for in job %}{% endfor %}", { line: 2, column: 3, message: "illegal tag: {% for in job %}" }],
  ])("%s", (_what, source, problem) => {
    expect(errorsOf(source)).toEqual([problem]);
  });

  it.each(["include", "render", "layout"])("refuses the %s tag where it is", (tag) => {
    expect(errorsOf(`Hi\n   {% ${tag} "footer" %}`)).toEqual([
      { line: 2, column: 4, message: `{% ${tag} %} is not available: a template cannot load other templates or files` },
    ]);
  });

  it("refuses a template over the size limit", () => {
    expect(errorsOf("x".repeat(100_001))[0]?.message).toMatch(/longer than 100,000 characters/);
  });
});

describe("validateTemplate: filters", () => {
  it("names an unknown filter at its name, with a suggestion", () => {
    expect(errorsOf("Hi\n  {{ job.name | upcse | truncate: 5 | frobnicate }}")).toEqual([
      { line: 2, column: 17, message: "unknown filter upcse — did you mean upcase?" },
      { line: 2, column: 39, message: "unknown filter frobnicate" },
    ]);
  });

  it("refuses LiquidJS filters that are not in the catalogue", () => {
    expect(errorsOf("{{ job.name | sha256 }}")).toEqual([{ line: 1, column: 15, message: "unknown filter sha256" }]);
  });

  it("finds filters in tags and in a liquid block", () => {
    expect(errorsOf('{% assign t = job.name | upcse %}{% liquid\n  echo t | downcse\n%}').map((problem) => problem.message)).toEqual([
      "unknown filter upcse — did you mean upcase?",
      "unknown filter downcse — did you mean downcase?",
    ]);
  });

  it("warns about | raw in html mode, where it is", () => {
    expect(validateTemplate("<p>\n  {{ custom.runbook_base | raw }}</p>", html)).toEqual({
      errors: [],
      warnings: [{ line: 2, column: 28, message: "| raw outputs unescaped HTML: use it only for markup you trust, never for event data" }],
    });
  });

  it("warns about double escaping in html mode only", () => {
    expect(validateTemplate("{{ event.title | escape }}{{ event.title | markdown }}", html).warnings.map((w) => w.message)).toEqual([
      "| escape escapes twice: html mode escapes every output already",
      "| markdown escapes for chat markup; in html mode the output is escaped twice",
    ]);
    expect(validateTemplate("{{ event.title | escape }}{{ event.title | markdown }}", text).warnings).toEqual([]);
    expect(validateTemplate("{{ event.title | raw }}", text).warnings.map((w) => w.message)).toEqual(["| raw has no effect in text mode: nothing is escaped"]);
  });
});

describe("validateTemplate: variables", () => {
  it("names an unknown variable and suggests a close one", () => {
    expect(errorsOf("{{ job.stauts }}\n  {{ evnt.title }} {{ job.colour }}")).toEqual([
      { line: 1, column: 4, message: "unknown variable job.stauts — did you mean job.status?" },
      { line: 2, column: 6, message: "unknown variable evnt.title — did you mean event.title?" },
      { line: 2, column: 23, message: "unknown variable job.colour" },
    ]);
  });

  it("checks variables in tags and filter arguments", () => {
    expect(errorsOf('{% if job.hots %}{% endif %}{{ job.name | default: job.nmae }}{% for l in event.lables %}{% endfor %}').map((e) => e.message)).toEqual([
      "unknown variable job.hots — did you mean job.host?",
      "unknown variable job.nmae — did you mean job.name?",
      "unknown variable event.lables — did you mean event.labels?",
    ]);
  });

  it("accepts any key below labels and data, and size of a value", () => {
    expect(errorsOf("{{ event.labels.region }}{{ event.data.a.b[0] }}{{ event.labels['k8s/ns'] }}{{ job.name.size }}{{ event.data[job.name] }}{{ now }}{% if job %}{% endif %}")).toEqual([]);
  });

  it("refuses a property below a value", () => {
    expect(errorsOf("{{ job.name.first_letter }}")).toEqual([{ line: 1, column: 4, message: "unknown variable job.name.first_letter" }]);
  });

  it("accepts the custom variables it is given, and only those", () => {
    expect(errorsOf("{{ custom.runbook_base }}")).toEqual([]);
    expect(errorsOf("{{ custom.runbook }}")).toEqual([{ line: 1, column: 4, message: "unknown variable custom.runbook — did you mean custom.runbook_base?" }]);
    expect(errorsOf("{{ custom.runbook_base }}", { mode: "html", customVariables: [] })).toEqual([
      { line: 1, column: 4, message: "unknown variable custom.runbook_base: no custom variables are defined" },
    ]);
  });

  it("does not report variables the template defines itself", () => {
    const source = [
      '{% assign who = recipient.name | default: "there" %}Hi {{ who }}',
      "{% capture link %}{{ system.app_url }}/jobs{% endcapture %}{{ link }}",
      "{% for replica in event.data.replicas %}{{ forloop.index }}: {{ replica }}{% endfor %}",
      "{% tablerow check in event.data.checks %}{{ tablerowloop.col }} {{ check.name }}{% endtablerow %}",
      "{% increment counter %}{{ counter }}",
    ].join("\n");
    expect(validateTemplate(source, html)).toEqual({ errors: [], warnings: [] });
  });

  it("reports a loop variable used after its loop", () => {
    expect(errorsOf("{% for replica in event.data.replicas %}{% endfor %}\n{{ replica }} {{ forloop.index }}")).toEqual([
      { line: 2, column: 4, message: "unknown variable replica" },
      { line: 2, column: 18, message: "unknown variable forloop.index" },
    ]);
  });
});

describe("validateTemplate: whole templates", () => {
  it("passes a realistic email body", () => {
    const source = `<h1>{{ event.severity | severity_emoji }} {{ event.title }}</h1>
{% if job %}
<p>{{ job.name }} ran {{ job.duration_ms | duration }} on {{ job.host | default: "an unknown host" }}, ended {{ job.finished_at | local_time }}.</p>
{% if job.log_excerpt %}<pre>{{ job.log_excerpt | truncate: 2000 }}</pre>{% endif %}
{% endif %}
<a href="{{ notification.url }}">Open</a> · <a href="{{ custom.runbook_base }}/{{ event.type | replace: ".", "-" }}">Runbook</a>`;
    expect(validateTemplate(source, html)).toEqual({ errors: [], warnings: [] });
  });

  it("passes every catalogued filter example", () => {
    for (const filter of TEMPLATE_FILTERS) expect(validateTemplate(filter.example.template, text).errors, filter.name).toEqual([]);
  });

  it("reports every problem, in source order", () => {
    const problems = errorsOf("{{ nope }}\n{{ job.name | nofilter }}\n{{ also_nope }}");
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [1, 4],
      [2, 15],
      [3, 4],
    ]);
  });
});

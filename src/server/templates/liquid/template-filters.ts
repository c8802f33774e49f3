import { filters as builtInFilters, type Context, type FilterImplOptions, type Liquid } from "liquidjs";
import { escapeChatMarkup } from "./escape-chat-markup";
import { formatDuration } from "./format-duration";
import { formatLocalTime, safeZone } from "./format-local-time";

export type TTemplateFilter = {
  name: string;
  /** How it is called, e.g. `truncate: length, ellipsis`. */
  signature: string;
  description: string;
  /** A template over the "job failed" sample context and what it renders in text mode. */
  example: { template: string; output: string };
  /** Ours (false) or LiquidJS's own (true). */
  builtIn: boolean;
};

const ours = (name: string, signature: string, description: string, template: string, output: string): TTemplateFilter => ({
  name,
  signature,
  description,
  example: { template, output },
  builtIn: false,
});
const liquid = (name: string, signature: string, description: string, template: string, output: string): TTemplateFilter => ({
  ...ours(name, signature, description, template, output),
  builtIn: true,
});

/**
 * The filters a template may use, for the editor's sidebar. The engine has exactly
 * these (registerTemplateFilters drops every other LiquidJS filter), so what the
 * sidebar shows, what validation accepts and what renders are one list.
 */
export const TEMPLATE_FILTERS: readonly TTemplateFilter[] = [
  ours("duration", "duration", "Milliseconds as a readable duration.", "{{ job.duration_ms | duration }}", "4 min 12 s"),
  ours(
    "local_time",
    'local_time: format, zone',
    "An ISO date, Date or epoch milliseconds in the recipient's time zone (recipient.timezone). Optional luxon format and zone.",
    '{{ event.occurred_at | local_time }} / {{ event.occurred_at | local_time: "dd LLL HH:mm" }} / {{ event.occurred_at | local_time: "HH:mm ZZZZ", "America/New_York" }}',
    "2026-12-01 22:10 CET / 01 Dec 22:10 / 16:10 EST",
  ),
  ours(
    "markdown",
    "markdown",
    "Escapes & < > for Slack mrkdwn and Teams text, so event text cannot mention @channel or fake a link. For chat text, not HTML.",
    '{{ "<!channel> disk > 90%" | markdown }}',
    "&lt;!channel&gt; disk &gt; 90%",
  ),
  ours("severity_emoji", "severity_emoji", "An emoji for a severity (info, warning, error, critical).", "{{ event.severity | severity_emoji }}", "⚠️"),
  liquid("upcase", "upcase", "Upper case.", "{{ job.status | upcase }}", "FAILED"),
  liquid("downcase", "downcase", "Lower case.", '{{ "DB-01" | downcase }}', "db-01"),
  liquid("capitalize", "capitalize", "First letter upper case.", "{{ job.status | capitalize }}", "Failed"),
  liquid("default", "default: fallback", "The fallback when the value is empty, nil or false.", '{{ event.labels.region | default: "no region" }}', "no region"),
  liquid(
    "date",
    "date: format",
    "strftime formatting, in the recipient's time zone. Numbers are epoch seconds (local_time takes milliseconds).",
    '{{ event.occurred_at | date: "%d %b %Y %H:%M" }}',
    "01 Dec 2026 22:10",
  ),
  liquid("truncate", 'truncate: length, ellipsis', "At most `length` characters, ellipsis included (default \"...\").", "{{ job.error | truncate: 20 }}", "pg_dump: error: c..."),
  liquid("truncatewords", "truncatewords: words, ellipsis", "At most `words` words.", "{{ event.message | truncatewords: 3 }}", "pg_dump exited with..."),
  liquid("strip_html", "strip_html", "Removes HTML tags.", '{{ "<p>Disk <b>full</b></p>" | strip_html }}', "Disk full"),
  liquid("strip", "strip", "Removes surrounding whitespace.", '{{ "  db-01  " | strip }}', "db-01"),
  liquid("strip_newlines", "strip_newlines", "Removes line breaks.", "{{ job.log_excerpt | strip_newlines | truncate: 24 }}", "pg_dump: dumping cont..."),
  liquid(
    "newline_to_br",
    "newline_to_br",
    "Line breaks as <br />. In html mode write `| escape | newline_to_br | raw`, or the <br /> is escaped too.",
    "{{ job.log_excerpt | newline_to_br }}",
    "pg_dump: dumping contents of table public.orders<br />\npg_dump: error: connection to server lost",
  ),
  liquid("escape", "escape", "HTML-escapes. Only for text mode: html mode escapes every output already.", '{{ "<b>" | escape }}', "&lt;b&gt;"),
  liquid("raw", "raw", "html mode: the output is trusted markup and is not escaped (last filter only). No effect in text mode.", '{{ "<b>ok</b>" | raw }}', "<b>ok</b>"),
  liquid("size", "size", "Length of a text or a list.", "{{ job.name | size }}", "14"),
  liquid("split", "split: separator", "Text to a list.", '{{ job.error | split: ": " | last }}', "connection to server lost"),
  liquid("join", "join: separator", "A list as text.", '{{ event.data.replicas | join: ", " }}', "db-02, db-03"),
  liquid("first", "first", "First element of a list.", "{{ event.data.replicas | first }}", "db-02"),
  liquid("last", "last", "Last element of a list.", "{{ event.data.replicas | last }}", "db-03"),
  liquid("sort", "sort: property", "A list sorted (by a property of its elements, if given).", '{{ event.data.replicas | sort | join: "," }}', "db-02,db-03"),
  liquid("reverse", "reverse", "A list in reverse order.", '{{ event.data.replicas | reverse | join: "," }}', "db-03,db-02"),
  liquid("uniq", "uniq", "A list without duplicates.", '{{ "a,b,a" | split: "," | uniq | join: "," }}', "a,b"),
  liquid("map", "map: property", "A property of each element of a list.", '{{ event.data.checks | map: "name" | join: ", " }}', "wal, disk"),
  liquid("where", "where: property, value", "Elements of a list whose property equals value (or is truthy).", '{{ event.data.checks | where: "ok", false | map: "name" | join: "," }}', "disk"),
  liquid("compact", "compact", "A list without nil elements.", '{{ event.data.replicas | compact | size }}', "2"),
  liquid("replace", "replace: search, replacement", "Replaces every occurrence.", '{{ job.name | replace: "-", " " }}', "nightly backup"),
  liquid("replace_first", "replace_first: search, replacement", "Replaces the first occurrence.", '{{ "a-b-c" | replace_first: "-", "+" }}', "a+b-c"),
  liquid("remove", "remove: search", "Removes every occurrence.", '{{ job.name | remove: "nightly-" }}', "backup"),
  liquid("append", "append: text", "Adds text at the end.", '{{ system.app_url | append: "/events" }}', "https://notify.example.com/events"),
  liquid("prepend", "prepend: text", "Adds text at the start.", '{{ job.run_id | prepend: "#" }}', "#8812"),
  liquid("slice", "slice: start, length", "Part of a text or list.", "{{ event.id | slice: 0, 8 }}", "0193b0c4"),
  liquid("url_encode", "url_encode", "Encodes text for a URL query.", '{{ "db 01/orders" | url_encode }}', "db+01%2Forders"),
  liquid("plus", "plus: number", "Addition.", "{{ job.exit_code | plus: 1 }}", "2"),
  liquid("minus", "minus: number", "Subtraction.", "{{ job.exit_code | minus: 1 }}", "0"),
  liquid("times", "times: number", "Multiplication.", "{{ event.data.size_gb | times: 1024 }}", "43008"),
  liquid("divided_by", "divided_by: number", "Division (integer when both are integers).", "{{ job.duration_ms | divided_by: 1000 }}", "252"),
  liquid("round", "round: digits", "Rounds a number.", "{{ 4.567 | round: 1 }}", "4.6"),
  liquid("at_least", "at_least: number", "The larger of the two.", "{{ job.exit_code | at_least: 0 }}", "1"),
  liquid("at_most", "at_most: number", "The smaller of the two.", "{{ event.data.size_gb | at_most: 40 }}", "40"),
  liquid("json", "json", "The value as JSON.", "{{ event.labels | json }}", '{"env":"prod","team":"data"}'),
];

// What LiquidJS binds `this` to in a filter (its FilterImpl, not exported by name).
type TFilterThis = ThisParameterType<Extract<FilterImplOptions, (...args: never) => unknown>>;

const SEVERITY_EMOJI: Record<string, string> = { info: "ℹ️", warning: "⚠️", error: "❌", critical: "🚨" };

/** The recipient's zone from the context the caller passed, not a template's `assign`. */
function recipientZone(context: Context): string {
  const environment: unknown = context.environments;
  const recipient = isRecord(environment) ? environment.recipient : undefined;
  return safeZone(isRecord(recipient) ? recipient.timezone : undefined);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

const builtInDate = builtInFilters.date;

const OUR_FILTERS = {
  duration(value: unknown): string {
    if (value === null || value === undefined || value === "") return "";
    const ms = typeof value === "number" ? value : Number(value);
    return Number.isFinite(ms) ? formatDuration(ms) : String(value);
  },
  local_time(this: TFilterThis, value: unknown, format?: unknown, zone?: unknown): string {
    return formatLocalTime(value, zone ?? recipientZone(this.context), format);
  },
  markdown(value: unknown): string {
    return value === null || value === undefined ? "" : escapeChatMarkup(String(value));
  },
  severity_emoji(value: unknown): string {
    return SEVERITY_EMOJI[String(value).toLowerCase()] ?? "";
  },
  date(this: TFilterThis, value: unknown, format?: unknown, zone?: unknown): unknown {
    if (typeof builtInDate !== "function") return value;
    return builtInDate.call(this, value, format, zone ?? recipientZone(this.context));
  },
};

export function registerTemplateFilters(engine: Liquid): void {
  for (const [name, handler] of Object.entries(OUR_FILTERS)) engine.registerFilter(name, handler);
  const allowed = new Set(TEMPLATE_FILTERS.map((filter) => filter.name));
  for (const name of Object.keys(engine.filters)) {
    if (!allowed.has(name)) engine.unregisterFilter(name);
  }
}

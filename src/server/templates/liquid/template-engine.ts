import { Liquid, type FS } from "liquidjs";
import { registerTemplateFilters } from "./template-filters";
import { TEMPLATE_LIMITS, type TTemplateMode } from "./template-limits";

const NO_FILES = "templates cannot read files";

// Every lookup of a partial or layout ends here; the refused tags below fail earlier
// with a clearer message, this is the second lock.
const refusingFs: FS = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async () => {
    throw new Error(NO_FILES);
  },
  readFileSync: () => {
    throw new Error(NO_FILES);
  },
  resolve: (_dir, file) => file,
  contains: async () => false,
  containsSync: () => false,
};

/** Tags that would load another template: refused when the template is parsed. */
export const REFUSED_TAGS = ["include", "render", "layout"] as const;

function createEngine(options: { outputEscape: "escape" | undefined; strictFilters: boolean }): Liquid {
  const engine = new Liquid({
    fs: refusingFs,
    root: [],
    partials: [],
    layouts: [],
    relativeReference: false,
    cache: false,
    strictFilters: options.strictFilters,
    // Missing values render empty: an event often has no job.host. Unknown names are
    // caught by validateTemplate against the documented variables instead.
    strictVariables: false,
    // Only the context's own keys: no constructor, __proto__ or toString from a template.
    ownPropertyOnly: true,
    outputEscape: options.outputEscape,
    parseLimit: TEMPLATE_LIMITS.sourceChars,
    renderLimit: TEMPLATE_LIMITS.renderMs,
    memoryLimit: TEMPLATE_LIMITS.memoryUnits,
    // Deterministic whatever the server's locale and zone; `date` and `local_time`
    // format in the recipient's zone (see template-filters.ts).
    locale: "en-US",
    timezoneOffset: 0,
  });
  for (const name of REFUSED_TAGS) {
    engine.registerTag(name, {
      parse() {
        throw new Error(`{% ${name} %} is not available: a template cannot load other templates or files`);
      },
      render: () => "",
    });
  }
  registerTemplateFilters(engine);
  return engine;
}

const engines = new Map<string, Liquid>();

function cached(key: string, make: () => Liquid): Liquid {
  let engine = engines.get(key);
  if (!engine) {
    engine = make();
    engines.set(key, engine);
  }
  return engine;
}

/**
 * The engine of one output mode, created once and reused.
 *
 * - `html`: every `{{ }}` output is HTML-escaped (outputEscape "escape"). A template
 *   marks trusted markup by ending the output with the built-in `raw` filter,
 *   `{{ system.footer_html | raw }}`; `raw` only counts as the last filter, so
 *   `{{ x | raw | upcase }}` is escaped again.
 * - `text`: nothing is escaped: the plain-text email part, SMS and chat text, whose
 *   adapters escape for their own markup.
 */
export function templateEngine(mode: TTemplateMode): Liquid {
  return cached(mode, () => createEngine({ outputEscape: mode === "html" ? "escape" : undefined, strictFilters: true }));
}

/**
 * For validation only: the same tags and filters, but unknown filters parse (as no-ops)
 * so validateTemplate can name every one of them at its position instead of the first.
 */
export function analysisEngine(): Liquid {
  return cached("analysis", () => createEngine({ outputEscape: undefined, strictFilters: false }));
}

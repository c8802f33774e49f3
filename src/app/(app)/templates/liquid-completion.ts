import type { Completion, CompletionContext, CompletionResult, CompletionSource } from "@codemirror/autocomplete";
import { REFUSED_TAGS } from "@/server/templates/liquid/template-engine";
import { TEMPLATE_FILTERS } from "@/server/templates/liquid/template-filters";
import type { TTemplateVariable } from "@/server/templates/liquid/template-variables";
import { sampleText } from "./sample-text";

const TAGS = [
  "if", "elsif", "else", "endif", "unless", "endunless", "case", "when", "endcase", "for", "endfor", "break", "continue",
  "assign", "capture", "endcapture", "raw", "endraw", "comment", "endcomment", "echo", "liquid", "cycle", "increment", "decrement",
].filter((tag) => !(REFUSED_TAGS as readonly string[]).includes(tag));

const TAG_OPTIONS: Completion[] = TAGS.map((label) => ({ label, type: "keyword" }));

const FILTER_OPTIONS: Completion[] = TEMPLATE_FILTERS.map((filter) => ({
  label: filter.name,
  type: "function",
  detail: filter.signature === filter.name ? undefined : filter.signature.slice(filter.name.length).replace(/^:\s*/, ": "),
  info: `${filter.description} Example: ${filter.example.template} → ${filter.example.output}`,
}));

/** Every documented path, and for the free-form maps (labels, data) the keys the sample shows, so `event.labels.` offers `env`. */
export function variableCompletions(variables: readonly TTemplateVariable[]): Completion[] {
  return variables.flatMap((variable): Completion[] => {
    const own: Completion = { label: variable.path, type: "variable", detail: variable.type, info: `${variable.description} Sample: ${sampleText(variable.sample)}` };
    if (variable.type !== "map" || typeof variable.sample !== "object") return [own];
    const keys = Object.keys(variable.sample).map((key): Completion => ({ label: `${variable.path}.${key}`, type: "property", detail: "map key", info: `A key of ${variable.path} in the sample event.` }));
    return [own, ...keys];
  });
}

/**
 * Completions inside `{{ }}` and `{% %}` only: variables (dotted paths), filters after `|` and tag names
 * after `{%`. Ours rather than lang-liquid's source, whose lists hold filters this engine refuses.
 */
export function liquidCompletionSource(getVariables: () => readonly Completion[]): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos);
    const before = line.text.slice(0, context.pos - line.from);
    const open = Math.max(before.lastIndexOf("{{"), before.lastIndexOf("{%"));
    if (open < 0 || Math.max(before.lastIndexOf("}}"), before.lastIndexOf("%}")) > open) return null;
    const inside = before.slice(open + 2);
    // Inside a quoted Liquid string ("…" or '…'), nothing to complete.
    if ((inside.match(/"/g)?.length ?? 0) % 2 === 1 || (inside.match(/'/g)?.length ?? 0) % 2 === 1) return null;

    const filter = /\|\s*(\w*)$/.exec(inside);
    if (filter) return { from: context.pos - (filter[1]?.length ?? 0), options: FILTER_OPTIONS, validFor: /^\w*$/ };
    if (before.startsWith("{%", open)) {
      const tag = /^-?\s*(\w*)$/.exec(inside);
      if (tag) return { from: context.pos - (tag[1]?.length ?? 0), options: TAG_OPTIONS, validFor: /^\w*$/ };
    }
    const word = /[\w.]*$/.exec(inside)?.[0] ?? "";
    // Right after "{{ " the list opens by itself; elsewhere it waits for a letter or Ctrl+Space.
    if (word === "" && !context.explicit && !/^-?\s+$/.test(inside)) return null;
    return { from: context.pos - word.length, options: getVariables(), validFor: /^[\w.]*$/ };
  };
}

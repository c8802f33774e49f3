import type { TSelectOption } from "@/components/ui/select-field";
import { humanize } from "./audit-words";

export type TActionGroup = { label: string; options: TSelectOption[] };

/**
 * The action select: one group per target type, each starting with "any
 * <type> action" (the `rule.` prefix) and then its actions. A value in the
 * URL the log does not hold (yet) is kept as an option, so the select shows it.
 */
export function actionGroups(actions: readonly string[], current: string): TActionGroup[] {
  const prefix = current.endsWith(".*") ? current.slice(0, -2) : current.endsWith(".") ? current.slice(0, -1) : null;
  const known = prefix !== null || !current || actions.includes(current) ? actions : [...actions, current];
  const groups = new Map<string, TSelectOption[]>();
  const groupOf = (type: string) => {
    // The URL may spell the prefix `rule.*`: the option then carries that value, so the select shows it chosen.
    const any = { value: prefix === type ? current : `${type}.`, label: `Any ${humanize(type)} action` };
    if (!groups.has(type)) groups.set(type, [any]);
    return groups.get(type)!;
  };
  for (const action of [...known].sort()) groupOf(action.split(".")[0]!).push({ value: action, label: action });
  if (prefix) groupOf(prefix);
  return [...groups].map(([type, options]) => ({ label: humanize(type), options }));
}

/** Who did it: a kind of actor, or the one actor a row's link chose. */
export function actorOptions(current: string): TSelectOption[] {
  const options: TSelectOption[] = [
    { value: "user", label: "Users" },
    { value: "api_key", label: "API keys" },
    { value: "service", label: "Service (worker, CLI, schedules)" },
  ];
  const [type, id] = current.split(":");
  if (id) options.push({ value: current, label: `${type === "user" ? "User" : "API key"} #${id}` });
  return options;
}

export function targetTypeOptions(types: readonly string[], current: string): TSelectOption[] {
  const all = current && !types.includes(current) ? [...types, current].sort() : types;
  return all.map((type) => ({ value: type, label: humanize(type) }));
}

import type { TSelectOption } from "@/components/ui/select-field";
import { humanize } from "./audit-words";

export type TActionGroup = { label: string; options: TSelectOption[] };

/**
 * The action select: one group per target type, each starting with "any
 * <type> action" (the `rule.` prefix) and then its actions. A value in the
 * URL the log does not hold (yet) is kept as an option, so the select shows it.
 */
export function actionGroups(actions: readonly string[], current: string): TActionGroup[] {
  const all = current && !actions.includes(current) && !current.endsWith(".") && !current.endsWith(".*") ? [...actions, current] : actions;
  const groups = new Map<string, TSelectOption[]>();
  for (const action of [...all].sort()) {
    const type = action.slice(0, action.indexOf(".") > 0 ? action.indexOf(".") : undefined);
    const options = groups.get(type) ?? [{ value: `${type}.`, label: `Any ${humanize(type)} action` }];
    options.push({ value: action, label: action });
    groups.set(type, options);
  }
  const prefix = current.endsWith(".*") ? current.slice(0, -2) : current.endsWith(".") ? current.slice(0, -1) : null;
  if (prefix && !groups.has(prefix)) groups.set(prefix, [{ value: current, label: `Any ${humanize(prefix)} action` }]);
  return [...groups].map(([type, options]) => ({ label: humanize(type), options: options.map((option) => (option.value === `${type}.` && current === `${type}.*` ? { ...option, value: current } : option)) }));
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

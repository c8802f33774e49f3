import { matchesEventType } from "@/server/preferences/subscription";
import { activeTemplates, type TActiveTemplate } from "./template-cache";
import type { TTemplateChannel } from "./template-input-schema";

/**
 * Which custom template a notification uses on `channel`: the one its rule
 * named, else the best match of its type among the templates' event-type
 * patterns (an exact type beats a glob, a longer glob a shorter one), else
 * none — the built-in template. A template without a body for the channel
 * does not apply to it.
 */
export async function chooseTemplate(options: { templateKey: string | null; notificationType: string; channel: TTemplateChannel }): Promise<TActiveTemplate | null> {
  const templates = await activeTemplates();
  if (templates.length === 0) return null;
  const usable = templates.filter((template) => template.bodies[options.channel]);
  if (options.templateKey) {
    const named = usable.find((template) => template.key === options.templateKey);
    if (named) return named;
  }
  let best: { template: TActiveTemplate; score: number } | null = null;
  for (const template of usable) {
    for (const pattern of template.eventTypes) {
      if (!matchesEventType(pattern, options.notificationType)) continue;
      const score = pattern === options.notificationType ? Number.MAX_SAFE_INTEGER : pattern.replace(/[*?{},]/g, "").length;
      if (!best || score > best.score) best = { template, score };
    }
  }
  return best?.template ?? null;
}

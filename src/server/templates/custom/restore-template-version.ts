import { z } from "zod";
import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { updateTemplate } from "./save-template";
import { findTemplate } from "./template-queries";
import type { TTemplateView } from "./template-view";

export const ZTemplateVersionNumber = z.coerce.number("must be a version number").int().positive();

/** Restoring makes an old version current again as a new version, so the history only grows. */
export async function restoreTemplateVersion(options: { key: unknown; version: unknown; actor: string }): Promise<TTemplateView> {
  const template = await findTemplate(options.key);
  const number = parseInput(ZTemplateVersionNumber, options.version);
  const old = await db().messageTemplateVersion.findUnique({ where: { templateId_version: { templateId: template.id, version: number } } });
  if (!old) throw new AppError("NOT_FOUND", `Template "${template.key}" has no version ${number}`);
  return updateTemplate({
    key: template.key,
    input: { name: old.name, description: old.description, event_types: old.eventTypes, bodies: old.bodies },
    actor: options.actor,
    note: `restored version ${number}`,
  });
}

import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { recordAudit } from "@/server/audit/record-audit";
import { templateTarget } from "./template-audit";
import { forgetTemplates } from "./template-cache";
import { ZTemplateKey } from "./template-input-schema";
import { toTemplateVersionView, toTemplateView, type TTemplateVersionView, type TTemplateView } from "./template-view";

export async function listTemplates(): Promise<TTemplateView[]> {
  const templates = await db().messageTemplate.findMany({ orderBy: { key: "asc" }, include: { versions: { orderBy: { version: "desc" } } } });
  return templates.flatMap((template) => {
    const current = template.versions.find((version) => version.version === template.currentVersion);
    return current ? [toTemplateView(template, current)] : [];
  });
}

export async function getTemplate(key: unknown): Promise<TTemplateView> {
  const template = await findTemplate(key);
  const current = await db().messageTemplateVersion.findUniqueOrThrow({ where: { templateId_version: { templateId: template.id, version: template.currentVersion } } });
  return toTemplateView(template, current);
}

/** Every version, newest first: who saved what and when. */
export async function listTemplateVersions(key: unknown): Promise<TTemplateVersionView[]> {
  const template = await findTemplate(key);
  const versions = await db().messageTemplateVersion.findMany({ where: { templateId: template.id }, orderBy: { version: "desc" }, take: 200 });
  return versions.map(toTemplateVersionView);
}

export async function deleteTemplate(key: unknown): Promise<void> {
  const template = await findTemplate(key);
  await db().$transaction(async (tx) => {
    await tx.messageTemplate.delete({ where: { id: template.id } });
    await recordAudit(tx, { action: "template.deleted", target: templateTarget(template), before: { name: template.name, description: template.description, event_types: template.eventTypes, version: template.currentVersion } });
  });
  forgetTemplates();
}

export async function findTemplate(key: unknown) {
  const templateKey = parseInput(ZTemplateKey, key);
  const template = await db().messageTemplate.findUnique({ where: { key: templateKey } });
  if (!template) throw new AppError("NOT_FOUND", `No template "${templateKey}"`);
  return template;
}

import { db, Prisma } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { recordAudit } from "@/server/audit/record-audit";
import { forgetTemplates } from "./template-cache";
import { templateSnapshot, templateTarget } from "./template-audit";
import { ZTemplateInput, ZTemplateKey, type TParsedTemplateInput, type TTemplateInput } from "./template-input-schema";
import { assertValidTemplate } from "./validate-template-input";
import { toTemplateView, type TTemplateView } from "./template-view";

/** Creates a template at version 1, after validating every body with sample data. */
export async function createTemplate(options: { input: TTemplateInput | unknown; actor: string }): Promise<TTemplateView> {
  const input = parseInput(ZTemplateInput, options.input);
  await assertValidTemplate(input);
  try {
    const saved = await db().$transaction(async (tx) => {
      const template = await tx.messageTemplate.create({
        data: { key: input.key, name: input.name, description: input.description ?? null, eventTypes: input.event_types, currentVersion: 1 },
      });
      const version = await tx.messageTemplateVersion.create({ data: versionData(template.id, 1, input, options.actor, "created") });
      await recordAudit(tx, { action: "template.created", target: templateTarget(template), after: templateSnapshot(version) });
      return toTemplateView(template, version);
    });
    forgetTemplates();
    return saved;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `A template with key "${input.key}" already exists`, { fieldErrors: { key: ["is already taken"] } });
    }
    throw error;
  }
}

/** Saving creates a new version; earlier ones stay for the history and a one-click restore. */
export async function updateTemplate(options: { key: unknown; input: Omit<TTemplateInput, "key"> | unknown; actor: string; note?: string }): Promise<TTemplateView> {
  const key = parseInput(ZTemplateKey, options.key);
  const input = parseInput(ZTemplateInput, { ...(options.input as object), key });
  await assertValidTemplate(input);
  const saved = await db().$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: number; current_version: number }[]>`select id, current_version from message_templates where key = ${key} for update`;
    if (!locked) throw new AppError("NOT_FOUND", `No template "${key}"`);
    const next = (await tx.messageTemplateVersion.aggregate({ where: { templateId: locked.id }, _max: { version: true } }))._max.version ?? 0;
    const current = await tx.messageTemplateVersion.findUnique({ where: { templateId_version: { templateId: locked.id, version: locked.current_version } } });
    const version = await tx.messageTemplateVersion.create({ data: versionData(locked.id, next + 1, input, options.actor, options.note ?? "saved") });
    const template = await tx.messageTemplate.update({
      where: { id: locked.id },
      data: { name: input.name, description: input.description ?? null, eventTypes: input.event_types, currentVersion: version.version },
    });
    const restored = options.note?.startsWith("restored");
    await recordAudit(tx, { action: restored ? "template.restored" : "template.updated", target: templateTarget(template), before: current ? templateSnapshot(current) : null, after: templateSnapshot(version) });
    return toTemplateView(template, version);
  });
  forgetTemplates();
  return saved;
}

function versionData(templateId: number, version: number, input: TParsedTemplateInput, actor: string, note: string): Prisma.MessageTemplateVersionUncheckedCreateInput {
  return {
    templateId,
    version,
    name: input.name,
    description: input.description ?? null,
    eventTypes: input.event_types,
    bodies: input.bodies as Prisma.InputJsonObject,
    createdBy: actor,
    note,
  };
}

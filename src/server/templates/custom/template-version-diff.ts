import { diffLines } from "diff";
import { db } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { ZTemplateVersionNumber } from "./restore-template-version";
import { findTemplate } from "./template-queries";

export type TDiffLine = { kind: "added" | "removed" | "same"; text: string };
export type TFieldDiff = { field: string; lines: TDiffLine[] };

/** What version N changed against N-1, field by field (bodies.email.html, event_types, …); unchanged fields left out. */
export async function templateVersionDiff(options: { key: unknown; version: unknown }): Promise<{ version: number; previous: number | null; changes: TFieldDiff[] }> {
  const template = await findTemplate(options.key);
  const number = parseInput(ZTemplateVersionNumber, options.version);
  const [current, previous] = await Promise.all([
    db().messageTemplateVersion.findUnique({ where: { templateId_version: { templateId: template.id, version: number } } }),
    db().messageTemplateVersion.findFirst({ where: { templateId: template.id, version: { lt: number } }, orderBy: { version: "desc" } }),
  ]);
  if (!current) throw new AppError("NOT_FOUND", `Template "${template.key}" has no version ${number}`);
  const before = flatten(previous ? { name: previous.name, description: previous.description, event_types: previous.eventTypes.join("\n"), bodies: previous.bodies } : {});
  const after = flatten({ name: current.name, description: current.description, event_types: current.eventTypes.join("\n"), bodies: current.bodies });
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes = fields.flatMap((field): TFieldDiff[] => {
    const [a, b] = [before[field] ?? "", after[field] ?? ""];
    if (a === b) return [];
    const lines = diffLines(a, b).flatMap((part) =>
      part.value
        .replace(/\n$/, "")
        .split("\n")
        .map((text): TDiffLine => ({ kind: part.added ? "added" : part.removed ? "removed" : "same", text })),
    );
    return [{ field, lines }];
  });
  return { version: number, previous: previous?.version ?? null, changes };
}

function flatten(value: unknown, prefix = "", into: Record<string, string> = {}): Record<string, string> {
  if (value === null || value === undefined) return into;
  if (typeof value === "object" && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value)) flatten(item, prefix ? `${prefix}.${key}` : key, into);
  } else into[prefix] = String(value);
  return into;
}

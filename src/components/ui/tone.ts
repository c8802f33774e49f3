/** The five status colours shared by Badge, Alert and Toast. */
export type TTone = "success" | "warning" | "danger" | "info" | "neutral";

export function toneClassName(tone: TTone): string {
  return `tone-${tone}`;
}

export type TRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is TRecord => typeof value === "object" && value !== null && !Array.isArray(value);
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
export const asText = (value: unknown): string => (typeof value === "string" ? value : typeof value === "number" ? String(value) : "");

/** `{type: "plain_text", text}` or `{type: "mrkdwn", text}` of Block Kit, or a bare string. */
export const textOf = (value: unknown): string => (isRecord(value) ? asText(value.text) : asText(value));

import { z } from "zod";

/**
 * REST answers carry Prisma's upper-case enums in lower case. These keep the
 * lower-cased value typed, so a response schema can list the values and the
 * mapper that produces them cannot drift from it.
 */
export function toLowerCase<T extends string>(value: T): Lowercase<T> {
  return value.toLowerCase() as Lowercase<T>;
}

/** `z.enum` of an enum object's values, lower-cased (e.g. Prisma's NotificationStatus → "pending" | "sent" | …). */
export function lowerCaseEnum<T extends string>(values: Record<string, T>) {
  return z.enum(Object.values(values).map(toLowerCase) as [Lowercase<T>, ...Lowercase<T>[]]);
}

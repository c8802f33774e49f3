import type { z } from "zod";

type TSameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
type TDescribes<T, S extends z.ZodType> = [T] extends [z.output<S>] ? TSameKeys<T, z.output<S>> : false;

/**
 * For DTOs whose TypeScript type stays hand-written (it is more precise than
 * JSON Schema can say, e.g. recursive rule matches): fails to compile unless
 * the schema names exactly the DTO's fields and accepts every value of it, so
 * the document cannot drift from what the handler returns.
 */
export function describes<T>() {
  return <S extends z.ZodType>(schema: S, ..._mismatch: TDescribes<T, S> extends true ? [] : ["the response schema does not describe this DTO type"]): S => schema;
}

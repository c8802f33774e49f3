import { z } from "zod";

/**
 * The one place configuration is read. Everything else imports `env` from here,
 * so a missing or malformed variable stops start-up with its name instead of
 * failing later in the middle of a send.
 */
const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || protocols.some((p) => value.startsWith(`${p}://`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(" or ")}`,
    });

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => value === "true" || value === "1");

export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3009),
  /** Public URL of the web UI, used in links inside emails. */
  APP_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters"),
  /** 32 random bytes, base64 (or 64 hex characters): encrypts SMTP passwords, webhook URLs and tokens at rest. */
  NOTIFY_ENCRYPTION_KEY: z
    .string()
    .trim()
    .refine((value) => decodeKey(value) !== null, "must be 32 random bytes, base64-encoded (openssl rand -base64 32) or 64 hex characters"),
  SMTP_URL: optionalUrl(["smtp", "smtps"]),
  SMTP_FROM: z.string().min(3).default("OpsConductor Notify <notify@opsconductor.local>"),
  /** Port of the built-in development mail catcher, used while no SMTP server is configured. */
  MAIL_CATCHER_PORT: z.coerce.number().int().min(1).max(65535).default(1025),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(10),
  NOTIFY_ALLOW_PRIVATE_DESTINATIONS: booleanFlag,
  /** First admin, created on start when the database has no users. */
  ADMIN_EMAIL: z.email("must be a valid email address").default("admin@opsconductor.local"),
  ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").optional(),
});

export type TEnv = z.infer<typeof ZEnv>;

/** The 32-byte key from its base64 or hex form, or null when it is neither. */
export function decodeKey(value: string): Buffer | null {
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  return key.length === 32 ? key : null;
}

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: TEnv | undefined;

/** The validated environment, read once per process. */
export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

export function appUrl(): string {
  const { APP_URL, PORT } = env();
  return (APP_URL ?? `http://localhost:${PORT}`).replace(/\/$/, "");
}

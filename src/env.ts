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
  /** Alternative to SMTP_URL, one field at a time. */
  SMTP_HOST: z.string().trim().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SMTP_USERNAME: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  /** none | starttls (STARTTLS required) | tls (implicit TLS). */
  SMTP_SECURITY: z.enum(["none", "starttls", "tls"]).optional(),
  SMTP_ALLOW_SELF_SIGNED: booleanFlag,
  SMTP_FROM: z.string().min(3).default("OpsConductor Notify <notify@opsconductor.local>"),
  /** Attachment limits, in bytes, per file and per message (after compression). */
  ATTACHMENT_MAX_FILE_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  ATTACHMENT_MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  /**
   * Delays before each retry of a transient failure, comma-separated with units
   * (ms, s, m, h). The default spans about 28 hours, in the spirit of Svix.
   */
  DELIVERY_RETRY_SCHEDULE: z
    .string()
    .default("5s,1m,5m,30m,2h,5h,10h,10h")
    .transform((value, context) => {
      const delays = value.split(",").map((part) => parseDuration(part.trim()));
      if (delays.some((delay) => delay === null)) {
        context.addIssue({ code: "custom", message: 'must be durations like "5s,1m,2h" separated by commas' });
        return z.NEVER;
      }
      return delays as number[];
    }),
  /** A chat/webhook/SMS destination failing without a single success for this long is disabled (the breaker). */
  DESTINATION_DISABLE_AFTER: z
    .string()
    .default("24h")
    .transform((value, context) => {
      const ms = parseDuration(value.trim());
      if (ms === null) {
        context.addIssue({ code: "custom", message: 'must be a duration like "24h" or "90m"' });
        return z.NEVER;
      }
      return ms;
    }),
  /** Time zone for dates in emails when the recipient's own is unknown. */
  DEFAULT_TIME_ZONE: z.string().default("UTC"),
  /** Port of the built-in development mail catcher, used while no SMTP server is configured. */
  MAIL_CATCHER_PORT: z.coerce.number().int().min(1).max(65535).default(1025),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(20),
  NOTIFY_ALLOW_PRIVATE_DESTINATIONS: booleanFlag,
  /** Token of POST /internal/notifications (service-to-service); the route answers 404 while it is unset. */
  NOTIFY_SERVICE_TOKEN: z.string().trim().min(24, "must be at least 24 characters (openssl rand -base64 32)").optional(),
  /** First admin, created on start when the database has no users. */
  ADMIN_EMAIL: z.email("must be a valid email address").default("admin@opsconductor.local"),
  ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").optional(),
});

export type TEnv = z.infer<typeof ZEnv>;

/** Milliseconds in "250ms", "5s", "10m", "2h"; null when malformed. */
export function parseDuration(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text);
  if (!match) return null;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[2] as "ms" | "s" | "m" | "h"];
  return Math.round(Number(match[1]) * unit);
}

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

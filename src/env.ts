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

/** A duration like "10m", in milliseconds. */
function duration(fallback: string) {
  return z
    .string()
    .default(fallback)
    .transform((value, context) => {
      const ms = parseDuration(value.trim());
      if (ms === null || ms <= 0) {
        context.addIssue({ code: "custom", message: 'must be a duration like "90s", "10m" or "1h"' });
        return z.NEVER;
      }
      return ms;
    });
}

/** "30/10m" → at most 30 per 10 minutes; "off" → no limit (null). */
function deliveryBudget(fallback: string) {
  return z
    .string()
    .default(fallback)
    .transform((value, context) => {
      const text = value.trim();
      if (text === "off") return null;
      const [count, per] = text.split("/");
      const limit = Number(count);
      const windowMs = per ? parseDuration(per.trim()) : null;
      if (!Number.isInteger(limit) || limit < 1 || windowMs === null || windowMs <= 0) {
        context.addIssue({ code: "custom", message: 'must be a count per duration like "30/10m", or "off"' });
        return z.NEVER;
      }
      return { limit, windowMs };
    });
}

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
  /** The key being rotated away from: still accepted for reading until `npm run notify -- key:rotate` has re-sealed everything. */
  NOTIFY_ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || decodeKey(value) !== null, "must be the previous NOTIFY_ENCRYPTION_KEY: 32 bytes, base64 or 64 hex characters"),
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
  /**
   * on | off. Unset: on in development, off in production, where email with no
   * SMTP server configured waits instead of landing in a catcher nobody reads.
   */
  MAIL_CATCHER: z
    .enum(["on", "off", "true", "false", "1", "0", ""])
    .optional()
    .transform((value) => (value === undefined || value === "" ? undefined : ["on", "true", "1"].includes(value))),
  /** The catcher refuses bigger messages with SMTP 552. */
  MAIL_CATCHER_MAX_MESSAGE_BYTES: z.coerce.number().int().positive().default(10 * 1024 * 1024),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(20),
  /** Routing batches (up to 1,000 events, some 50 MB of heap each) one worker process routes at once, on its routing thread; the rest wait their turn. */
  WORKER_ROUTING_CONCURRENCY: z.coerce.number().int().min(1).max(20).default(2),
  NOTIFY_ALLOW_PRIVATE_DESTINATIONS: booleanFlag,
  /** The second key production needs before NOTIFY_ALLOW_PRIVATE_DESTINATIONS=true is accepted: "i-understand". */
  NOTIFY_ALLOW_PRIVATE_DESTINATIONS_IN_PRODUCTION: z.string().trim().optional(),
  /** Token of POST /internal/notifications (service-to-service); the route answers 404 while it is unset. */
  NOTIFY_SERVICE_TOKEN: z.string().trim().min(24, "must be at least 24 characters (openssl rand -base64 32)").optional(),
  /** Bearer token Prometheus scrapes GET /metrics with; the route answers 404 while it is unset. */
  METRICS_TOKEN: z.string().trim().min(24, "must be at least 24 characters (openssl rand -base64 32)").optional(),
  /** Rate limits (README "Rate limits"), held in PostgreSQL so they hold across processes. Requests per API key per minute; a batch of N events costs N. */
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** Failed sign-ins per 15 minutes, per account and per client address, before sign-in is refused. */
  SIGN_IN_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  SIGN_IN_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(20),
  /** Reverse proxies in front of the app that append to X-Forwarded-For ("true" = 1). 0: trust no forwarding header. */
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(true|false|\d{0,2})$/, 'must be the number of proxies in front of the app, "true" (one) or "false"')
    .optional()
    .transform((value) => (value === "true" ? 1 : value === "false" || !value ? 0 : Number(value))),
  /** Test sends per 10 minutes: per user or API key, per destination, and test SMS per user or API key. */
  TEST_SENDS_PER_CALLER: z.coerce.number().int().positive().default(10),
  TEST_SENDS_PER_DESTINATION: z.coerce.number().int().positive().default(5),
  TEST_SMS_PER_CALLER: z.coerce.number().int().positive().default(5),
  /** SMTP checks (test connection / test email) per minute: per API key, and in total for every caller together. */
  SMTP_TESTS_PER_MINUTE: z.coerce.number().int().positive().default(10),
  SMTP_TESTS_TOTAL_PER_MINUTE: z.coerce.number().int().positive().default(30),
  /**
   * Noise control (README "Rate limits and floods"): routed notifications a destination receives per window,
   * "N/duration" or "off". The excess is folded into one summary when the window frees, never dropped.
   * Per recipient and channel (RATE_LIMIT_CHAT covers Slack, Teams and webhooks), and per organisation channel.
   */
  RATE_LIMIT_EMAIL: deliveryBudget("30/10m"),
  RATE_LIMIT_SMS: deliveryBudget("10/10m"),
  RATE_LIMIT_CHAT: deliveryBudget("30/10m"),
  RATE_LIMIT_ORG_CHANNEL: deliveryBudget("60/10m"),
  /** More events than this of one group in a minute switch the group to summary mode (one summary per destination per FLOOD_SUMMARY_EVERY). */
  FLOOD_EVENTS_PER_MINUTE: z.coerce.number().int().positive().default(20),
  FLOOD_SUMMARY_EVERY: duration("5m"),
  /** A job whose status changed more than FLAP_CHANGES times within FLAP_WINDOW is flapping: one message, then quiet until it is stable for FLAP_WINDOW. */
  FLAP_CHANGES: z.coerce.number().int().min(2).default(4),
  FLAP_WINDOW: duration("30m"),
  /** How long an emailed invitation link, and a password-reset link, can be used (once). */
  INVITATION_TTL: duration("72h"),
  PASSWORD_RESET_TTL: duration("1h"),
  /** First admin, created on start when the database has no users. */
  ADMIN_EMAIL: z.email("must be a valid email address").default("admin@opsconductor.local"),
  ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").optional(),
}).superRefine(refusePrivateDestinationsInProduction);

export type TEnv = z.infer<typeof ZEnv>;

export const PRIVATE_DESTINATIONS_ACKNOWLEDGEMENT = "i-understand";

/**
 * NOTIFY_ALLOW_PRIVATE_DESTINATIONS turns the SSRF guard off. Copied from a
 * development .env into production it would let any channel owner reach the
 * internal network, so production needs a second, deliberate setting.
 */
function refusePrivateDestinationsInProduction(
  config: { NODE_ENV: string; NOTIFY_ALLOW_PRIVATE_DESTINATIONS: boolean; NOTIFY_ALLOW_PRIVATE_DESTINATIONS_IN_PRODUCTION?: string },
  context: z.RefinementCtx,
): void {
  if (config.NODE_ENV !== "production" || !config.NOTIFY_ALLOW_PRIVATE_DESTINATIONS) return;
  if (config.NOTIFY_ALLOW_PRIVATE_DESTINATIONS_IN_PRODUCTION === PRIVATE_DESTINATIONS_ACKNOWLEDGEMENT) return;
  context.addIssue({
    code: "custom",
    path: ["NOTIFY_ALLOW_PRIVATE_DESTINATIONS"],
    message: `true is refused in production, where it would let webhooks reach loopback and private-network addresses: also set NOTIFY_ALLOW_PRIVATE_DESTINATIONS_IN_PRODUCTION=${PRIVATE_DESTINATIONS_ACKNOWLEDGEMENT} if you really mean it.`,
  });
}

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

import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const base = { DATABASE_URL: "postgres://x@localhost/x", NEXTAUTH_SECRET: "x".repeat(32), NOTIFY_ENCRYPTION_KEY: Buffer.alloc(32).toString("base64") };

describe("[safe defaults] NOTIFY_ALLOW_PRIVATE_DESTINATIONS", () => {
  it("refuses to start in production without the second acknowledgement, saying what to set", () => {
    const start = () => parseEnv({ ...base, NODE_ENV: "production", NOTIFY_ALLOW_PRIVATE_DESTINATIONS: "true" });
    expect(start).toThrow(EnvError);
    expect(start).toThrow(
      "NOTIFY_ALLOW_PRIVATE_DESTINATIONS: true is refused in production, where it would let webhooks reach loopback and private-network addresses: also set NOTIFY_ALLOW_PRIVATE_DESTINATIONS_IN_PRODUCTION=i-understand if you really mean it.",
    );
    expect(() => parseEnv({ ...base, NODE_ENV: "production", NOTIFY_ALLOW_PRIVATE_DESTINATIONS: "1", NOTIFY_ALLOW_PRIVATE_DESTINATIONS_IN_PRODUCTION: "yes" })).toThrow(EnvError);
  });

  it("starts in production with the acknowledgement, and anywhere else without it", () => {
    const acknowledged = parseEnv({ ...base, NODE_ENV: "production", NOTIFY_ALLOW_PRIVATE_DESTINATIONS: "true", NOTIFY_ALLOW_PRIVATE_DESTINATIONS_IN_PRODUCTION: "i-understand" });
    expect(acknowledged.NOTIFY_ALLOW_PRIVATE_DESTINATIONS).toBe(true);
    expect(parseEnv({ ...base, NODE_ENV: "development", NOTIFY_ALLOW_PRIVATE_DESTINATIONS: "true" }).NOTIFY_ALLOW_PRIVATE_DESTINATIONS).toBe(true);
    expect(parseEnv({ ...base, NODE_ENV: "production" }).NOTIFY_ALLOW_PRIVATE_DESTINATIONS).toBe(false);
  });
});

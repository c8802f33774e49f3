import { describe, expect, it } from "vitest";
import { parseEnv } from "@/env";
import { mailCatcherEnabled } from "./mail-catcher-enabled";

const base = { DATABASE_URL: "postgres://x@localhost/x", NEXTAUTH_SECRET: "x".repeat(32), NOTIFY_ENCRYPTION_KEY: Buffer.alloc(32).toString("base64") };
const enabled = (variables: Record<string, string>) => mailCatcherEnabled(parseEnv({ ...base, ...variables }));

describe("[safe defaults] the mail catcher", () => {
  it("is off in production unless MAIL_CATCHER turns it on", () => {
    expect(enabled({ NODE_ENV: "production" })).toBe(false);
    expect(enabled({ NODE_ENV: "production", MAIL_CATCHER: "" })).toBe(false);
    expect(enabled({ NODE_ENV: "production", MAIL_CATCHER: "on" })).toBe(true);
    expect(enabled({ NODE_ENV: "production", MAIL_CATCHER: "true" })).toBe(true);
  });

  it("is on in development and tests unless MAIL_CATCHER turns it off", () => {
    expect(enabled({})).toBe(true);
    expect(enabled({ NODE_ENV: "development" })).toBe(true);
    expect(enabled({ NODE_ENV: "test" })).toBe(true);
    expect(enabled({ NODE_ENV: "development", MAIL_CATCHER: "off" })).toBe(false);
  });

  it("refuses values it does not understand, naming the variable", () => {
    expect(() => enabled({ MAIL_CATCHER: "maybe" })).toThrow(/MAIL_CATCHER/);
  });
});

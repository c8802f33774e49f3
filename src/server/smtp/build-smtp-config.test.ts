import { describe, expect, it } from "vitest";
import { buildSmtpConfig, formatFromAddress, smtpTransportOptions, type TSmtpServer } from "./build-smtp-config";

const server: TSmtpServer = { host: "smtp.example.com", port: 587, security: "starttls", username: "notify@example.com", password: "pw" };

describe("smtpTransportOptions", () => {
  it.each([
    ["starttls", { secure: false, requireTLS: true }],
    ["tls", { secure: true }],
    ["none", { secure: false, ignoreTLS: true }],
    ["auto", { secure: false }],
  ] as const)("maps %s to nodemailer's TLS options", (security, expected) => {
    const options = smtpTransportOptions({ ...server, security });
    expect(options).toMatchObject(expected);
    if (security !== "starttls") expect(options.requireTLS).toBeUndefined();
  });

  it("logs in only with a username, and relaxes certificate checks only when asked", () => {
    expect(smtpTransportOptions(server)).toMatchObject({ auth: { user: "notify@example.com", pass: "pw" }, forceAuth: true });
    expect(smtpTransportOptions({ ...server, username: null }).auth).toBeUndefined();
    expect(smtpTransportOptions(server).tls).toBeUndefined();
    expect(smtpTransportOptions({ ...server, allowSelfSigned: true }).tls).toEqual({ rejectUnauthorized: false });
  });
});

describe("buildSmtpConfig", () => {
  it("describes the server without the password and keys it by every setting", () => {
    const config = buildSmtpConfig({ source: "database", server, from: "a@example.com" });
    expect(config.description).toBe("smtp.example.com:587 (STARTTLS) as notify@example.com");
    expect(JSON.stringify([config.description, config.key])).not.toContain("pw");
    expect(buildSmtpConfig({ source: "database", server, from: "a@example.com" }).key).toBe(config.key);
    expect(buildSmtpConfig({ source: "database", server: { ...server, password: "new" }, from: "a@example.com" }).key).not.toBe(config.key);
    expect(buildSmtpConfig({ source: "database", server, from: "b@example.com" }).key).not.toBe(config.key);
  });
});

describe("formatFromAddress", () => {
  it("quotes display names only when they need it", () => {
    expect(formatFromAddress("n@example.com")).toBe("n@example.com");
    expect(formatFromAddress("n@example.com", "Ops Notify")).toBe("Ops Notify <n@example.com>");
    expect(formatFromAddress("n@example.com", 'Ops, "Night" Shift')).toBe('"Ops, \\"Night\\" Shift" <n@example.com>');
  });
});

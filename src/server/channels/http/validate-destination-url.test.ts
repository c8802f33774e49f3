import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors/app-error";
import { validateDestinationUrl } from "./validate-destination-url";

function refusal(raw: string, allowPrivate = false): AppError {
  try {
    validateDestinationUrl(raw, { allowPrivate });
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("BAD_REQUEST");
    return error as AppError;
  }
  throw new Error(`${raw} was accepted`);
}

describe("validateDestinationUrl", () => {
  it("accepts a public https URL and returns it parsed", () => {
    const url = validateDestinationUrl(" https://hooks.slack.com/services/T0/B0/secret?x=1 ", { allowPrivate: false });
    expect(url.href).toBe("https://hooks.slack.com/services/T0/B0/secret?x=1");
  });

  it.each([
    ["https://127.0.0.1/", "loopback"],
    ["https://0.0.0.0/", "this-network"],
    ["https://0/", "this-network"],
    ["https://2130706433/", "loopback"],
    ["https://0x7f.1/", "loopback"],
    ["https://017700000001/", "loopback"],
    ["https://127.1:8443/", "loopback"],
    ["https://[::1]/", "loopback (::1)"],
    ["https://[::ffff:127.0.0.1]/", "IPv4-mapped loopback"],
    ["https://[::ffff:7f00:1]/", "IPv4-mapped loopback"],
    ["https://10.0.0.1/", "private"],
    ["https://100.64.0.1/", "carrier-grade NAT"],
    ["https://[fc00::1]/", "unique-local"],
    ["https://169.254.169.254/latest/meta-data/", "cloud metadata"],
    ["https://[fd00:ec2::254]/", "cloud metadata"],
    ["https://[64:ff9b::a9fe:a9fe]/", "NAT64 cloud metadata"],
  ])("refuses the literal address %s (%s)", (raw, reason) => {
    expect(refusal(raw).message).toContain(reason);
  });

  it("shows that the URL parser normalises numeric hosts, so the literal check sees 127.0.0.1", () => {
    expect(new URL("https://2130706433/").hostname).toBe("127.0.0.1");
    expect(new URL("https://0x7f.1/").hostname).toBe("127.0.0.1");
    expect(new URL("https://[::ffff:127.0.0.1]/").hostname).toBe("[::ffff:7f00:1]");
  });

  it.each(["https://localhost/", "https://LOCALHOST./", "https://api.localhost:3000/"])("refuses the loopback name %s", (raw) => {
    expect(refusal(raw).message).toContain("loopback name");
  });

  it("refuses http:// and says how to allow it in development", () => {
    expect(refusal("http://hooks.example.com/x").message).toBe(
      "Destination must use https://, not http:// (http:// is allowed only when NOTIFY_ALLOW_PRIVATE_DESTINATIONS=true)",
    );
  });

  it.each(["ftp://example.com/", "file:///etc/passwd", "gopher://example.com/", "javascript:alert(1)"])(
    "refuses the scheme of %s even in development",
    (raw) => {
      expect(refusal(raw, true).message).toMatch(/^Destination must use https:\/\/, not [a-z]+:\/\/$/);
    },
  );

  it("refuses credentials in the URL without echoing them", () => {
    const error = refusal("https://user:hunter2@example.com/hook");
    expect(error.message).toBe("Destination example.com must not carry credentials in the URL (user:password@)");
  });

  it.each(["not a url", "", "https://", "https://exa mple.com/", "//example.com/x"])("refuses the malformed URL %j", (raw) => {
    expect(refusal(raw).message).toBe("Destination is not a valid URL");
  });

  it("with allowPrivate accepts http:// and private addresses", () => {
    expect(validateDestinationUrl("http://127.0.0.1:8080/hook", { allowPrivate: true }).port).toBe("8080");
    expect(validateDestinationUrl("https://[::1]/", { allowPrivate: true }).hostname).toBe("[::1]");
    expect(validateDestinationUrl("http://localhost/", { allowPrivate: true }).hostname).toBe("localhost");
  });

  it("still refuses credentials with allowPrivate", () => {
    expect(refusal("http://a:b@127.0.0.1/", true).message).toContain("credentials");
  });

  it("never puts the path or query into a message", () => {
    expect(refusal("https://10.0.0.1/services/SECRET-TOKEN?sig=SECRET").message).not.toContain("SECRET");
  });
});

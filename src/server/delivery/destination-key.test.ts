import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { adhocDestinationKey, isOrganisationChannelKey, organisationChannelKey, personalChannelKey, personalChannelOwner } from "./destination-key";

describe("destination keys", () => {
  it("name an ad-hoc phone number by a keyed hash, not one anyone can recompute from the number", () => {
    const phone = "+4915112345678";
    const key = adhocDestinationKey("SMS", phone);
    expect(key).toMatch(/^sms:adhoc:[0-9a-f]{32}$/);
    expect(key).toBe(adhocDestinationKey("SMS", phone));
    expect(key).not.toContain(createHash("sha256").update(phone).digest("hex").slice(0, 16));
    expect(adhocDestinationKey("SMS", "+4915112345679")).not.toBe(key);
  });

  it("tell organisation channels and personal channels apart", () => {
    expect(isOrganisationChannelKey(organisationChannelKey("SLACK", 7))).toBe(true);
    expect(isOrganisationChannelKey(personalChannelKey("SLACK", 7))).toBe(false);
    expect(isOrganisationChannelKey(null)).toBe(false);
    expect(personalChannelOwner(personalChannelKey("SMS", 42))).toBe(42);
    expect(personalChannelOwner(organisationChannelKey("SMS", 42))).toBeNull();
  });
});

import { z } from "zod";

/** "+" and 8 to 15 digits, no leading zero: the form Twilio and most gateways require. */
const E164 = /^\+[1-9]\d{7,14}$/;

export function isE164(phone: string): boolean {
  return E164.test(phone);
}

/** Accepts the spacing people paste ("+1 (415) 555-0123") and stores the bare E.164 form. */
export const ZE164PhoneNumber = z
  .string()
  .transform((value) => value.replace(/[\s().-]/g, ""))
  .pipe(z.string().regex(E164, "must be an international number such as +14155550123"));

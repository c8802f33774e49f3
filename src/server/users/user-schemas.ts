import { z } from "zod";
import { API_KEY_SCOPES } from "@/server/auth/api-keys";
import { ZCreateUser } from "@/server/auth/users";
import { Role } from "@/server/db/client";
import { isValidTimeZone } from "@/server/preferences/quiet-hours";

/** The password rules of every user, wherever a password is chosen. */
export const ZNewPassword = ZCreateUser.shape.password;
const ZEmail = ZCreateUser.shape.email;
const ZName = z.string().trim().min(1, "is required").max(200);

export const ZUserId = z.coerce.number().int().positive("must be a user id");
export const ZUserRef = z.object({ id: ZUserId });

/** A link's token as it arrives in the URL. */
export const ZUserToken = z.string().trim().min(1, "is required").max(200);

export const ZInviteUser = z.strictObject({ email: ZEmail, name: ZName.optional(), role: z.enum(Role) });
export type TInviteUser = z.input<typeof ZInviteUser>;

/** Without `password` one is generated and answered once. */
export const ZCreateUserWithTemporaryPassword = z.strictObject({ email: ZEmail, name: ZName.optional(), role: z.enum(Role), password: ZNewPassword.optional() });
export type TCreateUserWithTemporaryPassword = z.input<typeof ZCreateUserWithTemporaryPassword>;

export const ZChangeRole = z.strictObject({ role: z.enum(Role) });

export const ZAcceptInvitation = z.strictObject({ token: ZUserToken, name: ZName, password: ZNewPassword });
export type TAcceptInvitation = z.input<typeof ZAcceptInvitation>;

export const ZRequestPasswordReset = z.strictObject({ email: z.string().trim().max(320) });

export const ZResetPassword = z.strictObject({ token: ZUserToken, password: ZNewPassword });

export const ZChangePassword = z
  .strictObject({ current_password: z.string().min(1, "is required").max(200), new_password: ZNewPassword })
  .refine((input) => input.current_password !== input.new_password, { path: ["new_password"], message: "must differ from the current password" });
export type TChangePassword = z.input<typeof ZChangePassword>;

/** Name on the user, time zone in the notification preferences (where quiet hours and emails read it). */
export const ZUpdateProfile = z.strictObject({
  name: ZName.optional(),
  timezone: z.string().trim().refine(isValidTimeZone, "must be an IANA time zone such as Europe/Berlin or America/New_York").optional(),
});
export type TUpdateProfile = z.input<typeof ZUpdateProfile>;

export const ZCreatePersonalApiKey = z.strictObject({
  name: z.string().trim().min(1, "is required").max(100),
  scopes: z.array(z.enum(API_KEY_SCOPES, `must be one of ${API_KEY_SCOPES.join(", ")}`)).min(1, "needs at least one scope"),
});
export type TCreatePersonalApiKey = z.input<typeof ZCreatePersonalApiKey>;

import { z } from "zod";
import { listUsers } from "@/server/auth/list-users";
import { Role } from "@/server/db/client";
import { acceptInvitation } from "@/server/users/accept-invitation";
import { changeOwnPassword } from "@/server/users/change-own-password";
import { changeUserRole } from "@/server/users/change-user-role";
import { createPersonalApiKey } from "@/server/users/create-personal-api-key";
import { createUserWithTemporaryPassword } from "@/server/users/create-user-with-temporary-password";
import { deactivateUser } from "@/server/users/deactivate-user";
import { describeInvitation, ZInvitationDescription } from "@/server/users/describe-invitation";
import { describePasswordReset, ZPasswordResetDescription } from "@/server/users/describe-password-reset";
import { getAccount, ZAccountView } from "@/server/users/get-account";
import { ZInvitationView } from "@/server/users/invitation-view";
import { inviteUser } from "@/server/users/invite-user";
import { listInvitations } from "@/server/users/list-invitations";
import { listManagedUsers } from "@/server/users/list-managed-users";
import { listPersonalApiKeys } from "@/server/users/list-personal-api-keys";
import { ZPersonalApiKeyView } from "@/server/users/personal-api-key-view";
import { reactivateUser } from "@/server/users/reactivate-user";
import { requestPasswordReset } from "@/server/users/request-password-reset";
import { resetPassword } from "@/server/users/reset-password";
import { revokeInvitation } from "@/server/users/revoke-invitation";
import { revokePersonalApiKey } from "@/server/users/revoke-personal-api-key";
import { sendPasswordReset } from "@/server/users/send-password-reset";
import { ZUserEmailOutcome } from "@/server/users/send-user-email";
import { updateOwnProfile } from "@/server/users/update-own-profile";
import {
  ZAcceptInvitation,
  ZChangePassword,
  ZChangeRole,
  ZCreatePersonalApiKey,
  ZCreateUserWithTemporaryPassword,
  ZInviteUser,
  ZRequestPasswordReset,
  ZResetPassword,
  ZUpdateProfile,
  ZUserRef,
  ZUserToken,
} from "@/server/users/user-schemas";
import { ZUserView } from "@/server/users/user-view";
import { adminProcedure, createTrpcRouter, passwordChangeProcedure, protectedProcedure, publicProcedure } from "../trpc";

/** Who someone is, for pickers and the signed-in user's own menu: no password hash, no timestamps. */
export const ZUserSummary = z.object({ id: z.number(), email: z.string(), name: z.string().nullable(), role: z.enum(Role) });

const ZToken = z.object({ token: ZUserToken });
const ZInviteResult = z.object({ invitation: ZInvitationView, email: ZUserEmailOutcome, accept_url: z.string() });
const ZCreatedUser = z.object({ user: ZUserView, temporary_password: z.string().optional() });
const ZCreatedApiKey = z.object({ id: z.number(), name: z.string(), prefix: z.string(), scopes: z.array(z.string()), secret: z.string() });

export const usersRouter = createTrpcRouter({
  list: adminProcedure.output(z.array(ZUserSummary)).query(() => listUsers()),
  /** The Users page: everyone, deactivated users included, with their status. */
  manage: adminProcedure.output(z.array(ZUserView)).query(() => listManagedUsers()),
  invitations: adminProcedure.output(z.array(ZInvitationView)).query(() => listInvitations()),
  invite: adminProcedure.input(ZInviteUser).output(ZInviteResult).mutation(({ input, ctx }) => inviteUser({ input, invitedBy: `user:${ctx.user.email}` })),
  revokeInvitation: adminProcedure.input(z.object({ id: z.number().int() })).output(ZInvitationView).mutation(({ input }) => revokeInvitation(input.id)),
  create: adminProcedure.input(ZCreateUserWithTemporaryPassword).output(ZCreatedUser).mutation(({ input }) => createUserWithTemporaryPassword(input)),
  changeRole: adminProcedure
    .input(ZUserRef.extend(ZChangeRole.shape))
    .output(ZUserView)
    .mutation(({ input: { id, ...input } }) => changeUserRole({ id, input })),
  deactivate: adminProcedure.input(ZUserRef).output(ZUserView).mutation(({ input, ctx }) => deactivateUser({ id: input.id, actorUserId: ctx.user.id })),
  reactivate: adminProcedure.input(ZUserRef).output(ZUserView).mutation(({ input }) => reactivateUser({ id: input.id })),
  sendPasswordReset: adminProcedure.input(ZUserRef).output(ZUserEmailOutcome).mutation(({ input, ctx }) => sendPasswordReset({ id: input.id, requestedBy: `user:${ctx.user.email}` })),

  /** The signed-in user's own account page. */
  account: protectedProcedure.output(ZAccountView).query(({ ctx }) => getAccount(ctx.user.id)),
  updateProfile: protectedProcedure.input(ZUpdateProfile).output(ZAccountView).mutation(({ input, ctx }) => updateOwnProfile({ user: ctx.user, input })),
  /** Also open with a temporary password: it is how one replaces it. */
  changePassword: passwordChangeProcedure.input(ZChangePassword).output(z.void()).mutation(({ input, ctx }) => changeOwnPassword({ userId: ctx.user.id, input })),
  apiKeys: protectedProcedure.output(z.array(ZPersonalApiKeyView)).query(({ ctx }) => listPersonalApiKeys(ctx.user.id)),
  createApiKey: protectedProcedure.input(ZCreatePersonalApiKey).output(ZCreatedApiKey).mutation(({ input, ctx }) => createPersonalApiKey({ user: ctx.user, input })),
  revokeApiKey: protectedProcedure.input(z.object({ id: z.number().int() })).output(z.void()).mutation(({ input, ctx }) => revokePersonalApiKey({ userId: ctx.user.id, id: input.id })),

  /** Reached from emailed links and the sign-in page, without a session: the token is the credential. */
  describeInvitation: publicProcedure.input(ZToken).output(ZInvitationDescription).query(({ input }) => describeInvitation(input.token)),
  acceptInvitation: publicProcedure.input(ZAcceptInvitation).output(ZUserView).mutation(({ input }) => acceptInvitation(input)),
  /** Answers the same whether or not the address has an account. */
  requestPasswordReset: publicProcedure
    .input(ZRequestPasswordReset)
    .output(z.void())
    .mutation(async ({ input }) => {
      await requestPasswordReset(input);
    }),
  describePasswordReset: publicProcedure.input(ZToken).output(ZPasswordResetDescription).query(({ input }) => describePasswordReset(input.token)),
  resetPassword: publicProcedure.input(ZResetPassword).output(z.object({ email: z.string() })).mutation(({ input }) => resetPassword(input)),
});

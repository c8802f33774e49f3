import { z } from "zod";
import type { TCreatedUser } from "@/server/users/create-user-with-temporary-password";
import { ZInvitationView } from "@/server/users/invitation-view";
import type { TInviteResult } from "@/server/users/invite-user";
import { ZUserEmailOutcome } from "@/server/users/send-user-email";
import { ZChangeRole, ZCreateUserWithTemporaryPassword, ZInviteUser, ZUserId } from "@/server/users/user-schemas";
import { ZUserView } from "@/server/users/user-view";
import type { TApiRoute } from "../api-route";
import { describes } from "../describes";
import { EXAMPLE_TIME } from "../examples";

const tag = "Users";
const admin = { scopes: ["admin"] } as const;
const ZIdParams = z.object({ id: ZUserId });

const ZCreatedUser = describes<TCreatedUser>()(z.object({ user: ZUserView, temporary_password: z.string().optional().meta({ description: "Only when it was generated: shown this once" }) }));
const ZInviteResult = describes<TInviteResult>()(
  z.object({ invitation: ZInvitationView, email: ZUserEmailOutcome, accept_url: z.string().meta({ description: "The link itself, to pass on when the email did not go out; never stored" }) }),
);

const user = { id: 7, email: "dana@example.com", name: "Dana Ops", role: "OPERATOR", status: "active", must_change_password: true, deactivated_at: null, created_at: EXAMPLE_TIME } as const;
const invitation = { id: 4, email: "lee@example.com", name: null, role: "VIEWER", invited_by: "api_key:deploy", status: "pending", expires_at: "2026-12-08T09:30:00.000Z", created_at: EXAMPLE_TIME } as const;
const emailSent = { sent: true, detail: "250 2.0.0 Ok: queued as 4F2A81C0" };

export const userRoutes: TApiRoute[] = [
  {
    method: "get",
    path: "/api/v1/users",
    tag,
    summary: "List users",
    description: "Active users first, then deactivated ones (kept with their history).",
    access: admin,
    response: { status: 200, description: "Every user", body: { schema: z.object({ data: z.array(ZUserView) }), example: { data: [user] } } },
    errors: [429],
  },
  {
    method: "post",
    path: "/api/v1/users",
    tag,
    summary: "Create a user with a temporary password",
    description: "They must change it at first sign-in. Without `password` one is generated and answered once. 409 when the email is taken.",
    access: admin,
    body: { schema: ZCreateUserWithTemporaryPassword, example: { email: "dana@example.com", name: "Dana Ops", role: "OPERATOR" } },
    response: { status: 201, description: "The created user", body: { schema: ZCreatedUser, example: { user, temporary_password: "quiet-harbor-71-lantern" } } },
    errors: [400, 409, 429],
  },
  {
    method: "patch",
    path: "/api/v1/users/{id}",
    tag,
    summary: "Change a user's role",
    description: "409 for the last active admin.",
    access: admin,
    params: { path: ZIdParams },
    body: { schema: ZChangeRole, example: { role: "ADMIN" } },
    response: { status: 200, description: "The user", body: { schema: ZUserView, example: { ...user, role: "ADMIN" } } },
    errors: [400, 404, 409, 429],
  },
  {
    method: "post",
    path: "/api/v1/users/{id}/deactivate",
    tag,
    summary: "Deactivate a user",
    description: "Their sessions and personal API keys stop working at once; the row and its history stay. 409 for the last active admin.",
    access: admin,
    params: { path: ZIdParams },
    response: { status: 200, description: "The user", body: { schema: ZUserView, example: { ...user, status: "deactivated", deactivated_at: EXAMPLE_TIME } } },
    errors: [400, 404, 409, 429],
  },
  {
    method: "post",
    path: "/api/v1/users/{id}/reactivate",
    tag,
    summary: "Reactivate a user",
    access: admin,
    params: { path: ZIdParams },
    response: { status: 200, description: "The user", body: { schema: ZUserView, example: user } },
    errors: [400, 404, 429],
  },
  {
    method: "post",
    path: "/api/v1/users/{id}/password-reset",
    tag,
    summary: "Email a user a password reset link",
    description: "Answers whether the SMTP server took the email.",
    access: admin,
    params: { path: ZIdParams },
    response: { status: 200, description: "What the SMTP server said", body: { schema: ZUserEmailOutcome, example: emailSent } },
    errors: [400, 404, 409, 429],
  },
  {
    method: "get",
    path: "/api/v1/users/invitations",
    tag,
    summary: "List open invitations",
    access: admin,
    response: { status: 200, description: "Invitations not accepted or revoked", body: { schema: z.object({ data: z.array(ZInvitationView) }), example: { data: [invitation] } } },
    errors: [429],
  },
  {
    method: "post",
    path: "/api/v1/users/invitations",
    tag,
    summary: "Invite a user by email",
    description: "Emails a link that works once and expires; answers it with whether the SMTP server took the email.",
    access: admin,
    body: { schema: ZInviteUser, example: { email: "lee@example.com", role: "VIEWER" } },
    response: {
      status: 201,
      description: "The invitation",
      body: { schema: ZInviteResult, example: { invitation, email: emailSent, accept_url: "http://localhost:3009/invitations/accept?token=q3v…" } },
    },
    errors: [400, 409, 429],
  },
  {
    method: "delete",
    path: "/api/v1/users/invitations/{id}",
    tag,
    summary: "Revoke an invitation",
    description: "Its link stops working.",
    access: admin,
    params: { path: ZIdParams },
    response: { status: 200, description: "The revoked invitation", body: { schema: ZInvitationView, example: { ...invitation, status: "revoked" } } },
    errors: [400, 404, 409, 429],
  },
];

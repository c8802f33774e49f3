// The API layer runs on the server only: a client component importing it fails the build.
import "server-only";
import { randomUUID } from "node:crypto";
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Role } from "@/server/db/client";
import { getSessionUser } from "@/server/auth/session-user";
import { hasRole, type TSessionUser } from "@/server/auth/roles";
import { clientAddressOf, withAuditContext } from "@/server/audit/audit-context";
import { AppError, zodFieldErrors, type TAppErrorCode } from "@/server/errors/app-error";
import { findNulCharacter } from "@/server/http/find-nul-character";

export type TTrpcContext = { user: TSessionUser | null; clientAddress?: string | null };

export async function createTrpcContext(options?: { req?: Request }): Promise<TTrpcContext> {
  return { user: await getSessionUser(), clientAddress: options?.req ? clientAddressOf(options.req.headers) : null };
}

const TRPC_CODE: Record<TAppErrorCode, TRPCError["code"]> = {
  BAD_REQUEST: "BAD_REQUEST",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNPROCESSABLE: "UNPROCESSABLE_CONTENT",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL: "INTERNAL_SERVER_ERROR",
};

const t = initTRPC.context<TTrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const fieldErrors =
      error.cause instanceof AppError ? error.cause.fieldErrors : error.cause instanceof ZodError ? zodFieldErrors(error.cause) : undefined;
    if (error.code === "INTERNAL_SERVER_ERROR" && !(error.cause instanceof AppError)) {
      // The details stay in the server's log; the browser gets an id to quote, never a stack or SQL.
      const requestId = randomUUID();
      console.error(`[trpc] unexpected error (request ${requestId}):`, error.cause ?? error);
      return { ...shape, message: `Internal error; it was logged as request ${requestId}`, data: { ...shape.data, stack: undefined, fieldErrors: null, requestId } };
    }
    return { ...shape, data: { ...shape.data, stack: undefined, fieldErrors: fieldErrors ?? null } };
  },
});

/** Domain code throws AppError; callers get the matching tRPC code and message. A NUL character in any input string is a 400. */
const mapAppErrors = t.middleware(async ({ next, getRawInput }) => {
  const path = findNulCharacter(await getRawInput());
  if (path) throw new TRPCError({ code: "BAD_REQUEST", message: `${path}: must not contain the NUL character (\\u0000)`, cause: new AppError("BAD_REQUEST", "NUL character", { fieldErrors: { [path]: ["must not contain the NUL character"] } }) });
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: TRPC_CODE[cause.code], message: cause.message, cause });
  }
  return result;
});

export const createTrpcRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** No sign-in needed: only for what an emailed link or the sign-in page must reach (invitations, password resets). */
export const publicProcedure = t.procedure.use(mapAppErrors);

function requireRole(role: Role, { whilePasswordMustChange = false } = {}) {
  return publicProcedure.use(({ ctx, next }) => {
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
    if (ctx.user.mustChangePassword && !whilePasswordMustChange) throw new TRPCError({ code: "FORBIDDEN", message: "Change your temporary password first" });
    if (!hasRole(ctx.user.role, role)) throw new TRPCError({ code: "FORBIDDEN", message: `Requires the ${role} role` });
    const { user } = ctx;
    // Whatever the procedure changes is audited as this user, from this address.
    return withAuditContext({ actor: { type: "user", id: user.id, label: user.email }, clientAddress: ctx.clientAddress ?? null }, () => next({ ctx: { user } }));
  });
}

/** Any signed-in user, viewers included: read-only procedures. */
export const protectedProcedure = requireRole("VIEWER");
/** Operators and admins: procedures that change something. */
export const operatorProcedure = requireRole("OPERATOR");
export const adminProcedure = requireRole("ADMIN");
/** Signed in, also with a temporary password still to change: the change-password page's procedures only. */
export const passwordChangeProcedure = requireRole("VIEWER", { whilePasswordMustChange: true });

import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";
import type { Role } from "@/server/db/client";
import { getSessionUser } from "@/server/auth/session-user";
import { hasRole, type TSessionUser } from "@/server/auth/roles";
import { AppError, zodFieldErrors, type TAppErrorCode } from "@/server/errors/app-error";

export async function createTrpcContext(): Promise<{ user: TSessionUser | null }> {
  return { user: await getSessionUser() };
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

const t = initTRPC.context<typeof createTrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const fieldErrors =
      error.cause instanceof AppError ? error.cause.fieldErrors : error.cause instanceof ZodError ? zodFieldErrors(error.cause) : undefined;
    return { ...shape, data: { ...shape.data, stack: undefined, fieldErrors: fieldErrors ?? null } };
  },
});

/** Domain code throws AppError; callers get the matching tRPC code and message. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof AppError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: TRPC_CODE[cause.code], message: cause.message, cause });
  }
  return result;
});

export const createTrpcRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const publicProcedure = t.procedure.use(mapAppErrors);

function requireRole(role: Role) {
  return publicProcedure.use(({ ctx, next }) => {
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in first" });
    if (!hasRole(ctx.user.role, role)) throw new TRPCError({ code: "FORBIDDEN", message: `Requires the ${role} role` });
    return next({ ctx: { user: ctx.user } });
  });
}

/** Any signed-in user, viewers included: read-only procedures. */
export const protectedProcedure = requireRole("VIEWER");
/** Operators and admins: procedures that change something. */
export const operatorProcedure = requireRole("OPERATOR");
export const adminProcedure = requireRole("ADMIN");

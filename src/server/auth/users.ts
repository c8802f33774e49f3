import { z } from "zod";
import { db, Prisma, Role } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { beginSignInAttempt } from "@/server/rate-limits/sign-in-limits";
import { hashPassword, verifyPassword } from "./password";
import type { TSessionUser } from "./roles";

export const ZCreateUser = z.object({
  email: z.email("must be a valid email address").transform((email) => email.toLowerCase()),
  name: z.string().trim().max(200).optional(),
  role: z.enum(Role),
  password: z.string().min(10, "must be at least 10 characters").max(200),
});
export type TCreateUser = z.input<typeof ZCreateUser>;

export async function createUser(input: TCreateUser): Promise<TSessionUser> {
  const { email, name, role, password } = parseInput(ZCreateUser, input);
  try {
    return await db().user.create({
      data: { email, name: name ?? null, role, passwordHash: await hashPassword(password) },
      select: { id: true, email: true, name: true, role: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `A user with email ${email} already exists`, { fieldErrors: { email: ["is already taken"] } });
    }
    throw error;
  }
}

/**
 * The user for an email/password pair, or null. Takes the same time for unknown emails.
 * A deactivated account is refused with a FORBIDDEN AppError, but only to someone who knows its password.
 */
export async function verifyCredentials(email: string, password: string): Promise<TSessionUser | null> {
  const user = await db().user.findUnique({ where: { email: email.trim().toLowerCase() } });
  // Hash anyway when the user is unknown so response time doesn't reveal which emails exist.
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) return null;
  if (user.deactivatedAt) throw new AppError("FORBIDDEN", "This account is deactivated: ask an admin to reactivate it.");
  return { id: user.id, email: user.email, name: user.name, role: user.role, mustChangePassword: user.mustChangePassword };
}

/**
 * Sign-in with email and password under the brute-force limits (per account
 * and per client address, see sign-in-limits.ts): the user, null for a wrong
 * pair, or a RateLimitError / SERVICE_UNAVAILABLE AppError to show as it is.
 */
export async function signInWithPassword(options: { email: string; password: string; address: string }): Promise<TSessionUser | null> {
  const attempt = await beginSignInAttempt({ email: options.email, address: options.address });
  let user: TSessionUser | null;
  try {
    user = await verifyCredentials(options.email, options.password);
  } catch (error) {
    await attempt.abandoned();
    throw error;
  }
  if (user) await attempt.succeeded();
  return user;
}

const DUMMY_HASH = "scrypt$131072$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export function countUsers(): Promise<number> {
  return db().user.count();
}

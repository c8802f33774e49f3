import { randomBytes } from "node:crypto";
import { recordAudit } from "@/server/audit/record-audit";
import { hashPassword } from "@/server/auth/password";
import { db, Prisma } from "@/server/db/client";
import { AppError, parseInput } from "@/server/errors/app-error";
import { USER_VIEW_COLUMNS, toUserView, userSnapshot, type TUserView } from "./user-view";
import { ZCreateUserWithTemporaryPassword, type TCreateUserWithTemporaryPassword } from "./user-schemas";

export type TCreatedUser = { user: TUserView; /** Only when it was generated: shown this once. */ temporary_password?: string };

/**
 * Creates an account with a temporary password (the admin's, or a generated
 * one) that its owner must change at first sign-in: until then every page
 * leads to the change-password page and every procedure refuses.
 */
export async function createUserWithTemporaryPassword(input: TCreateUserWithTemporaryPassword | unknown): Promise<TCreatedUser> {
  const { email, name, role, password } = parseInput(ZCreateUserWithTemporaryPassword, input);
  const temporary = password ?? randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(temporary);
  try {
    const user = await db().$transaction(async (tx) => {
      const created = await tx.user.create({ data: { email, name: name ?? null, role, passwordHash, mustChangePassword: true }, select: USER_VIEW_COLUMNS });
      await recordAudit(tx, { action: "user.created", target: { type: "user", id: created.id, label: email }, after: { ...userSnapshot(created), password: "temporary" }, secrets: ["password"] });
      return created;
    });
    return { user: toUserView(user), ...(password ? {} : { temporary_password: temporary }) };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `A user with email ${email} already exists`, { fieldErrors: { email: ["is already taken"] } });
    }
    throw error;
  }
}

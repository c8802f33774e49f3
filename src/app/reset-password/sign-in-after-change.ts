"use client";

import { signIn } from "next-auth/react";

/**
 * Signs in with the password just chosen: accepting an invitation, a reset
 * or a password change ends every older session, this browser's included.
 * False when it did not work (the caller then sends the user to sign in).
 */
export async function signInAfterChange(email: string, password: string): Promise<boolean> {
  try {
    const result = await signIn("credentials", { email, password, redirect: false });
    return Boolean(result?.ok && !result.error);
  } catch {
    return false;
  }
}

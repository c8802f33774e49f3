import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { appUrl, env } from "@/env";
import { AppError } from "@/server/errors/app-error";
import { clientAddress } from "@/server/rate-limits/client-address";
import { signInWithPassword } from "./users";

/**
 * next-auth configuration: email + password against `users`, JWT sessions.
 * A function rather than a constant so `next build` can import the route
 * without the runtime secret being present.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    // Served over https, the session and CSRF cookies must never travel over plain http
    // (next-auth would otherwise decide from NEXTAUTH_URL alone, which may be unset or http).
    useSecureCookies: appUrl().startsWith("https://") ? true : undefined,
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          if (!credentials?.email || !credentials.password) return null;
          const address = clientAddress(request.headers ?? {}, env().TRUST_PROXY);
          try {
            const user = await signInWithPassword({ email: credentials.email, password: credentials.password, address });
            return user ? { id: String(user.id), email: user.email, name: user.name } : null;
          } catch (error) {
            // next-auth hands a thrown error's message to the form (`error` of signIn()), so only
            // our own refusals may pass; anything else stays in the log.
            if (error instanceof AppError && (error.code === "TOO_MANY_REQUESTS" || error.code === "SERVICE_UNAVAILABLE" || error.code === "FORBIDDEN")) throw error;
            console.error("[auth] sign-in failed unexpectedly:", error);
            throw new Error("Sign-in is not available right now; try again in a minute.");
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // signedInAt lets a password change end every session older than it (session-user.ts).
        if (user) {
          token.uid = Number(user.id);
          token.signedInAt = Date.now();
        }
        return token;
      },
    },
  };
}

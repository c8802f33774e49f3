import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/auth-options";

// Built per request: the options read the validated env, which `next build` must not need.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };

import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// The options are built per request so that the environment is read at run time, not at build.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(request as never, context as never, authOptions());
}

export { handler as GET, handler as POST };

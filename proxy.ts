import { type NextRequest, NextResponse } from "next/server";

import { RETURN_PATH_HEADER } from "@/lib/auth/return-path";

// Passes the requested path to server components, so that a signed-out visitor is sent to
// sign-in and brought back to the very page they asked for.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(RETURN_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api|_next|favicon.ico).*)"] };

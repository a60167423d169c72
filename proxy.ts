import { type NextRequest, NextResponse } from "next/server";
import { RETURN_PATH_HEADER } from "@/lib/auth/return-path";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";

// For every page: a content security policy with a fresh nonce (Next adds it to its own
// scripts, so an injected script without it never runs), and the requested path, so that a
// signed-out visitor is sent to sign-in and brought back to the very page they asked for.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const headers = new Headers(request.headers);
  headers.set(RETURN_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = { matcher: ["/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)"] };

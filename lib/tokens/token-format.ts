import { createHash, randomBytes } from "node:crypto";

/** Personal API tokens look like "apx_<43 characters>"; only their SHA-256 is stored. */
export const TOKEN_PREFIX = "apx_";

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

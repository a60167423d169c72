import { inject } from "vitest";

// The app's modules read their configuration from the environment, as in production.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-not-for-production";

// Archives are written to a folder of the test run's own; uploads are held to a small limit so
// that the over-the-limit refusal can be tested.
process.env.ARCHIVE_DIR ??= `${(await import("node:os")).tmpdir()}/apparatus-test-archives-${process.pid}`;
process.env.ARCHIVE_MAX_BYTES ??= String(8 * 1024 * 1024);

import { inject } from "vitest";

// The app's modules read their configuration from the environment, as in production.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-not-for-production";

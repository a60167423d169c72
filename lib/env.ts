import path from "node:path";
import { z } from "zod";

// The server's environment, read once and validated. Scripts (npm start, tests) fill in local
// defaults before the server starts; a deployment sets them (README, docker-compose.yml).
const envSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (a PostgreSQL connection string)"),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters"),
  NEXTAUTH_URL: z.url().optional(),
  /** "false" closes self-service sign-up. */
  SIGNUP_OPEN: z.enum(["true", "false"]).default("true"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
      throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** The CSL styles and locales that come with the repository, so that any machine formats Chicago. */
export const BUNDLED_CSL_DIR = path.join(
  /* turbopackIgnore: true */ process.cwd(),
  "lib",
  "citations",
  "csl",
);

/** Where Debian's citation-style-language-styles and -locales packages put their files. */
export const DEFAULT_CSL_DIR = "/usr/share/citation-style-language";

/**
 * The folder of CSL styles (styles/, styles/dependent/) and locales (locales/): CSL_DIR, else
 * Debian's. Read on its own, not through env(), because the citation workers and the benchmark
 * run without the server's secrets.
 */
export function cslDirectory(): string {
  return z.string().trim().min(1).catch(DEFAULT_CSL_DIR).parse(process.env.CSL_DIR);
}

/** Read on every call (not cached), so that an administrator's change applies without a rebuild. */
export function isSignUpOpen(): boolean {
  return process.env.SIGNUP_OPEN !== "false";
}

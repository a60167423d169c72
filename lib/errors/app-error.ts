import { ZodError, z } from "zod";

/** The fixed list of error codes the app and the API answer with, and their HTTP statuses. */
export const ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  /** Machine-readable context, e.g. the current state of an item after a conflicting edit. */
  readonly details?: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    fieldErrors?: FieldErrors,
    details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.details = details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toJSON() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {}),
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

/** Zod issues as { "field.path": ["message"] }, with "_" for the input as a whole. */
export function fieldErrorsOf(error: ZodError): FieldErrors {
  const result: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    result[key] ??= [];
    result[key].push(issue.message);
  }
  return result;
}

export function invalidInput(error: ZodError, what = "input"): AppError {
  const fieldErrors = fieldErrorsOf(error);
  const summary = Object.entries(fieldErrors)
    .map(([field, messages]) => (field === "_" ? messages[0] : `${field}: ${messages[0]}`))
    .slice(0, 3)
    .join("; ");
  return new AppError("INVALID_INPUT", `Invalid ${what}: ${summary}`, fieldErrors);
}

const prismaKnownError = z.object({ code: z.string(), meta: z.unknown().optional() });

/** Maps anything thrown to an AppError: Prisma's unique violation becomes CONFLICT, and so on. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return invalidInput(error);
  const prismaError = prismaKnownError.safeParse(error);
  if (prismaError.success && error instanceof Error && error.name.startsWith("PrismaClient")) {
    switch (prismaError.data.code) {
      case "P2002":
        return new AppError("CONFLICT", "An item with the same unique values already exists.");
      case "P2025":
        return new AppError("NOT_FOUND", "The item was not found, or it was changed or deleted meanwhile.");
      case "P2003":
        return new AppError("INVALID_INPUT", "A referenced item does not exist.");
    }
  }
  return new AppError("INTERNAL", "Something went wrong on our side. Nothing was changed.");
}

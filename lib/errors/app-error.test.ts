import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, toAppError } from "./app-error";

describe("toAppError", () => {
  it("turns a zod error into INVALID_INPUT with the field's message", () => {
    const result = z.object({ title: z.string().min(1, "Give the source a title") }).safeParse({ title: "" });
    const error = toAppError(result.error);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.status).toBe(400);
    expect(error.toJSON()).toEqual({
      error: {
        code: "INVALID_INPUT",
        message: "Invalid input: title: Give the source a title",
        fieldErrors: { title: ["Give the source a title"] },
      },
    });
  });

  it("turns Prisma's unique violation into CONFLICT", () => {
    const prismaError = Object.assign(new Error("Unique constraint failed"), {
      name: "PrismaClientKnownRequestError",
      code: "P2002",
    });
    expect(toAppError(prismaError).code).toBe("CONFLICT");
  });

  it("hides the details of an unexpected error", () => {
    const error = toAppError(new Error("connection string postgres://secret"));
    expect(error.code).toBe("INTERNAL");
    expect(error.message).not.toContain("secret");
  });

  it("keeps an AppError as it is", () => {
    const original = new AppError("FORBIDDEN", "No.");
    expect(toAppError(original)).toBe(original);
  });
});

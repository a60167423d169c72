import { describe, expect, it } from "vitest";
import { pageQuerySchema } from "./page-query";

describe("pageQuerySchema", () => {
  it("defaults the limit and coerces it from the query string", () => {
    expect(pageQuerySchema.parse({})).toEqual({ limit: 25 });
    expect(pageQuerySchema.parse({ limit: "10" })).toEqual({ limit: 10 });
  });

  it("names the problem with a bad limit", () => {
    expect(pageQuerySchema.safeParse({ limit: "0" }).error?.issues[0]?.message).toBe(
      "limit must be at least 1",
    );
    expect(pageQuerySchema.safeParse({ limit: "x" }).error?.issues[0]?.message).toBe(
      "limit must be a number",
    );
  });
});

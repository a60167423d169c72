import "server-only";
import { type ZodType, z } from "zod";
import { authenticateRequest } from "@/lib/auth/session";
import type { AuthUser } from "@/lib/auth/types";
import { AppError, invalidInput, toAppError } from "@/lib/errors/app-error";

// Next passes no params at all to a route without dynamic segments.
type RouteContext = { params?: Promise<Record<string, string | string[]>> };

interface HandlerInput<P, Q> {
  request: Request;
  user: AuthUser;
  params: P;
  query: Q;
}

export function errorResponse(error: AppError): Response {
  return Response.json(error.toJSON(), { status: error.status });
}

/**
 * Every JSON API handler goes through here: authenticate, parse the path and query with their
 * zod schemas, run the handler, and map any error to { error: { code, message, fieldErrors } }.
 * The handler checks the project role itself (through requireProjectAccess), because only it
 * knows which project the request is about.
 */
export function apiRoute<P = Record<string, never>, Q = Record<string, never>>(
  spec: { params?: ZodType<P>; query?: ZodType<Q> },
  handler: (input: HandlerInput<P, Q>) => Promise<unknown>,
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const user = await authenticateRequest(request);
      if (!user) throw new AppError("UNAUTHENTICATED", "Sign in, or send a valid session cookie.");
      const params = parse((spec.params ?? z.object({})) as ZodType<P>, (await context.params) ?? {}, "path");
      const searchParams = Object.fromEntries(new URL(request.url).searchParams);
      const query = parse((spec.query ?? z.object({})) as ZodType<Q>, searchParams, "query parameters");
      const result = await handler({ request, user, params, query });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "INTERNAL") console.error(error);
      return errorResponse(appError);
    }
  };
}

function parse<T>(schema: ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(result.error, what);
  return result.data;
}

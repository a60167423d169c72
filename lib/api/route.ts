import "server-only";
import { type ZodType, z } from "zod";
import { authenticateRequest } from "@/lib/auth/session";
import type { AuthUser } from "@/lib/auth/types";
import { env } from "@/lib/env";
import { AppError, invalidInput, toAppError } from "@/lib/errors/app-error";
import { accessScopeOf, withPrefetchedScope } from "@/lib/projects/request-scope";
import { assertStorableText } from "@/lib/validation/storable-text";
import type { Endpoint } from "./endpoints";

// Next passes no params at all to a route without dynamic segments.
type RouteContext = { params?: Promise<Record<string, string | string[]>> };

/** Request bodies larger than this are refused before parsing (imports have their own limit). */
export const MAX_JSON_BODY_BYTES = 1_000_000;

export interface HandlerInput<P, Q, B> {
  request: Request;
  user: AuthUser;
  params: P;
  query: Q;
  body: B;
}

export function errorResponse(error: AppError): Response {
  return Response.json(error.toJSON(), { status: error.status });
}

export function created(data: unknown): Response {
  return Response.json({ data }, { status: 201 });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A browser sends Origin with every cross-site write; a cookie-authenticated write is accepted
 * only from the app's own origin, so another site cannot act with a member's session (CSRF).
 */
function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  const allowed = new Set([new URL(request.url).origin]);
  const publicUrl = env().NEXTAUTH_URL;
  if (publicUrl) allowed.add(new URL(publicUrl).origin);
  const sameSite = origin ? allowed.has(origin) : request.headers.get("sec-fetch-site") === "same-origin";
  if (!sameSite) {
    throw new AppError(
      "FORBIDDEN",
      "Cross-site request refused: send writes from the app itself, or authenticate with an API token.",
    );
  }
}

async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      `Send the body as application/json (got ${type || "no content type"}).`,
    );
  }
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_JSON_BODY_BYTES) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BODY_BYTES) throw tooLarge();
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "unreadable";
    throw new AppError("INVALID_INPUT", `The body is not valid JSON: ${reason}.`);
  }
}

function tooLarge() {
  return new AppError("PAYLOAD_TOO_LARGE", `The body is larger than ${MAX_JSON_BODY_BYTES / 1_000_000} MB.`);
}

type Output<S> = S extends ZodType<infer T> ? T : Record<string, never>;

/**
 * Every JSON API handler goes through here: authenticate (API token or session cookie, with a
 * same-origin check for cookie writes), parse path, query and body with the endpoint's zod
 * schemas, run the handler, answer in the endpoint's success shape, and map any error to
 * { error: { code, message, fieldErrors } }. The handler checks the project role itself
 * (requireProjectAccess), because only it knows which project is meant.
 */
export function apiRoute<E extends Endpoint>(
  endpoint: E,
  handler: (
    input: HandlerInput<
      Output<E["params"]>,
      Output<E["query"]>,
      E["body"] extends ZodType<infer B> ? B : undefined
    >,
  ) => Promise<unknown>,
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const rawParams = (await context.params) ?? {};
      const url = new URL(request.url);
      const searchParams = Object.fromEntries(url.searchParams);
      // Before the address reaches any query (the scope below reads the project it names).
      assertStorableText(rawParams, "path");
      assertStorableText(searchParams, "query parameters");
      // The project or item the address names, if any: read with the user, with their role.
      const scope = accessScopeOf(rawParams, url.searchParams);
      const auth = endpoint.public ? null : await authenticateRequest(request, scope);
      if (!auth && !endpoint.public) {
        throw new AppError(
          "UNAUTHENTICATED",
          "Sign in, or send a valid API token (Authorization: Bearer …).",
        );
      }
      if (auth?.via === "cookie" && !SAFE_METHODS.has(request.method)) assertSameOrigin(request);
      const params = parse(endpoint.params ?? z.object({}), rawParams, "path");
      const query = parse(endpoint.query ?? z.object({}), searchParams, "query parameters");
      const body = endpoint.body ? parse(endpoint.body, await readJsonBody(request), "body") : undefined;
      const run = () => handler({ request, user: auth?.user, params, query, body } as never);
      const result =
        auth && scope
          ? await withPrefetchedScope({ userId: auth.user.id, scope, read: auth.scope }, run)
          : await run();
      if (result instanceof Response) return result;
      switch (endpoint.success) {
        case "none":
          return noContent();
        case "created":
          return created(result);
        case "page":
          return Response.json(result);
        default:
          return Response.json({ data: result });
      }
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "INTERNAL") console.error(error);
      return errorResponse(appError);
    }
  };
}

function parse<T>(schema: ZodType<T>, input: unknown, what: string): T {
  assertStorableText(input, what);
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(result.error, what);
  return result.data;
}

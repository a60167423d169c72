/// <reference types="vite/client" />
import type { Endpoint } from "@/lib/api/endpoints";
import type { RouteHandler } from "./factories";

// Every route module under app/api/v1, found from the file system, so that a new route is
// covered by the tests that walk them, keyed by its OpenAPI path ("/claims/{claimId}").
const modules = import.meta.glob<Record<string, RouteHandler>>("../../app/api/v1/**/route.ts", {
  eager: true,
});

export const apiRoutes = new Map(
  Object.entries(modules).map(([file, module]) => [
    file
      .replace(/^.*app\/api\/v1/, "")
      .replace(/\/route\.ts$/, "")
      .replace(/\[([^\]]+)\]/g, "{$1}") || "/",
    module,
  ]),
);

export function handlerOf(endpoint: Endpoint): RouteHandler {
  const handler = apiRoutes.get(endpoint.path)?.[endpoint.method];
  if (!handler) throw new Error(`No ${endpoint.method} handler at app/api/v1${endpoint.path}`);
  return handler;
}

import { buildOpenApiDocument } from "@/lib/api/openapi";

// Public: the document describes the API, not anyone's data. It changes only with the code, so
// it is built once per server, not per request (zod's JSON Schema conversion is the slow part).
let document: string | undefined;

export function GET() {
  document ??= JSON.stringify(buildOpenApiDocument());
  return new Response(document, { headers: { "content-type": "application/json" } });
}

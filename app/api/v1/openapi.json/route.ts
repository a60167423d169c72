import { buildOpenApiDocument } from "@/lib/api/openapi";

// Public: the document describes the API, not anyone's data.
export function GET() {
  return Response.json(buildOpenApiDocument());
}

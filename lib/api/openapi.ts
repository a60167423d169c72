import { z } from "zod";
import { type Endpoint, endpoints } from "./endpoints";

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: {
          type: "string",
          enum: [
            "INVALID_INPUT",
            "UNAUTHENTICATED",
            "FORBIDDEN",
            "NOT_FOUND",
            "CONFLICT",
            "PAYLOAD_TOO_LARGE",
            "UNSUPPORTED_MEDIA_TYPE",
            "RATE_LIMITED",
            "INTERNAL",
          ],
        },
        message: { type: "string" },
        fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
        details: { type: "object" },
      },
    },
  },
};

function jsonSchema(schema: z.ZodType) {
  // Input shapes: what a client sends (before transforms such as "February 1938" → EDTF).
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return rest;
}

function parameters(endpoint: Endpoint) {
  const result: Record<string, unknown>[] = [];
  for (const [location, schema] of [
    ["path", endpoint.params],
    ["query", endpoint.query],
  ] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      result.push({
        name,
        in: location,
        required: location === "path" || (object.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  if (endpoint.conditional) {
    result.push({
      name: "If-None-Match",
      in: "header",
      required: false,
      description: "The ETag of the copy the client has: 304 and no body while it is current",
      schema: { type: "string" },
    });
  }
  return result;
}

function responses(endpoint: Endpoint) {
  const error = (description: string) => ({
    description,
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  });
  const success =
    endpoint.success === "none"
      ? { "204": { description: "Done" } }
      : {
          [endpoint.success === "created" ? "201" : "200"]: {
            description:
              endpoint.success === "page"
                ? "A page of results; pass nextCursor as cursor for the next"
                : "The item",
            content: {
              "application/json": {
                schema:
                  endpoint.success === "page"
                    ? {
                        type: "object",
                        properties: {
                          data: { type: "array", items: { type: "object" } },
                          nextCursor: { type: ["string", "null"] },
                        },
                      }
                    : { type: "object", properties: { data: { type: "object" } } },
              },
            },
          },
        };
  const file = endpoint.produces
    ? {
        "200": {
          description: "The file (Content-Disposition: attachment)",
          content: Object.fromEntries(
            endpoint.produces.map((type) => [type, { schema: { type: "string" } }]),
          ),
        },
        "202": {
          description:
            "A long export, run as a job: follow data.job.statusUrl (also in Location), then fetch fileUrl",
          content: {
            "application/json": { schema: { type: "object", properties: { data: { type: "object" } } } },
          },
        },
      }
    : {};
  const conditional = endpoint.conditional
    ? {
        "304": {
          description: "Not modified: the copy whose ETag was sent in If-None-Match is current",
          headers: { ETag: { schema: { type: "string" } } },
        },
      }
    : {};
  return {
    ...success,
    ...file,
    ...conditional,
    "400": error("Invalid input, with a message per field"),
    "401": error("Not signed in, or the API token is invalid"),
    "403": error("Your role in the project does not allow this"),
    "404": error("Not found, or in a project you are not a member of"),
    ...(endpoint.method === "PATCH"
      ? { "409": error("Someone else changed the item since the version you sent") }
      : {}),
    ...(endpoint.body
      ? { "413": error("Body too large"), "415": error("Body is not application/json") }
      : {}),
    ...(endpoint.fileBody
      ? { "413": error("File too large"), "415": error("A content type the endpoint does not read") }
      : {}),
  };
}

/** The OpenAPI 3.1 document of /api/v1, generated from the endpoint list and its zod schemas. */
export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [operationId, endpoint] of Object.entries(endpoints) as [string, Endpoint][]) {
    paths[endpoint.path] ??= {};
    paths[endpoint.path]![endpoint.method.toLowerCase()] = {
      operationId,
      summary: endpoint.summary,
      tags: [endpoint.tag],
      parameters: parameters(endpoint),
      ...(endpoint.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: jsonSchema(endpoint.body) } },
            },
          }
        : {}),
      ...(endpoint.fileBody
        ? {
            requestBody: {
              required: true,
              description: endpoint.fileBody.description,
              content: Object.fromEntries(
                endpoint.fileBody.contentTypes.map((type) => [type, { schema: { type: "string" } }]),
              ),
            },
          }
        : {}),
      responses: responses(endpoint),
      ...(endpoint.public ? { security: [] } : {}),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Apparatus API",
      version: "1",
      description:
        "Claims, sources, passages, provenance relations and evidence. Authenticate with the session cookie of the web app, or with a personal API token (Settings → API tokens) as `Authorization: Bearer <token>`. Errors answer `{ error: { code, message, fieldErrors? } }`.",
    },
    servers: [{ url: "/api/v1" }],
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A personal API token" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
    },
    security: [{ bearer: [] }, { session: [] }],
    paths,
  };
}

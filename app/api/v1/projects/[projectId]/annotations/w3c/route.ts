import { exportW3CCollection, importW3CNotes, W3C_CONTENT_TYPE } from "@/lib/annotations/w3c";
import { endpoints } from "@/lib/api/endpoints";
import { readFileBody } from "@/lib/api/file-body";
import { contentDisposition } from "@/lib/api/file-response";
import { apiRoute } from "@/lib/api/route";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { requireProjectAccess } from "@/lib/projects/access";

/** The app's public address: the notes' IRIs are built on it. */
function originOf(request: Request): string {
  return env().NEXTAUTH_URL ? new URL(env().NEXTAUTH_URL!).origin : new URL(request.url).origin;
}

export const GET = apiRoute(endpoints.exportAnnotationsW3C, async ({ request, user, params, query }) => {
  const access = await requireProjectAccess(user.id, params.projectId, "viewer");
  const collection = await exportW3CCollection(access, { origin: originOf(request), onlyMine: query.mine });
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, {
    headers: {
      "content-type": W3C_CONTENT_TYPE,
      "cache-control": "private, no-store",
      ...(query.download
        ? { "content-disposition": contentDisposition(`notes${query.mine ? "-mine" : ""}.jsonld`) }
        : {}),
    },
  });
});

export const POST = apiRoute(endpoints.importAnnotationsW3C, async ({ request, user, params, query }) => {
  // Before the body is read: a viewer's import is refused without reading 20 MB.
  const access = await requireProjectAccess(user.id, params.projectId, "contributor");
  const text = await readFileBody(request, endpoints.importAnnotationsW3C.fileBody);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : "unreadable";
    throw new AppError("INVALID_INPUT", `The file is not valid JSON: ${reason}.`, { file: ["Not JSON"] });
  }
  return importW3CNotes(access, json, query.visibility);
});

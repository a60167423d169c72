import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { listArguments } from "@/lib/arguments/data";
import { createArgument } from "@/lib/arguments/mutations";
import { requireProjectAccess } from "@/lib/projects/access";

export const GET = apiRoute(endpoints.listArguments, async ({ user, params }) =>
  listArguments(await requireProjectAccess(user.id, params.projectId, "viewer")),
);

export const POST = apiRoute(endpoints.createArgument, async ({ user, params, body }) =>
  createArgument(await requireProjectAccess(user.id, params.projectId, "contributor"), body),
);

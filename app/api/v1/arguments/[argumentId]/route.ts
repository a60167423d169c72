import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { findArgumentProjectId, getArgument } from "@/lib/arguments/data";
import { deleteArgument, updateArgument } from "@/lib/arguments/mutations";
import { AppError } from "@/lib/errors/app-error";
import { requireAccessThrough } from "@/lib/projects/access";
import type { ProjectRole } from "@/lib/projects/roles";

const access = (userId: string, argumentId: string, role: ProjectRole) =>
  requireAccessThrough(userId, findArgumentProjectId, argumentId, role, "Argument");

export const GET = apiRoute(endpoints.getArgument, async ({ user, params }) => {
  const argument = await getArgument(await access(user.id, params.argumentId, "viewer"), params.argumentId);
  if (!argument) throw new AppError("NOT_FOUND", "Argument not found.");
  return argument;
});

export const PATCH = apiRoute(endpoints.updateArgument, async ({ user, params, body }) =>
  updateArgument(await access(user.id, params.argumentId, "contributor"), params.argumentId, body),
);

export const DELETE = apiRoute(endpoints.deleteArgument, async ({ user, params }) =>
  deleteArgument(await access(user.id, params.argumentId, "contributor"), params.argumentId),
);

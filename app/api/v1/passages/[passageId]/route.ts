import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { findPassageProjectId, getPassage } from "@/lib/passages/data";
import { deletePassage, updatePassage } from "@/lib/passages/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

const access = (userId: string, passageId: string) =>
  requireAccessThrough(userId, findPassageProjectId, passageId, "viewer", "Passage");

export const GET = apiRoute(endpoints.getPassage, async ({ user, params }) => {
  const passage = await getPassage(await access(user.id, params.passageId), params.passageId);
  if (!passage) throw new AppError("NOT_FOUND", "Passage not found.");
  return passage;
});

export const PATCH = apiRoute(endpoints.updatePassage, async ({ user, params, body }) =>
  updatePassage(await access(user.id, params.passageId), params.passageId, body),
);

export const DELETE = apiRoute(endpoints.deletePassage, async ({ user, params }) =>
  deletePassage(await access(user.id, params.passageId), params.passageId),
);

import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { findEvidenceProjectId, getEvidence } from "@/lib/evidence/data";
import { deleteEvidence, updateEvidence } from "@/lib/evidence/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

const access = (userId: string, evidenceId: string) =>
  requireAccessThrough(userId, findEvidenceProjectId, evidenceId, "viewer", "Evidence");

export const GET = apiRoute(endpoints.getEvidence, async ({ user, params }) => {
  const evidence = await getEvidence(await access(user.id, params.evidenceId), params.evidenceId);
  if (!evidence) throw new AppError("NOT_FOUND", "Evidence not found.");
  return evidence;
});

export const PATCH = apiRoute(endpoints.updateEvidence, async ({ user, params, body }) =>
  updateEvidence(await access(user.id, params.evidenceId), params.evidenceId, body),
);

export const DELETE = apiRoute(endpoints.deleteEvidence, async ({ user, params }) =>
  deleteEvidence(await access(user.id, params.evidenceId), params.evidenceId),
);

import { endpoints } from "@/lib/api/endpoints";
import { apiRoute } from "@/lib/api/route";
import { AppError } from "@/lib/errors/app-error";
import { findObserverProjectId, getObserverDetail } from "@/lib/observers/data";
import { deleteObserver, updateObserver } from "@/lib/observers/mutations";
import { requireAccessThrough } from "@/lib/projects/access";

const access = (userId: string, observerId: string) =>
  requireAccessThrough(userId, findObserverProjectId, observerId, "viewer", "Observer");

export const GET = apiRoute(endpoints.getObserver, async ({ user, params }) => {
  const observer = await getObserverDetail(await access(user.id, params.observerId), params.observerId);
  if (!observer) throw new AppError("NOT_FOUND", "Observer not found.");
  return observer;
});

export const PATCH = apiRoute(endpoints.updateObserver, async ({ user, params, body }) =>
  updateObserver(await access(user.id, params.observerId), params.observerId, body),
);

export const DELETE = apiRoute(endpoints.deleteObserver, async ({ user, params }) =>
  deleteObserver(await access(user.id, params.observerId), params.observerId),
);
